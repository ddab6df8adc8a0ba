import { roleLabel } from '../../shared/permissions.ts';

/** The actions the server records, in Chinese; an unknown action shows its code. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  'staff.sign_in': '工作人员登录',
  'staff.sign_out': '工作人员退出登录',
  'staff.sign_in_failed': '工作人员登录失败',
  'staff.locked': '账号因输错密码被锁定',
  'staff.password_changed': '修改密码',
  'user.created': '创建用户',
  'user.updated': '修改用户',
  'user.roles_changed': '修改角色',
  'user.password_reset': '重置密码',
  'device.created': '创建设备令牌',
  'device.revoked': '吊销设备令牌',
  'calendar.year_saved': '保存年度节假日安排',
  'calendar.local_day_added': '添加本地调整',
  'calendar.local_day_removed': '删除本地调整',
  'org.region.created': '新增行政区划',
  'org.region.renamed': '行政区划更名',
  'org.center.created': '设立服务中心',
  'org.center.updated': '修改服务中心',
  'org.hall.created': '新增大厅',
  'org.hall.updated': '修改大厅',
  'org.zone.created': '新增功能区',
  'org.zone.updated': '修改功能区',
  'org.zone.deleted': '删除功能区',
  'org.window.created': '新增窗口',
  'org.window.updated': '修改窗口',
  'org.window.duty_changed': '调整窗口值班人员',
  'org.department.created': '新增部门',
  'org.department.updated': '修改部门',
  'org.staff.assigned': '调整人员所在中心和部门',
  'applicant.registered': '办事人注册',
  'applicant.sign_in': '办事人登录',
  'applicant.sign_out': '办事人退出登录',
  'applicant.sign_in_failed': '办事人登录失败',
  'applicant.sms_code_sent': '发送短信验证码',
  'applicant.sms_code_voided': '短信验证码作废',
  'applicant.oidc_linked': '绑定统一身份认证',
  'applicant.identity_saved': '办事人登记实名',
  'applicant.looked_up': '按身份证号查询办事人',
  'audit.verified': '校验审计链',
  'audit.exported': '导出审计记录',
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

export const AUDIT_TARGET_TYPE_LABELS: Readonly<Record<string, string>> = {
  staff: '工作人员',
  device: '设备',
  calendar_year: '年度节假日安排',
  calendar_local_day: '本地调整',
  region: '行政区划',
  center: '服务中心',
  hall: '大厅',
  zone: '功能区',
  window: '窗口',
  department: '部门',
  applicant: '办事人',
  sms_code: '短信验证码',
  audit_log: '审计日志',
};

export function auditTargetTypeLabel(targetType: string): string {
  return AUDIT_TARGET_TYPE_LABELS[targetType] ?? targetType;
}

const ACTOR_KIND_LABELS: Readonly<Record<string, string>> = {
  staff: '工作人员',
  applicant: '办事人',
  device: '设备',
  system: '系统',
};

export function actorKindLabel(kind: string): string {
  return ACTOR_KIND_LABELS[kind] ?? kind;
}

const NON_STAFF_ROLE_LABELS: Readonly<Record<string, string>> = {
  applicant: '办事人',
  system: '系统',
  kiosk: '自助终端/取号机',
  display: '叫号屏',
  evaluation_pad: '评价器',
};

/** Staff roles, device scopes, 办事人 and 系统 — whatever `actorRoles` holds — in Chinese. */
export function actorRoleLabel(role: string): string {
  return NON_STAFF_ROLE_LABELS[role] ?? roleLabel(role);
}
