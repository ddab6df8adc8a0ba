/** Audit actions of catalog writes; each is also the topic of its event. */
export const CATALOG_TOPICS = [
  'catalog.item.created',
  'catalog.draft.saved',
  'catalog.draft.discarded',
  'catalog.revision.published',
  'catalog.item.abolished',
  'catalog.item.delegated',
  'catalog.theme.saved',
  'catalog.imported',
  'catalog.form.uploaded',
  'catalog.form.deleted',
] as const;
export type CatalogAction = (typeof CATALOG_TOPICS)[number];
