/**
 * One error type for everything a caller can get wrong. The code is stable and machine-readable;
 * the message is Chinese and may be reworded. The HTTP status comes from one table.
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  /** A NUL character or an unpaired surrogate in a text input: PostgreSQL cannot store it. */
  TEXT_INVALID: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_TOKEN_INVALID: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  ACCOUNT_LOCKED: 423,
  WEAK_PASSWORD: 422,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  URL_TOO_LONG: 414,
  UNPROCESSABLE: 422,
  CALENDAR_YEAR_INVALID: 422,
  CALENDAR_LOCAL_DAY_EXISTS: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  DATABASE_UNAVAILABLE: 503,
  // Applicant sign-in
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
  // Catalog
  ITEM_INVALID: 422,
  ITEM_CODE_TAKEN: 409,
  ITEM_EFFECTIVE_DATE_INVALID: 422,
  ITEM_REASON_REQUIRED: 422,
  ITEM_NO_DRAFT: 409,
  ITEM_HAS_DRAFT: 409,
  ITEM_CLOSED: 409,
  ITEM_NOT_PUBLISHED: 409,
  ITEM_NOT_IN_FORCE: 404,
  ITEM_DELEGATION_INVALID: 422,
  CATALOG_IMPORT_INVALID: 422,
  CATALOG_FILE_UNREADABLE: 400,
  // Organisation: regions, centers, halls, zones, windows, departments, staff assignments
  REGION_CODE_INVALID: 422,
  REGION_PARENT_INVALID: 422,
  REGION_EXISTS: 409,
  REGION_NAME_TAKEN: 409,
  CENTER_REGION_LEVEL_INVALID: 422,
  CENTER_EXISTS: 409,
  HALL_FLOORS_IN_USE: 409,
  ZONE_FLOOR_INVALID: 422,
  ZONE_NAME_TAKEN: 409,
  ZONE_NOT_EMPTY: 409,
  WINDOW_NUMBER_TAKEN: 409,
  WINDOW_ZONE_INVALID: 422,
  WINDOW_DEPARTMENT_INVALID: 422,
  ON_DUTY_STAFF_INVALID: 422,
  STAFF_ON_DUTY_ELSEWHERE: 409,
  DEPARTMENT_NAME_TAKEN: 409,
  STAFF_CENTER_INVALID: 422,
  STAFF_DEPARTMENT_INVALID: 422,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }
}

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}
