/** The org module's error codes and their HTTP statuses. */
export const ORG_ERRORS = {
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

type OrgErrorCodes = Record<keyof typeof ORG_ERRORS, number>;
declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends OrgErrorCodes {}
}
