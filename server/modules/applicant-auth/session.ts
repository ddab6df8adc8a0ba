import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Tx } from '../../db/connection.ts';
import type { ApplicantActor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { hashToken, newToken, sessionFreshness } from '../../platform/session.ts';
import * as store from './store.ts';

export const APPLICANT_SESSION_COOKIE = 'ow_applicant';

/** Only the token's hash is stored: a copy of the table signs nobody in. */
export async function createApplicantSession(
  tx: Tx,
  applicantId: string,
  now: Date,
): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  await store.insertSession(tx, {
    tokenHash: hashToken(token),
    applicantId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
  });
  return { token, csrfToken };
}

export function toApplicantActor(row: store.ApplicantRow): ApplicantActor {
  return { kind: 'applicant', id: row.id, mobile: row.mobile, name: row.name };
}

/** The signed-in applicant and the session's CSRF token, or null. Idle sessions are removed on sight. */
export async function findApplicantSession(
  ctx: AppContext,
  token: string,
): Promise<{ actor: ApplicantActor; csrfToken: string } | null> {
  const tokenHash = hashToken(token);
  const row = await store.findSessionByTokenHash(ctx.db, tokenHash);
  if (!row) return null;
  const now = ctx.clock.now();
  const freshness = sessionFreshness(row.session.lastSeenAt, now);
  if (freshness === 'expired') {
    await store.deleteSession(ctx.db, tokenHash);
    return null;
  }
  if (freshness === 'touch') await store.touchSession(ctx.db, tokenHash, now);
  return { actor: toApplicantActor(row.applicant), csrfToken: row.session.csrfToken };
}

/**
 * The `onRequest` hook: an `ow_applicant` cookie on an API request makes `request.applicant` and its
 * CSRF token the one writes must echo. A browser signed in as staff too keeps the staff token, except
 * on applicant routes, where it acts as the applicant.
 */
export function resolveApplicant(ctx: AppContext) {
  return async (request: FastifyRequest): Promise<void> => {
    const token = request.cookies[APPLICANT_SESSION_COOKIE];
    if (!token || !request.routeOptions.config.access) return;
    const session = await findApplicantSession(ctx, token);
    if (!session) return;
    request.applicant = session.actor;
    if (request.routeOptions.config.access?.kind === 'applicant')
      request.sessionCsrfToken = session.csrfToken;
    else request.sessionCsrfToken ??= session.csrfToken;
  };
}

export function setApplicantCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(APPLICANT_SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

export function clearApplicantCookie(reply: FastifyReply): void {
  reply.clearCookie(APPLICANT_SESSION_COOKIE, { path: '/' });
}

/** For route handlers: the signed-in applicant, or 401. */
export function requireApplicant(request: FastifyRequest): ApplicantActor {
  if (!request.applicant) throw new AppError('UNAUTHENTICATED', '请先登录');
  return request.applicant;
}
