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

/** Management roles (三员分立), listed apart in the role editor. Who may grant them is the server's to say. */
export const MANAGEMENT_ROLES: readonly string[] = [
  'center_admin',
  'supervisor',
  'system_admin',
  'security_admin',
  'audit_admin',
];

/** What the web needs to know of the signed-in staff member to show what they may do. */
export interface Permitted {
  permissions: readonly string[];
  grantableRoles: readonly string[];
}

export function hasPermission(me: Permitted, permission: string): boolean {
  return me.permissions.includes(permission);
}

/** Which permission opens which part of 管理后台; the server checks each again on every request. */
export const ADMIN_AREA_PERMISSIONS = {
  /** 机构与窗口, 进驻部门, 工作日历 */
  organisation: 'org.manage',
  /** 用户与角色 */
  users: 'users.read',
  /** 设备令牌 */
  devices: 'devices.manage',
  /** 审计日志: the audit admin alone, not the system admin. */
  audit: 'audit.read',
  /** 事项管理 */
  catalog: 'catalog.review',
} as const;

export type AdminArea = keyof typeof ADMIN_AREA_PERMISSIONS;

export function canOpenAdminArea(me: Permitted, area: AdminArea): boolean {
  return hasPermission(me, ADMIN_AREA_PERMISSIONS[area]);
}

/** Whether any part of 管理后台 is open to this staff member. */
export function canOpenAdmin(me: Permitted): boolean {
  return (Object.keys(ADMIN_AREA_PERMISSIONS) as AdminArea[]).some((area) => canOpenAdminArea(me, area));
}

/** Create accounts, rename, disable, reset passwords. */
export const canManageUsers = (me: Permitted) => hasPermission(me, 'users.manage');

/** Edit regions, centers, halls, zones, windows, departments and staff assignments. */
export const canManageOrganisation = (me: Permitted) => hasPermission(me, 'org.manage');

/** Create, edit, publish, abolish and delegate items, and import the catalog workbook. */
export const canManageCatalog = (me: Permitted) => hasPermission(me, 'catalog.manage');

/** Grant and withdraw roles; never one's own. */
export const canAssignRoles = (me: Permitted) => hasPermission(me, 'users.assign_roles');

/** Whether this staff member may grant or withdraw `role` on someone else. */
export function canGrantRole(me: Permitted, role: string): boolean {
  return me.grantableRoles.includes(role);
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
