import { hash, verify } from '@node-rs/argon2';
import { and, eq, ne } from 'drizzle-orm';
import { validateStaffPassword } from '../../../domain/validators/index.ts';
import { staff, staffSessions } from '../../platform/schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { StaffActor } from '../../platform/policy.ts';
import { createSession, deleteSession, hashToken, toActor } from '../../platform/session.ts';
import { auditContextOf, transact } from '../../platform/transaction.ts';
import * as store from './store.ts';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

// Verifying against a fixed hash when the user does not exist keeps the timing of both failures alike.
const ABSENT_USER_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$wGneBxWah/JS/sB3rbyHXQ$8SZbcZWGPfSShXAUe3DSelqAt9P3P4UWAVSf3DC0nN8';

export interface SignedIn {
  token: string;
  csrfToken: string;
  actor: StaffActor;
  mustChangePassword: boolean;
}

export async function signIn(
  ctx: AppContext,
  input: { username: string; password: string; clientAddress: string },
): Promise<SignedIn> {
  const found = await store.findStaffByUsername(ctx.db, input.username.trim());
  const isVerified = await verify(found?.passwordHash ?? ABSENT_USER_HASH, input.password);
  if (!found || !found.isActive) throw new AppError('INVALID_CREDENTIALS', '用户名或密码错误');

  // The verdict is taken under the row lock: concurrent guesses count one after another, and a guess
  // that waited for the lock sees the lock the fifth failure set.
  const outcome = await transact(ctx, async (tx) => {
    const user = await store.lockStaff(tx, found.id);
    if (!user || !user.isActive) return { kind: 'invalid' } as const;
    const now = ctx.clock.now();
    if (user.lockedUntil && user.lockedUntil > now)
      return { kind: 'locked', until: user.lockedUntil } as const;
    const audit = {
      actor: toActor(user),
      targetType: 'staff',
      targetId: user.id,
      regionCode: user.regionCode,
      clientAddress: input.clientAddress,
    };
    // A password verified against a hash replaced meanwhile (a reset) is no longer the right one.
    if (!isVerified || user.passwordHash !== found.passwordHash) {
      const failures = user.failedSignIns + 1;
      const lockedUntil =
        failures >= MAX_FAILED_SIGN_INS ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
      await tx
        .update(staff)
        .set({ failedSignIns: lockedUntil ? 0 : failures, lockedUntil })
        .where(and(eq(staff.regionCode, user.regionCode), eq(staff.id, user.id)));
      recordAudit(tx, auditContextOf(ctx), {
        ...audit,
        action: lockedUntil ? 'staff.locked' : 'staff.sign_in_failed',
        summary: lockedUntil
          ? `连续 ${MAX_FAILED_SIGN_INS} 次密码错误，账号锁定 ${LOCK_MINUTES} 分钟`
          : `密码错误（第 ${failures} 次）`,
      });
      return lockedUntil ? ({ kind: 'locked', until: lockedUntil } as const) : ({ kind: 'invalid' } as const);
    }
    await tx
      .update(staff)
      .set({ failedSignIns: 0, lockedUntil: null })
      .where(and(eq(staff.regionCode, user.regionCode), eq(staff.id, user.id)));
    const session = await createSession(tx, ctx.clock, user);
    recordAudit(tx, auditContextOf(ctx), { ...audit, action: 'staff.sign_in', summary: '登录' });
    return { kind: 'signed_in', session, user } as const;
  });
  switch (outcome.kind) {
    case 'invalid':
      throw new AppError('INVALID_CREDENTIALS', '用户名或密码错误');
    case 'locked':
      throw lockedError(outcome.until, ctx.config.timeZone);
    case 'signed_in':
      return {
        ...outcome.session,
        actor: toActor(outcome.user),
        mustChangePassword: outcome.user.mustChangePassword,
      };
    default: {
      const unexpected: never = outcome;
      throw unexpected;
    }
  }
}

function lockedError(until: Date, timeZone: string): AppError {
  const time = until.toLocaleTimeString('zh-CN', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
  return new AppError('ACCOUNT_LOCKED', `密码错误次数过多，账号已锁定，请于 ${time} 后再试`);
}

export async function signOut(
  ctx: AppContext,
  actor: StaffActor | null,
  token: string | undefined,
): Promise<void> {
  if (!token) return;
  await transact(ctx, async (tx) => {
    await deleteSession(tx, token);
    if (actor) {
      recordAudit(tx, auditContextOf(ctx), {
        actor,
        action: 'staff.sign_out',
        targetType: 'staff',
        targetId: actor.id,
        regionCode: actor.regionCode,
        summary: '退出登录',
      });
    }
  });
}

/** A signed-in member changes their own password; other sessions of theirs end. */
export async function changePassword(
  ctx: AppContext,
  actor: StaffActor,
  input: { currentPassword: string; newPassword: string; sessionToken: string; clientAddress: string },
): Promise<void> {
  const [user] = await ctx.db
    .select()
    .from(staff)
    .where(and(eq(staff.regionCode, actor.regionCode), eq(staff.id, actor.id)));
  if (!user || !(await verify(user.passwordHash, input.currentPassword))) {
    throw new AppError('INVALID_CREDENTIALS', '当前密码不正确');
  }
  const policy = validateStaffPassword(input.newPassword);
  if (!policy.ok) throw new AppError('WEAK_PASSWORD', policy.message);
  if (input.newPassword === input.currentPassword)
    throw new AppError('WEAK_PASSWORD', '新密码不能与当前密码相同');
  const passwordHash = await hash(input.newPassword);
  await transact(ctx, async (tx) => {
    // A concurrent change or reset replaced the password this one was checked against.
    const current = await store.lockStaff(tx, actor.id);
    if (current?.passwordHash !== user.passwordHash) {
      throw new AppError('INVALID_CREDENTIALS', '当前密码不正确');
    }
    await tx
      .update(staff)
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: ctx.clock.now() })
      .where(and(eq(staff.regionCode, actor.regionCode), eq(staff.id, actor.id)));
    await tx
      .delete(staffSessions)
      .where(
        and(eq(staffSessions.staffId, actor.id), ne(staffSessions.tokenHash, hashToken(input.sessionToken))),
      );
    recordAudit(tx, auditContextOf(ctx), {
      actor,
      action: 'staff.password_changed',
      targetType: 'staff',
      targetId: actor.id,
      regionCode: actor.regionCode,
      summary: '修改密码',
      clientAddress: input.clientAddress,
    });
  });
}
