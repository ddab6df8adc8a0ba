import { like, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { isWithinRegion, regionPrefix } from '../../domain/org/regions.ts';
import { AppError } from './errors.ts';

// The region-code layout lives in the domain, where the admin forms use it too.
export { isWithinRegion, regionAtLevel, regionLineage, regionPrefix } from '../../domain/org/regions.ts';

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
  // Local closures and extra working days of the admin's own regions.
  'calendar.manage': ['center_admin', 'system_admin'],
  // The national holiday schedule: data no region of the deployment owns (see modules/calendar/policy.ts).
  'calendar.national': ['system_admin'],
  // Regions, centers, halls, zones, windows, departments and staff assignments.
  'org.manage': ['center_admin', 'system_admin'],
  // Service items: drafts, revisions, publishing, abolishing, delegating, Excel exchange.
  'catalog.manage': ['center_admin', 'system_admin'],
  'catalog.read': [
    'clerk',
    'chief_representative',
    'guide',
    'agent',
    'reviewer',
    'center_admin',
    'supervisor',
    'system_admin',
  ],
  'devices.manage': ['center_admin', 'system_admin'],
  // 三员分立: the system admin runs accounts, the security admin grants roles, the audit admin only reads the log.
  'users.read': ['center_admin', 'system_admin', 'security_admin'],
  'users.manage': ['center_admin', 'system_admin'],
  'users.assign_roles': ['center_admin', 'security_admin'],
  'audit.read': ['audit_admin'],
  'events.subscribe': ROLES,
  'applicants.lookup': ['clerk', 'chief_representative', 'guide', 'agent', 'reviewer'],
  'personal_data.read_full': ['chief_representative', 'reviewer'],
} as const satisfies Record<string, readonly Role[]>;

/** Roles only the security admin may grant; a center admin grants the operational ones. */
export const ADMIN_ROLES: readonly Role[] = [
  'center_admin',
  'supervisor',
  'system_admin',
  'security_admin',
  'audit_admin',
];

export type Permission = keyof typeof PERMISSIONS;

export function can(actor: StaffActor, permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return actor.roles.some((role) => allowed.includes(role));
}

export function assertCan(actor: StaffActor, permission: Permission): void {
  if (!can(actor, permission)) throw new AppError('FORBIDDEN', '您没有执行此操作的权限');
}

/** The SQL condition "this row's region lies within the caller's region subtree". */
export function withinRegionOf(column: AnyPgColumn, actor: { regionCode: string }): SQL {
  return like(column, `${regionPrefix(actor.regionCode)}%`);
}

/**
 * Data owned by a region (its calendar, the county's shared themes) is changed only by staff of that
 * region or of a region above it: a township's admin may not change what the county owns.
 */
export function ownsRegionData(actor: { regionCode: string }, ownerRegionCode: string): boolean {
  return isWithinRegion(ownerRegionCode, actor.regionCode);
}

export function assertOwnsRegionData(
  actor: { regionCode: string },
  ownerRegionCode: string,
  message: string,
) {
  if (!ownsRegionData(actor, ownerRegionCode)) throw new AppError('FORBIDDEN', message);
}
