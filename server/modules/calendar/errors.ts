/** The calendar module's error codes and their HTTP statuses. */
export const CALENDAR_ERRORS = {
  CALENDAR_YEAR_INVALID: 422,
  CALENDAR_LOCAL_DAY_EXISTS: 409,
} as const;

type CalendarErrorCodes = Record<keyof typeof CALENDAR_ERRORS, number>;
declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends CalendarErrorCodes {}
}
