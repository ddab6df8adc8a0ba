import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/connection.ts';
import { staff } from '../../db/schema.ts';
import type { ModuleDescriptor } from '../../platform/module.ts';
import { userRoutes } from './routes.ts';
import { USER_CHANGED } from './service.ts';

export const USER_TOPICS = [USER_CHANGED] as const;

/** Staff accounts, their roles and data scopes (三员分立). */
export const usersModule: ModuleDescriptor = {
  name: 'users',
  tags: [{ name: 'users', description: 'Staff accounts, roles and scopes' }],
  routes: userRoutes,
  permissions: {
    // 三员分立: the system admin runs accounts, the security admin grants roles, the audit admin only reads the log.
    'users.read': ['center_admin', 'system_admin', 'security_admin'],
    'users.manage': ['center_admin', 'system_admin'],
    'users.assign_roles': ['center_admin', 'security_admin'],
  },
};

declare module '../../platform/policy.ts' {
  interface Permissions {
    'users.read': true;
    'users.manage': true;
    'users.assign_roles': true;
  }
}

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
