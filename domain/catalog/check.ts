import type { ItemContent } from './item-content.ts';

/** One problem with an item's content: where (a path such as `materials[2].name`) and what, in Chinese. */
export interface ContentProblem {
  path: string;
  message: string;
}

/** Chinese names of the content's fields, for messages, the revision history and the workbook. */
export const FIELD_LABELS: Record<keyof ItemContent, string> = {
  name: '事项名称',
  basicCode: '基本编码',
  category: '事项类型',
  exerciseLevel: '行使层级',
  legalBasis: '设定依据',
  conditions: '受理条件',
  subjects: '服务对象',
  materials: '申请材料',
  fees: '收费项目',
  statutoryLimitDays: '法定办结时限',
  promisedLimitDays: '承诺办结时限',
  handlingKind: '办件类型',
  onlineDepth: '网上办理深度',
  visitsRequired: '到办事现场次数',
  visitReason: '必须现场办理原因',
  channels: '办理渠道',
  steps: '办理流程',
  result: '办理结果',
  delivery: '结果送达方式',
  commitmentBased: '告知承诺制',
  location: '办理地点',
  consultationPhone: '咨询电话',
  complaintPhone: '监督投诉电话',
  responsibilities: '责任事项',
  faq: '常见问题',
  themes: '所属主题',
  keywords: '关键词',
  warning: '预警阈值',
};

/** Item codes are opaque strings (DOMAIN.md §3.2): letters, digits and hyphens, at most 50. */
const CODE_PATTERN = /^[0-9A-Za-z][0-9A-Za-z-]{0,49}$/;
const PHONE_PATTERN = /^[0-9+\-() ]{5,30}$/;

export function isWellFormedItemCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}

const blank = (value: string | undefined) => value === undefined || value.trim() === '';

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}

/**
 * Every problem with an item's content, all at once (一次性告知 applies to admins too). An empty list
 * means the content may be saved. Structural types are the schema's job; this checks meaning.
 */
export function checkItemContent(content: ItemContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  if (blank(content.name)) add('name', '事项名称不能为空');
  if (!isWellFormedItemCode(content.basicCode)) {
    add('basicCode', '基本编码只能由字母、数字和连字符组成，且不超过 50 位');
  }
  if (content.category !== 'public_service' && content.legalBasis.length === 0) {
    add('legalBasis', '行政权力事项必须至少有一条设定依据');
  }
  content.legalBasis.forEach((basis, i) => {
    if (blank(basis.title)) add(`legalBasis[${i}].title`, `第 ${i + 1} 条设定依据缺少法律法规名称`);
  });
  content.conditions.forEach((condition, i) => {
    if (blank(condition)) add(`conditions[${i}]`, `第 ${i + 1} 项受理条件为空`);
  });
  if (content.subjects.length === 0) add('subjects', '服务对象至少选择一项');

  checkLimits(content, add);
  checkMaterials(content, add);

  content.fees.forEach((fee, i) => {
    if (blank(fee.name)) add(`fees[${i}].name`, `第 ${i + 1} 项收费缺少名称`);
    if (blank(fee.basis)) add(`fees[${i}].basis`, `第 ${i + 1} 项收费缺少收费依据（目录外不得收费）`);
  });

  if (new Set(content.onlineDepth).size !== content.onlineDepth.length) {
    add('onlineDepth', '网上办理深度有重复项');
  }
  if (content.channels.length === 0) add('channels', '办理渠道至少选择一项');
  if (content.visitsRequired === 0 && !content.channels.some((c) => c !== 'window')) {
    add('visitsRequired', '“零跑动”事项必须提供网上、掌上、自助终端或邮寄渠道');
  }
  if (content.delivery.length === 0) add('delivery', '结果送达方式至少选择一项');
  if (blank(content.result.name)) add('result.name', '办理结果名称不能为空');
  if (!PHONE_PATTERN.test(content.consultationPhone)) add('consultationPhone', '咨询电话格式不正确');
  if (!PHONE_PATTERN.test(content.complaintPhone)) add('complaintPhone', '监督投诉电话格式不正确');
  content.faq.forEach((entry, i) => {
    if (blank(entry.question) || blank(entry.answer))
      add(`faq[${i}]`, `第 ${i + 1} 个常见问题缺少问题或解答`);
  });
  for (const theme of duplicates(content.themes)) add('themes', `主题“${theme}”重复`);
  for (const keyword of duplicates(content.keywords)) add('keywords', `关键词“${keyword}”重复`);
  content.keywords.forEach((keyword, i) => {
    if (blank(keyword)) add(`keywords[${i}]`, `第 ${i + 1} 个关键词为空`);
  });
  return problems;
}

