import { api } from '../../../shared/api.ts';

/** A staff account as `GET /api/users` lists it. */
export interface StaffUser {
  id: string;
  regionCode: string;
  username: string;
  displayName: string;
  roles: string[];
  centerId: string | null;
  departmentId: string | null;
  isActive: boolean;
  mustChangePassword: boolean;
  isLocked: boolean;
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  regionCode: string;
  roles: string[];
  centerId: string | null;
  departmentId: string | null;
}

/** A secret the server shows once: on a retried request it is null and `secretNotice` says why. */
export interface SecretShownOnce {
  secretShownOnce: boolean;
  secretNotice?: string;
}

export interface CreatedUser extends SecretShownOnce {
  user: StaffUser;
  /** Shown once; the user must change it at first sign-in. */
  temporaryPassword: string | null;
}

export interface PasswordReset extends SecretShownOnce {
  temporaryPassword: string | null;
}

export interface UpdateUserInput {
  displayName?: string;
  roles?: string[];
  isActive?: boolean;
}

export async function fetchUsers(signal?: AbortSignal): Promise<StaffUser[]> {
  const { users } = await api.get<{ users: StaffUser[] }>('/api/users', signal ? { signal } : undefined);
  return users;
}

/** `idempotencyKey` is one per form submission, so a double click creates one account. */
export function createUser(input: CreateUserInput, idempotencyKey: string): Promise<CreatedUser> {
  return api.post<CreatedUser>('/api/users', input, { headers: { 'Idempotency-Key': idempotencyKey } });
}

export async function updateUser(id: string, input: UpdateUserInput): Promise<StaffUser> {
  const { user } = await api.patch<{ user: StaffUser }>(`/api/users/${encodeURIComponent(id)}`, input);
  return user;
}

export function resetUserPassword(id: string): Promise<PasswordReset> {
  return api.post<PasswordReset>(`/api/users/${encodeURIComponent(id)}/password-reset`);
}
