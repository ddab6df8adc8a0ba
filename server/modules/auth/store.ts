import { eq } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/connection.ts';
import { staff } from '../../platform/schema.ts';

export async function findStaffByUsername(db: Executor, username: string) {
  const [row] = await db.select().from(staff).where(eq(staff.username, username)).limit(1);
  return row ?? null;
}

/** Locks the staff row until the transaction ends, so concurrent sign-ins of one account queue up. */
export async function lockStaff(tx: Tx, id: string) {
  const [row] = await tx.select().from(staff).where(eq(staff.id, id)).for('update');
  return row ?? null;
}
