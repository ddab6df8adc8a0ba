/** The applicant-auth module's error codes and their HTTP statuses. */
export const APPLICANT_AUTH_ERRORS = {
  INVALID_MOBILE: 400,
  INVALID_ID_CARD: 400,
  SMS_RATE_LIMITED: 429,
  SMS_CODE_INVALID: 401,
  SMS_CODE_EXPIRED: 401,
  OIDC_NOT_CONFIGURED: 404,
  OIDC_SIGN_IN_FAILED: 401,
  OIDC_MOBILE_REQUIRED: 422,
  OIDC_MOBILE_CONFLICT: 409,
  OIDC_PROVIDER_UNAVAILABLE: 503,
} as const;

type ApplicantAuthErrorCodes = Record<keyof typeof APPLICANT_AUTH_ERRORS, number>;
declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends ApplicantAuthErrorCodes {}
}
