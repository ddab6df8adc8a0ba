import { api, setCsrfToken } from '../../../shared/api.ts';

/** The signed-in staff member, as `GET /api/auth/me` returns it. */
export interface Me {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  regionCode: string;
  centerId: string | null;
  departmentId: string | null;
  /** What the server lets this staff member do (its permission names); the UI opens only these. */
  permissions: string[];
  /** The roles this staff member may grant to others. */
  grantableRoles: string[];
}

/** A staff session: who, and whether they must choose a new password before anything else. */
export interface StaffSession {
  user: Me;
  mustChangePassword: boolean;
}

interface SessionResponse {
  user: Me;
  csrfToken?: string;
  mustChangePassword?: boolean;
}

export interface Credentials {
  username: string;
  password: string;
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

function toSession(response: SessionResponse): StaffSession {
  setCsrfToken(response.csrfToken);
  return { user: response.user, mustChangePassword: response.mustChangePassword ?? false };
}

export async function fetchSession(signal?: AbortSignal): Promise<StaffSession> {
  return toSession(await api.get<SessionResponse>('/api/auth/me', signal ? { signal } : undefined));
}

export async function signIn(credentials: Credentials): Promise<StaffSession> {
  // Public: an applicant signed in on this browser makes the server check the applicant token.
  return toSession(await api.post<SessionResponse>('/api/auth/login', credentials, { session: 'public' }));
}

export async function signOut(): Promise<void> {
  try {
    await api.post<void>('/api/auth/logout');
  } finally {
    setCsrfToken(null);
  }
}

export function changePassword(input: PasswordChange): Promise<void> {
  return api.post<void>('/api/auth/password', input);
}
