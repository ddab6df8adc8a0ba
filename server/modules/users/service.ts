import { randomInt } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { validateStaffPassword } from '../../../domain/validators/index.ts';
import { staff, staffSessions } from '../../platform/schema.ts';
import { recordAudit, recordChange } from '../../platform/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { assertCan, isWithinRegion, type Role, type StaffActor } from '../../platform/policy.ts';
import { auditContextOf, transact, type IdempotencyKey } from '../../platform/transaction.ts';
import { withUniqueConflicts } from '../../platform/conflicts.ts';
import type { Tx } from '../../db/connection.ts';
import { grantableRoles } from './policy.ts';
import * as store from './store.ts';
import type { StaffRow } from './store.ts';

export const USER_CHANGED = 'user.changed' as const;

export function presentUser(user: StaffRow) {
  return {
    id: user.id,
    regionCode: user.regionCode,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    centerId: user.centerId,
    departmentId: user.departmentId,
    isActive: user.isActive,
    mustChangePassword: user.mustChangePassword,
    isLocked: user.lockedUntil !== null && user.lockedUntil.getTime() > Date.now(),
  };
}

/** Who may grant which roles: nobody their own; admin roles only the security admin. */
function assertMayGrant(actor: StaffActor, target: { id: string } | null, roles: readonly Role[]): void {
  assertCan(actor, 'users.assign_roles');
  if (target?.id === actor.id) throw new AppError('FORBIDDEN', '不能修改自己的角色');
  const grantable = grantableRoles(actor);
  if (roles.some((role) => !grantable.includes(role))) {
    throw new AppError('FORBIDDEN', '管理类角色只能由安全管理员授予');
  }
}

export async function listUsers(ctx: AppContext, actor: StaffActor) {
  assertCan(actor, 'users.read');
  return (await store.listUsers(ctx.db, actor)).map(presentUser);
}

const usernameTaken = (username: string) => new AppError('USERNAME_TAKEN', `用户名 ${username} 已被使用`);

async function lockUserInScope(tx: Tx, actor: StaffActor, id: string): Promise<StaffRow> {
  const user = await store.lockUser(tx, id, actor);
  if (!user) throw new AppError('NOT_FOUND', '未找到该用户');
  return user;
}

/** A temporary password that meets the policy; shown once to the admin, changed at first sign-in. */
function temporaryPassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  const body = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]).join('');
  return `${body}#${randomInt(10)}Aa`;
}

export async function createUser(
  ctx: AppContext,
  actor: StaffActor,
  input: {
    username: string;
    displayName: string;
    regionCode: string;
    roles: Role[];
    centerId: string | null;
    departmentId: string | null;
  },
  meta: { clientAddress: string; idempotency: IdempotencyKey | null },
) {
  assertCan(actor, 'users.manage');
  if (!isWithinRegion(input.regionCode, actor.regionCode))
    throw new AppError('FORBIDDEN', '只能在本辖区内创建用户');
  if (input.roles.length > 0) assertMayGrant(actor, null, input.roles);
  const password = temporaryPassword();
  const passwordHash = await hash(password);
  return transact(
    ctx,
    async (tx) => {
      if (await store.findUserByUsername(tx, input.username)) throw usernameTaken(input.username);
      const [row] = await withUniqueConflicts(
        () =>
          tx
            .insert(staff)
            .values({
              ...input,
              id: uuidv7(),
              passwordHash,
              mustChangePassword: true,
              createdAt: ctx.clock.now(),
            })
            .returning(),
        { staff_username_uq: () => usernameTaken(input.username) },
      );
      const user = presentUser(row!);
      recordChange(tx, auditContextOf(ctx), {
        actor,
        action: 'user.created',
        targetType: 'staff',
        targetId: user.id,
        regionCode: user.regionCode,
        after: user,
        summary: `创建用户 ${user.username}（${user.displayName}）`,
        clientAddress: meta.clientAddress,
        event: { topic: USER_CHANGED, payload: { id: user.id } },
      });
      return { user, temporaryPassword: password };
    },
    meta.idempotency,
    { status: 201, secrets: ['temporaryPassword'] },
  );
}

export async function updateUser(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: { displayName?: string; roles?: Role[]; isActive?: boolean },
  meta: { clientAddress: string },
) {
  return transact(ctx, async (tx) => {
    // The checks read the account as it is under the lock: roles granted or removed are those of now.
    const user = await lockUserInScope(tx, actor, id);
    if (input.displayName !== undefined || input.isActive !== undefined) assertCan(actor, 'users.manage');
    if (input.isActive === false && id === actor.id) throw new AppError('FORBIDDEN', '不能停用自己的账号');
    if (input.roles !== undefined) {
      const removedOrAdded = [...input.roles, ...(user.roles as Role[])];
      assertMayGrant(
        actor,
        user,
        removedOrAdded.filter((r) => input.roles!.includes(r) !== user.roles.includes(r)),
      );
    }
    const [row] = await tx
      .update(staff)
      .set({
        ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
        ...(input.roles !== undefined ? { roles: [...new Set(input.roles)] } : {}),
        ...(input.isActive !== undefined ? { isActive: input.isActive } : {}),
      })
      .where(and(eq(staff.regionCode, user.regionCode), eq(staff.id, id)))
      .returning();
    if (input.isActive === false) await tx.delete(staffSessions).where(eq(staffSessions.staffId, id));
    const after = presentUser(row!);
    recordChange(tx, auditContextOf(ctx), {
      actor,
      action: input.roles !== undefined ? 'user.roles_changed' : 'user.updated',
      targetType: 'staff',
      targetId: id,
      regionCode: user.regionCode,
      before: presentUser(user),
      after,
      summary: `修改用户 ${user.username}${input.roles ? `，角色：${after.roles.join('、') || '无'}` : ''}${input.isActive === false ? '，停用' : input.isActive ? '，启用' : ''}`,
      clientAddress: meta.clientAddress,
      event: { topic: USER_CHANGED, payload: { id } },
    });
    return after;
  });
}

/** Admin reset: a temporary password, every session ended, a new password required at sign-in. */
export async function resetPassword(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  meta: { clientAddress: string; idempotency: IdempotencyKey | null },
) {
  assertCan(actor, 'users.manage');
  const password = temporaryPassword();
  if (!validateStaffPassword(password).ok) throw new Error('temporary password breaks the policy');
  const passwordHash = await hash(password);
  return transact(
    ctx,
    async (tx) => {
      const user = await lockUserInScope(tx, actor, id);
      if (id === actor.id) throw new AppError('FORBIDDEN', '请通过“修改密码”更改自己的密码');
      await tx
        .update(staff)
        .set({ passwordHash, mustChangePassword: true, failedSignIns: 0, lockedUntil: null })
        .where(and(eq(staff.regionCode, user.regionCode), eq(staff.id, id)));
      await tx.delete(staffSessions).where(eq(staffSessions.staffId, id));
      recordAudit(tx, auditContextOf(ctx), {
        actor,
        action: 'user.password_reset',
        targetType: 'staff',
        targetId: id,
        regionCode: user.regionCode,
        summary: `重置用户 ${user.username} 的密码`,
        clientAddress: meta.clientAddress,
      });
      return { temporaryPassword: password };
    },
    meta.idempotency,
    { secrets: ['temporaryPassword'] },
  );
}
