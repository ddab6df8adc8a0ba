import { AppError } from './errors.ts';

export const ROLES = [
  'clerk',
  'chief_representative',
  'guide',
  'agent',
  'reviewer',
  'center_admin',
  'supervisor',
  'system_admin',
  'security_admin',
  'audit_admin',
] as const;
export type Role = (typeof ROLES)[number];

export interface StaffActor {
  kind: 'staff';
  id: string;
  regionCode: string;
  username: string;
  displayName: string;
  roles: Role[];
  centerId: string | null;
  departmentId: string | null;
}

/** Who may do what. Every service function asks here first; the UI is told, never trusted. */
const PERMISSIONS = {
  'calendar.manage': ['center_admin', 'system_admin'],
  'org.read': ROLES,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(actor: StaffActor, permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return actor.roles.some((role) => allowed.includes(role));
}

export function assertCan(actor: StaffActor, permission: Permission): void {
  if (!can(actor, permission)) throw new AppError('FORBIDDEN', '您没有执行此操作的权限');
}

/** Region codes nest by prefix (2 province, 2 city, 2 county, 3 township, 3 village digits). */
export function regionPrefix(code: string): string {
  for (const length of [2, 4, 6, 9]) {
    if (/^0+$/.test(code.slice(length))) return code.slice(0, length);
  }
  return code;
}

/** Whether a region lies in the subtree of `scope` (itself included). */
export function isWithinRegion(code: string, scope: string): boolean {
  return code.startsWith(regionPrefix(scope));
}
