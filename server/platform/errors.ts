/**
 * One error type for everything a caller can get wrong. The code is stable and machine-readable;
 * the message is Chinese and may be reworded. The HTTP status comes from one table: the platform's
 * codes here, each module's in its `errors.ts`, registered when the module loads.
 */
const PLATFORM_ERRORS = {
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
  IDEMPOTENCY_KEY_REUSED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  DATABASE_UNAVAILABLE: 503,
} as const;

/**
 * Every code a service may throw. Modules add theirs by declaration merging in `modules/<ctx>/errors.ts`
 * (`interface ErrorCodes extends Record<keyof typeof CATALOG_ERRORS, number> {}`).
 */
type PlatformErrorCodes = typeof PLATFORM_ERRORS;
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ErrorCodes extends PlatformErrorCodes {}
export type ErrorCode = keyof ErrorCodes & string;

const STATUS_OF_CODE = new Map<string, number>(Object.entries(PLATFORM_ERRORS));

/** Adds a module's codes to the one table; a code that is already taken is a programming error. */
export function registerErrorCodes(table: Readonly<Record<string, number>>): void {
  for (const [code, status] of Object.entries(table)) {
    const known = STATUS_OF_CODE.get(code);
    if (known !== undefined && known !== status) throw new Error(`error code ${code} registered twice`);
    STATUS_OF_CODE.set(code, status);
  }
}

/** Whether a code is one a module or the platform declared (tests check every answer against it). */
export function isKnownErrorCode(code: string): boolean {
  return STATUS_OF_CODE.has(code);
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  /** From the one table; a code no module registered is a bug, answered as one. */
  get status(): number {
    return STATUS_OF_CODE.get(this.code) ?? 500;
  }
}

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}
