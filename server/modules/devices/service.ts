import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { devices } from './schema.ts';
import { findCenterInScope } from '../org/index.ts';
import type { DeviceActor, DeviceScope } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { assertCan, type StaffActor } from '../../platform/policy.ts';
import { hashToken, newToken } from '../../platform/session.ts';
import { auditContextOf, transact, type IdempotencyKey } from '../../platform/transaction.ts';
import * as store from './store.ts';

const TOKEN_PREFIX = 'owd_';

/** Resolves `Authorization: Bearer owd_…` to its device; revoked or unknown tokens resolve to null. */
export async function findDeviceByAuthorization(
  ctx: AppContext,
  authorization: string | undefined,
): Promise<DeviceActor | null> {
  if (!authorization?.startsWith(`Bearer ${TOKEN_PREFIX}`)) return null;
  const token = authorization.slice('Bearer '.length);
  const device = await store.findActiveDeviceByTokenHash(ctx.db, hashToken(token));
  if (!device) return null;
  return {
    kind: 'device',
    id: device.id,
    regionCode: device.regionCode,
    centerId: device.centerId,
    name: device.name,
    scopes: device.scopes as DeviceScope[],
  };
}

function present(device: store.DeviceRow) {
  return {
    id: device.id,
    regionCode: device.regionCode,
    centerId: device.centerId,
    name: device.name,
    scopes: device.scopes as DeviceScope[],
    tokenPrefix: device.tokenPrefix,
    createdAt: device.createdAt.toISOString(),
    revokedAt: device.revokedAt?.toISOString() ?? null,
  };
}

export async function listDevices(ctx: AppContext, actor: StaffActor) {
  assertCan(actor, 'devices.manage');
  return (await store.listDevices(ctx.db, actor)).map(present);
}

/** Creates a device and returns its token once; only the hash is kept. */
export async function createDevice(
  ctx: AppContext,
  actor: StaffActor,
  input: { centerId: string; name: string; scopes: DeviceScope[] },
  meta: { clientAddress: string; idempotency: IdempotencyKey | null },
) {
  assertCan(actor, 'devices.manage');
  const center = await findCenterInScope(ctx.db, actor, input.centerId);
  if (!center) throw new AppError('NOT_FOUND', '未找到该服务中心');
  return transact(
    ctx,
    async (tx) => {
      const token = `${TOKEN_PREFIX}${newToken()}`;
      const [row] = await tx
        .insert(devices)
        .values({
          regionCode: center.regionCode,
          id: uuidv7(),
          centerId: center.id,
          name: input.name,
          scopes: [...new Set(input.scopes)],
          tokenHash: hashToken(token),
          tokenPrefix: token.slice(0, 10),
          createdAt: ctx.clock.now(),
          createdBy: actor.id,
        })
        .returning();
      const device = present(row!);
      recordAudit(tx, auditContextOf(ctx), {
        actor,
        action: 'device.created',
        targetType: 'device',
        targetId: device.id,
        regionCode: device.regionCode,
        after: device,
        summary: `创建设备令牌「${device.name}」（${device.scopes.join('、')}）`,
        clientAddress: meta.clientAddress,
      });
      return { device, token };
    },
    meta.idempotency,
    { status: 201, secrets: ['token'] },
  );
}

export async function revokeDevice(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  meta: { clientAddress: string },
) {
  assertCan(actor, 'devices.manage');
  return transact(ctx, async (tx) => {
    // Under the lock, a revoke that waited for another sees the token already revoked: one effect.
    const device = await store.lockDevice(tx, id, actor);
    if (!device) throw new AppError('NOT_FOUND', '未找到该设备');
    if (device.revokedAt) return present(device);
    const [row] = await tx
      .update(devices)
      .set({ revokedAt: ctx.clock.now() })
      .where(and(eq(devices.regionCode, device.regionCode), eq(devices.id, id)))
      .returning();
    recordAudit(tx, auditContextOf(ctx), {
      actor,
      action: 'device.revoked',
      targetType: 'device',
      targetId: id,
      regionCode: device.regionCode,
      before: present(device),
      after: present(row!),
      summary: `吊销设备令牌「${device.name}」`,
      clientAddress: meta.clientAddress,
    });
    return present(row!);
  });
}
