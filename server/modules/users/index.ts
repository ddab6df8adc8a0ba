import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/connection.ts';
import { staff } from '../../platform/schema.ts';
import { USER_CHANGED } from './service.ts';

// What other modules may use of the accounts: the roles one may grant, and display names.
export const USER_TOPICS = [USER_CHANGED] as const;

export { grantableRoles } from './policy.ts';

/** Display names of staff members by id, for records that show who did something. */
export async function staffNames(db: Executor, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: staff.id, displayName: staff.displayName })
    .from(staff)
    .where(inArray(staff.id, wanted));
  return new Map(rows.map((row) => [row.id, row.displayName]));
}
