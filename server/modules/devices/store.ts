import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/connection.ts';
import { devices } from './schema.ts';
import { withinRegionOf } from '../../platform/policy.ts';

export type DeviceRow = typeof devices.$inferSelect;

/** A caller's region: rows outside its subtree are not found. */
export interface Scope {
  regionCode: string;
}

export async function findActiveDeviceByTokenHash(db: Executor, tokenHash: string) {
  const [row] = await db
    .select()
    .from(devices)
    .where(and(eq(devices.tokenHash, tokenHash), isNull(devices.revokedAt)))
    .limit(1);
  return row ?? null;
}

export function listDevices(db: Executor, scope: Scope) {
  return db
    .select()
    .from(devices)
    .where(withinRegionOf(devices.regionCode, scope))
    .orderBy(asc(devices.createdAt));
}

/** Locks a device of the caller's regions until the transaction ends; null when there is none. */
export async function lockDevice(tx: Tx, id: string, scope: Scope): Promise<DeviceRow | null> {
  const [row] = await tx
    .select()
    .from(devices)
    .where(and(eq(devices.id, id), withinRegionOf(devices.regionCode, scope)))
    .for('update');
  return row ?? null;
}
