import { and, asc, eq } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/connection.ts';
import { staff } from '../../platform/schema.ts';
import { withinRegionOf } from '../../platform/policy.ts';

export type StaffRow = typeof staff.$inferSelect;

/** A caller's region: accounts outside its subtree are not found. */
export interface Scope {
  regionCode: string;
}

export function listUsers(db: Executor, scope: Scope) {
  return db.select().from(staff).where(withinRegionOf(staff.regionCode, scope)).orderBy(asc(staff.username));
}

export async function findUserByUsername(db: Executor, username: string) {
  const [row] = await db.select({ id: staff.id }).from(staff).where(eq(staff.username, username));
  return row ?? null;
}

/** Locks an account of the caller's regions until the transaction ends; null when there is none. */
export async function lockUser(tx: Tx, id: string, scope: Scope): Promise<StaffRow | null> {
  const [row] = await tx
    .select()
    .from(staff)
    .where(and(eq(staff.id, id), withinRegionOf(staff.regionCode, scope)))
    .for('update');
  return row ?? null;
}
