/**
 * The one error type the domain throws. `code` is stable (the server maps it to an HTTP status);
 * `message` is Chinese, shown to people, and may be reworded. `details` carries machine-readable
 * context such as the unknown year or the index of a bad event.
 */
export const DOMAIN_ERROR_CODES = [
  'INVALID_DATE',
  'INVALID_INSTANT',
  'INVALID_TIME_ZONE',
  'INVALID_ARGUMENT',
  'CALENDAR_YEAR_UNKNOWN',
  'CALENDAR_INVALID',
  'CLOCK_INVALID_LIMIT',
  'CLOCK_NOW_BEFORE_ACCEPTANCE',
  'CLOCK_EVENT_BEFORE_ACCEPTANCE',
  'CLOCK_EVENTS_OUT_OF_ORDER',
  'CLOCK_ALREADY_PAUSED',
  'CLOCK_NOT_PAUSED',
  'CLOCK_ALREADY_CONCLUDED',
  'CLOCK_EXTENSION_ALREADY_USED',
  'CLOCK_EXTENSION_INVALID',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly code: DomainErrorCode;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: DomainErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

export function isDomainError(error: unknown, code?: DomainErrorCode): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}
