import { api, ApiError, setApplicantCsrfToken } from '../../../shared/api.ts';

/** The signed-in applicant (办事人); the mobile number comes masked, e.g. 138****5678. */
export interface Applicant {
  id: string;
  mobile: string;
  name: string | null;
}

interface ApplicantSessionResponse {
  applicant: Applicant;
  csrfToken?: string;
}

export interface SmsCodeSent {
  expiresAt: string;
  /** When the next code may be asked for (about a minute later). */
  resendAvailableAt: string;
}

/** A message the development outbox holds instead of sending it. */
export interface OutboxMessage {
  id: string;
  channel: string;
  recipient: string;
  template: string;
  body: string;
  createdAt: string;
  sentAt: string | null;
}

function toApplicant(response: ApplicantSessionResponse): Applicant {
  setApplicantCsrfToken(response.csrfToken);
  return response.applicant;
}

export function requestSmsCode(mobile: string): Promise<SmsCodeSent> {
  return api.post<SmsCodeSent>('/api/applicant/sms-codes', { mobile }, { session: 'public' });
}

export async function signInWithSmsCode(input: { mobile: string; code: string }): Promise<Applicant> {
  return toApplicant(
    await api.post<ApplicantSessionResponse>('/api/applicant/sessions', input, { session: 'public' }),
  );
}

interface SessionState {
  applicant: Applicant | null;
  csrfToken: string | null;
  signInOptions: { oidc: boolean; devOutbox: boolean };
}

/** One answer for "who is signed in" and "which ways to sign in"; 200 even when nobody is. */
let sessionState: Promise<SessionState> | null = null;
function fetchSessionState(signal?: AbortSignal, fresh = true): Promise<SessionState> {
  if (fresh || !sessionState) {
    sessionState = api.get<SessionState>('/api/applicant/session', signal ? { signal } : undefined);
    sessionState.catch(() => (sessionState = null));
  }
  return sessionState;
}

/** The signed-in applicant; an `ApiError` with status 401 when nobody is (no request fails for it). */
export async function fetchApplicantSession(signal?: AbortSignal): Promise<Applicant> {
  const state = await fetchSessionState(signal);
  if (!state.applicant) {
    setApplicantCsrfToken(null);
    throw new ApiError({ status: 401, code: 'UNAUTHENTICATED', message: '请先登录' });
  }
  return toApplicant({ applicant: state.applicant, csrfToken: state.csrfToken ?? undefined });
}

export async function signOutApplicant(): Promise<void> {
  try {
    await api.delete('/api/applicant/sessions/current', { session: 'applicant' });
  } finally {
    setApplicantCsrfToken(null);
  }
}

/** Where the province's identity platform sign-in starts; it comes back to `next`. */
export function oidcStartPath(next: string): string {
  return `/api/applicant/oidc/start?next=${encodeURIComponent(next)}`;
}

/** Whether the center has connected an identity platform. */
export async function isOidcConfigured(): Promise<boolean> {
  return (await fetchSessionState(undefined, false)).signInOptions.oidc;
}

/** Whether this server shows its development outbox to this browser (ONEWINDOW_DEV_OUTBOX, this machine only). */
export async function isDevOutboxAvailable(): Promise<boolean> {
  return (await fetchSessionState(undefined, false)).signInOptions.devOutbox;
}

export async function fetchDevOutbox(recipient: string, signal?: AbortSignal): Promise<OutboxMessage[]> {
  const { messages } = await api.get<{ messages: OutboxMessage[] }>('/api/dev/outbox', {
    query: { recipient },
    ...(signal ? { signal } : {}),
  });
  return messages;
}

/** The applicant's real name and ID number as saved; the number comes back masked. */
export interface ApplicantIdentity {
  id: string;
  mobile: string;
  name: string | null;
  idNumber: string | null;
}

export async function saveApplicantIdentity(input: {
  name: string;
  idNumber: string;
}): Promise<ApplicantIdentity> {
  const response = await api.put<{ applicant: ApplicantIdentity }>('/api/applicant/me/identity', input, {
    session: 'applicant',
  });
  return response.applicant;
}