function checkLimits(content: ItemContent, add: (path: string, message: string) => void): void {
  const { statutoryLimitDays: statutory, promisedLimitDays: promised } = content;
  if (!(statutory >= 1)) add('statutoryLimitDays', '法定办结时限必须为大于 0 的工作日数');
  if (content.handlingKind === 'immediate') {
    if (promised !== null) add('promisedLimitDays', '即办件当场办结，承诺办结时限不填天数');
  } else if (promised === null) {
    add('promisedLimitDays', '承诺件、上报件和联办件必须填写承诺办结时限');
  } else if (!(promised >= 1)) {
    add('promisedLimitDays', '承诺办结时限必须为大于 0 的工作日数');
  } else if (statutory >= 1 && promised > statutory) {
    add(
      'promisedLimitDays',
      `承诺办结时限（${promised} 个工作日）不得超过法定办结时限（${statutory} 个工作日）`,
    );
  }

  if (content.steps.length === 0) add('steps', '办理流程至少包含一个环节');
  content.steps.forEach((step, i) => {
    if (blank(step.name)) add(`steps[${i}].name`, `第 ${i + 1} 个办理环节缺少名称`);
  });
  const stepDays = content.steps.reduce((sum, step) => sum + step.limitDays, 0);
  const budget = content.handlingKind === 'immediate' ? 0 : (promised ?? 0);
  if (stepDays > budget && (content.handlingKind === 'immediate' || (promised !== null && promised >= 1))) {
    add(
      'steps',
      content.handlingKind === 'immediate'
        ? '即办件各环节均应当场完成（环节时限为 0）'
        : `各环节时限之和（${stepDays} 个工作日）超过承诺办结时限（${budget} 个工作日）`,
    );
  }
}

function checkMaterials(content: ItemContent, add: (path: string, message: string) => void): void {
  content.materials.forEach((material, i) => {
    const where = `materials[${i}]`;
    const which = blank(material.name) ? `第 ${i + 1} 项材料` : `材料“${material.name}”`;
    if (blank(material.name)) add(`${where}.name`, `第 ${i + 1} 项申请材料缺少名称`);
    if (material.forms.length === 0) add(`${where}.forms`, `${which}至少选择一种材料形式`);
    if (material.forms.includes('original') && material.originalCopies < 1) {
      add(`${where}.originalCopies`, `${which}要求原件，原件份数至少为 1`);
    }
    if (material.forms.includes('copy') && material.copyCopies < 1) {
      add(`${where}.copyCopies`, `${which}要求复印件，复印件份数至少为 1`);
    }
    if (material.deferrable && !material.required) {
      add(`${where}.deferrable`, `${which}不是必要材料，无需设为容缺`);
    }
    if (material.source !== 'applicant' && blank(material.issuedBy)) {
      add(`${where}.issuedBy`, `${which}由政府部门核发或电子证照复用，须填写出具单位`);
    }
  });
  for (const name of duplicates(content.materials.map((m) => m.name.trim()).filter(Boolean))) {
    add('materials', `申请材料“${name}”重复`);
  }
}
