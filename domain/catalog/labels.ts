import type {
  Category,
  Channel,
  DeliveryOption,
  MaterialForm,
  MaterialSource,
  ResultKind,
  StepRole,
  Subject,
} from './item-content.ts';
import type { HandlingKind } from '../clock/types.ts';

/** Chinese labels and national codes of the catalog's enumerations: one table each, used everywhere. */

export const CATEGORY_LABELS: Record<Category, string> = {
  licensing: '行政许可',
  penalty: '行政处罚',
  coercion: '行政强制',
  levy: '行政征收',
  benefit: '行政给付',
  inspection: '行政检查',
  confirmation: '行政确认',
  reward: '行政奖励',
  adjudication: '行政裁决',
  other_power: '其他行政权力',
  public_service: '公共服务',
};

/** GB/T 39046 A.1 事项类型代码. */
export const CATEGORY_CODES: Record<Category, string> = {
  licensing: '01',
  penalty: '02',
  coercion: '03',
  levy: '04',
  benefit: '05',
  inspection: '06',
  confirmation: '07',
  reward: '08',
  adjudication: '09',
  other_power: '10',
  public_service: '20',
};

/** GB/T 39046 A.2 行使层级. */
export const EXERCISE_LEVEL_LABELS: Record<number, string> = {
  1: '国家级',
  2: '省级',
  3: '市级',
  4: '县级',
  5: '镇（乡、街道）级',
  6: '村（社区）级',
  7: '分级管理',
};

export const SUBJECT_LABELS: Record<Subject, string> = {
  natural_person: '自然人',
  legal_person: '法人',
};

export const HANDLING_KIND_LABELS: Record<HandlingKind, string> = {
  immediate: '即办件',
  promised: '承诺件',
  escalated: '上报件',
  joint: '联办件',
};

/** 网上办理深度 1–7. */
export const ONLINE_DEPTH_LABELS: Record<number, string> = {
  1: '互联网咨询',
  2: '互联网收件',
  3: '互联网预审',
  4: '互联网受理',
  5: '互联网办理',
  6: '互联网办理结果信息反馈',
  7: '互联网电子证照反馈',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  window: '窗口办理',
  online: '网上办理',
  mobile: '掌上办理',
  kiosk: '自助终端',
  post: '邮寄申请',
};

export const DELIVERY_LABELS: Record<DeliveryOption, string> = {
  window: '窗口领取',
  post: '免费邮寄',
  online: '网上获取',
};

export const MATERIAL_SOURCE_LABELS: Record<MaterialSource, string> = {
  applicant: '申请人自备',
  government: '政府部门核发',
  e_license: '电子证照复用',
};

export const MATERIAL_FORM_LABELS: Record<MaterialForm, string> = {
  original: '原件',
  copy: '复印件',
  electronic: '电子件',
};

export const RESULT_KIND_LABELS: Record<ResultKind, string> = {
  license: '证照',
  approval_document: '批文',
  certificate: '证明',
  other: '其他',
};

export const STEP_ROLE_LABELS: Record<StepRole, string> = {
  clerk: '窗口人员',
  chief_representative: '首席代表',
  reviewer: '审批人员',
  agent: '代办员',
};

/** An amount in fen as Chinese readers expect it: 不收费 for zero, otherwise yuan with two decimals. */
export function formatFen(amountFen: number): string {
  if (amountFen === 0) return '不收费';
  return `${(amountFen / 100).toFixed(2)} 元`;
}
