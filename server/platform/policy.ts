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

/**
 * Who may do what: each module declares its permissions with the roles that hold them (the
 * `permissions` of its descriptor), and the app registers them at start. Every service asks here
 * first; the UI is told (`/api/auth/me`), never trusted.
 */
const PERMISSIONS = new Map<string, readonly Role[]>();

/** Every permission a route or service may name. Modules add theirs by declaration merging. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Permissions {}
export type Permission = keyof Permissions & string;

export function registerPermissions(table: Readonly<Record<string, readonly Role[]>>): void {
  for (const [permission, roles] of Object.entries(table)) {
    const known = PERMISSIONS.get(permission);
    if (known && known.join() !== roles.join()) throw new Error(`permission ${permission} declared twice`);
    PERMISSIONS.set(permission, roles);
  }
}

/** The permissions a staff member's roles hold, for `/api/auth/me`. */
export function permissionsOf(actor: { roles: readonly Role[] }): Permission[] {
  return [...PERMISSIONS]
    .filter(([, roles]) => actor.roles.some((role) => roles.includes(role)))
    .map(([permission]) => permission as Permission)
    .sort();
}

/** Roles only the security admin may grant; a center admin grants the operational ones. */
export const ADMIN_ROLES: readonly Role[] = [
  'center_admin',
  'supervisor',
  'system_admin',
  'security_admin',
  'audit_admin',
];

export function can(actor: Pick<StaffActor, 'roles'>, permission: Permission): boolean {
  const allowed = PERMISSIONS.get(permission) ?? [];
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
