/** The longest wait the server asks for between two codes to one number. */
export const RESEND_INTERVAL_MS = 60_000;

/**
 * When 获取验证码 may be pressed again, on this browser's clock. The server says when
 * (`resendAvailableAt`, on its clock); a browser clock that is off by more than the interval
 * would make that meaningless, so then the wait is simply the full interval from now.
 */
export function resendDeadline(resendAvailableAt: string, now: number): number {
  const wait = new Date(resendAvailableAt).getTime() - now;
  if (Number.isNaN(wait) || wait <= 0 || wait > RESEND_INTERVAL_MS + 5_000) return now + RESEND_INTERVAL_MS;
  return now + wait;
}

/** Whole seconds left until `deadline`, never negative. */
export function secondsLeft(deadline: number | null, now: number): number {
  if (deadline === null) return 0;
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

/** The 6-digit sign-in code in a development outbox message, if it holds one. */
export function codeInMessage(body: string): string | null {
  return /(?<!\d)(\d{6})(?!\d)/.exec(body)?.[1] ?? null;
}

/**
 * Where the portal may send the browser after an applicant signs in: a path of this site that is
 * not a sign-in page, else 我的.
 */
export function safePortalNext(next: string | null | undefined): string {
  const fallback = '/portal/me';
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  if (/^\/(portal\/)?login(?:[/?#]|$)/.test(next)) return fallback;
  if (next.startsWith('/api/')) return fallback;
  return next;
}
