import { regionLevelOfCode } from '../../../../domain/org/regions.ts';
/** Chinese labels of the staff roles (GLOSSARY: 人员与角色). Unknown roles show their code. */
export const ROLE_LABELS: Readonly<Record<string, string>> = {
  clerk: '窗口人员',
  chief_representative: '首席代表',
  guide: '导服人员',
  agent: '代办员',
  reviewer: '审批人员',
  center_admin: '中心管理员',
  supervisor: '电子监察人员',
  system_admin: '系统管理员',
  security_admin: '安全管理员',
  audit_admin: '审计管理员',
};

export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? role;
}

/** Every staff role, in the order the role editor lists them (operational roles first). */
export const STAFF_ROLES: readonly string[] = Object.keys(ROLE_LABELS);

/**
 * Management roles (三员分立): only the security admin grants them; a center admin grants the
 * operational ones. The server enforces this; the UI only disables what would be refused.
 */
export const MANAGEMENT_ROLES: readonly string[] = [
  'center_admin',
  'supervisor',
  'system_admin',
  'security_admin',
  'audit_admin',
];

export function hasAnyRole(roles: readonly string[], allowed: readonly string[]): boolean {
  return roles.some((role) => allowed.includes(role));
}

/** Who opens which part of 管理后台; each matches a permission the server checks again. */
export const ADMIN_ACCESS = {
  /** 机构与窗口, 进驻部门, 工作日历 */
  organisation: ['center_admin', 'system_admin'],
  /** 用户与角色 (users.read) */
  users: ['center_admin', 'system_admin', 'security_admin'],
  /** 设备令牌 (devices.manage) */
  devices: ['center_admin', 'system_admin'],
  /** 审计日志 (audit.read): the audit admin alone, not the system admin. */
  audit: ['audit_admin'],
  /**
   * 事项管理 (catalog.read): the admins who keep the catalog and the supervisor who watches it.
   * Window staff also read items, but they do so in the portal's service guides, not in 管理后台.
   */
  catalog: ['center_admin', 'system_admin', 'supervisor'],
} as const satisfies Record<string, readonly string[]>;

export type AdminArea = keyof typeof ADMIN_ACCESS;

export function canOpenAdminArea(roles: readonly string[], area: AdminArea): boolean {
  return hasAnyRole(roles, ADMIN_ACCESS[area]);
}

/** Roles that open 管理后台 at all. The server checks again on every request. */
export const ADMIN_ROLES: readonly string[] = [...new Set(Object.values(ADMIN_ACCESS).flat())];

export function canOpenAdmin(roles: readonly string[]): boolean {
  return hasAnyRole(roles, ADMIN_ROLES);
}

/** Create accounts, rename, disable, reset passwords (users.manage). */
export function canManageUsers(roles: readonly string[]): boolean {
  return hasAnyRole(roles, ['center_admin', 'system_admin']);
}

/** Edit regions, centers, halls, zones, windows, departments and staff assignments (org.manage). */
export function canManageOrganisation(roles: readonly string[]): boolean {
  return hasAnyRole(roles, ['center_admin', 'system_admin']);
}

/** Create, edit, publish, abolish and delegate items, and import the catalog workbook (catalog.manage). */
export function canManageCatalog(roles: readonly string[]): boolean {
  return hasAnyRole(roles, ['center_admin', 'system_admin']);
}

/**
 * Enter or replace the national holiday schedule: a system admin of a county or above
 * (server/modules/calendar/policy.ts).
 */
export function canReplaceNationalSchedule(roles: readonly string[], regionCode: string): boolean {
  const level = regionLevelOfCode(regionCode);
  return roles.includes('system_admin') && (level === 'province' || level === 'city' || level === 'county');
}

/** Grant and withdraw roles (users.assign_roles); never one's own. */
export function canAssignRoles(roles: readonly string[]): boolean {
  return hasAnyRole(roles, ['center_admin', 'security_admin']);
}

/** Whether a staff member with `actorRoles` may grant or withdraw `role` on someone else. */
export function canGrantRole(actorRoles: readonly string[], role: string): boolean {
  if (actorRoles.includes('security_admin')) return true;
  return actorRoles.includes('center_admin') && !MANAGEMENT_ROLES.includes(role);
}

/**
 * Where `next` may send the browser after sign-in: a path of this site only, so a crafted link
 * cannot bounce a clerk to another origin.
 */
export function safeNextPath(next: string | null | undefined, fallback = '/workbench'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  if (next === '/login' || next.startsWith('/login?')) return fallback;
  return next;
}
