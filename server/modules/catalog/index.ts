// What other modules may use of the catalog: its topics and reads of items by key.
export { CATALOG_TOPICS, type CatalogAction } from './events.ts';
export { findItemKeys, findOpenRevision, findRevisionContent, listItemNamesInForce, listItemForms } from './store.ts';
