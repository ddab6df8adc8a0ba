import { createHash, randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db, Executor } from '../db/connection.ts';
import { staff, staffSessions } from './schema.ts';
import type { Clock } from './clock.ts';
import { AppError } from './errors.ts';
import type { Role, StaffActor } from './policy.ts';

export const SESSION_COOKIE = 'ow_session';
/** Staff and applicant sessions alike end after this long without a request. */
export const SESSION_IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** Refresh `last_seen_at` at most this often, so reads do not become writes. */
const TOUCH_INTERVAL_MS = 60 * 1000;

/** What a session seen at `lastSeenAt` needs now: nothing, a refreshed `last_seen_at`, or removal. */
export function sessionFreshness(lastSeenAt: Date, now: Date): 'fresh' | 'touch' | 'expired' {
  const idle = now.getTime() - lastSeenAt.getTime();
  if (idle > SESSION_IDLE_TIMEOUT_MS) return 'expired';
  return idle > TOUCH_INTERVAL_MS ? 'touch' : 'fresh';
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export async function createSession(db: Executor, clock: Clock, user: { regionCode: string; id: string }) {
  const token = newToken();
  const csrfToken = newToken();
  const now = clock.now();
  await db.insert(staffSessions).values({
    tokenHash: hashToken(token),
    regionCode: user.regionCode,
    staffId: user.id,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
  });
  return { token, csrfToken };
}

export async function deleteSession(db: Executor, token: string): Promise<void> {
  await db.delete(staffSessions).where(eq(staffSessions.tokenHash, hashToken(token)));
}

/** The signed-in staff member and the session's CSRF token, or null. Expired sessions are removed on sight. */
export async function findSession(
  db: Db,
  clock: Clock,
  token: string,
): Promise<{ actor: StaffActor; csrfToken: string; mustChangePassword: boolean } | null> {
  const tokenHash = hashToken(token);
  const rows = await db
    .select({ session: staffSessions, user: staff })
    .from(staffSessions)
    .innerJoin(
      staff,
      and(eq(staff.regionCode, staffSessions.regionCode), eq(staff.id, staffSessions.staffId)),
    )
    .where(eq(staffSessions.tokenHash, tokenHash))
    .limit(1);
  const row = rows[0];
  if (!row || !row.user.isActive) return null;
  const now = clock.now();
  const freshness = sessionFreshness(row.session.lastSeenAt, now);
  if (freshness === 'expired') {
    await db.delete(staffSessions).where(eq(staffSessions.tokenHash, tokenHash));
    return null;
  }
  if (freshness === 'touch') {
    await db.update(staffSessions).set({ lastSeenAt: now }).where(eq(staffSessions.tokenHash, tokenHash));
  }
  return {
    actor: toActor(row.user),
    csrfToken: row.session.csrfToken,
    mustChangePassword: row.user.mustChangePassword,
  };
}

export function toActor(user: typeof staff.$inferSelect): StaffActor {
  return {
    kind: 'staff',
    id: user.id,
    regionCode: user.regionCode,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles as Role[],
    centerId: user.centerId,
    departmentId: user.departmentId,
  };
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** For route handlers: the caller, or 401. */
export function requireStaff(request: FastifyRequest): StaffActor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  return request.actor;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: StaffActor | null;
    /** The CSRF token of the cookie session that authenticated this request, if any. */
    sessionCsrfToken: string | null;
    /** An admin reset the password: until it is changed, only /api/auth/* answers. */
    mustChangePassword: boolean;
  }
}
