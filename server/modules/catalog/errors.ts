/** The catalog module's error codes and their HTTP statuses. */
export const CATALOG_ERRORS = {
  ITEM_INVALID: 422,
  ITEM_CODE_TAKEN: 409,
  ITEM_EFFECTIVE_DATE_INVALID: 422,
  ITEM_REASON_REQUIRED: 422,
  ITEM_NO_DRAFT: 409,
  ITEM_HAS_DRAFT: 409,
  ITEM_VERSION_CONFLICT: 409,
  ITEM_CLOSED: 409,
  ITEM_NOT_PUBLISHED: 409,
  ITEM_NOT_IN_FORCE: 404,
  ITEM_DELEGATION_INVALID: 422,
  CATALOG_IMPORT_INVALID: 422,
  CATALOG_FILE_UNREADABLE: 400,
  FORM_TYPE_NOT_ALLOWED: 415,
  FORM_TOO_LARGE: 413,
  FORM_EMPTY: 400,
  FORM_MATERIAL_UNKNOWN: 422,
} as const;

type CatalogErrorCodes = Record<keyof typeof CATALOG_ERRORS, number>;
declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends CatalogErrorCodes {}
}
