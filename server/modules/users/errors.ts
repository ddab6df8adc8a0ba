/** The users module's error codes and their HTTP statuses. */
export const USERS_ERRORS = {
  USERNAME_TAKEN: 409,
} as const;

type UsersErrorCodes = Record<keyof typeof USERS_ERRORS, number>;
declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends UsersErrorCodes {}
}
