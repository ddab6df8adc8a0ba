/** The licenses module's error codes and their HTTP statuses. */
export const LICENSE_ERRORS = {
  LICENSE_NOT_FOUND: 404,
  LICENSE_INVALID: 422,
  LICENSE_REVOKED: 409,
  LICENSE_NOT_RENEWABLE: 409,
  LICENSE_RENEWAL_PENDING: 409,
  LICENSE_RENEWAL_NOT_FOUND: 404,
  LICENSE_KEY_ROTATED_CONCURRENTLY: 409,
} as const;

type LicenseErrorCodes = Record<keyof typeof LICENSE_ERRORS, number>;
declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends LicenseErrorCodes {}
}
