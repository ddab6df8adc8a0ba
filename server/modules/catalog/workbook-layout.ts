import type ExcelJS from 'exceljs';
import {
  CATEGORIES,
  CATEGORY_CODES,
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  DEFAULT_WARNING,
  DELIVERY_LABELS,
  EXERCISE_LEVEL_LABELS,
  HANDLING_KIND_LABELS,
  MATERIAL_FORM_LABELS,
  MATERIAL_SOURCE_LABELS,
  ONLINE_DEPTH_LABELS,
  RESULT_KIND_LABELS,
  STEP_ROLE_LABELS,
  SUBJECT_LABELS,
  isWellFormedItemCode,
  type Category,
  type ItemContent,
} from '../../../domain/catalog/index.ts';
import type { CatalogAction, CatalogEntry } from './workbook.ts';
import {
  Choices,
  LIST_SEPARATOR,
  fenToYuan,
  fractionToPercentText,
  integerIn,
  labelOf,
  matching,
  numberedPairsOf,
  pairsOf,
  yesNo,
  yesNoText,
  yuanToFen,
  type CellParser,
  type RowReader,
} from './workbook-cells.ts';

/*
 * The layout of the catalog workbook: sheet names, headers, enumerations as the sheets show them, and
 * per column its width, format, drop-down, how an entry fills it and the line the 说明 sheet shows.
 * workbook.ts writes and reads by these tables.
 */

export const CATALOG_SHEETS = {
  items: '事项',
  materials: '申请材料',
  fees: '收费项目',
  steps: '办理流程',
  legalBasis: '设定依据',
  faq: '常见问题',
  guide: '说明',
} as const;

/** 事项 sheet headers. */
export const I = {
  code: '实施编码',
  region: '行政区划代码',
  basicCode: '基本编码',
  name: '事项名称',
  category: '事项类型',
  department: '实施部门',
  exerciseLevel: '行使层级',
  subjects: '服务对象',
  handlingKind: '办件类型',
  statutory: '法定办结时限(工作日)',
  promised: '承诺办结时限(工作日)',
  onlineDepth: '网上办理深度',
  visits: '到办事现场次数',
  visitReason: '必须现场办理原因',
  channels: '办理渠道',
  resultName: '结果名称',
  resultKind: '结果类型',
  eLicense: '是否发放电子证照',
  delivery: '结果送达方式',
  commitment: '告知承诺制',
  location: '办理地点',
  consultationPhone: '咨询电话',
  complaintPhone: '监督投诉电话',
  conditions: '受理条件',
  responsibilities: '责任事项',
  themes: '所属主题',
  keywords: '关键词',
  warningDays: '预警剩余工作日',
  warningFraction: '预警剩余比例',
  hotRank: '热门排序',
  action: '操作',
  effectiveOn: '生效日期',
  reason: '调整原因',
  delegateRegion: '下放至区划代码',
  delegateDepartment: '下放承接部门',
  delegateCode: '下放后实施编码',
} as const;

export const CODE = '实施编码';
export const ORDER = '序号';
export const M = {
  name: '材料名称',
  source: '来源渠道',
  issuedBy: '出具单位',
  forms: '材料形式',
  originalCopies: '原件份数',
  copyCopies: '复印件份数',
  required: '是否必要',
  deferrable: '是否容缺',
  templateUrl: '空表下载地址',
  sampleUrl: '样表下载地址',
  notes: '备注',
} as const;
export const F = {
  name: '收费项目名称',
  amount: '收费标准(元)',
  basis: '收费依据',
  waivers: '减免情形',
  notes: '备注',
} as const;
export const S = {
  name: '环节名称',
  role: '办理角色',
  limitDays: '环节时限(工作日)',
  description: '环节说明',
} as const;
export const L = { title: '法律法规名称', article: '条款', text: '条款内容' } as const;
export const Q = { question: '问题', answer: '解答' } as const;

/** Where each content path of an item lands on its 事项 row. */
export const ITEM_FIELD_HEADERS: Readonly<Record<string, string>> = {
  name: I.name,
  basicCode: I.basicCode,
  category: I.category,
  exerciseLevel: I.exerciseLevel,
  conditions: I.conditions,
  subjects: I.subjects,
  statutoryLimitDays: I.statutory,
  promisedLimitDays: I.promised,
  handlingKind: I.handlingKind,
  onlineDepth: I.onlineDepth,
  visitsRequired: I.visits,
  visitReason: I.visitReason,
  channels: I.channels,
  result: I.resultName,
  'result.name': I.resultName,
  'result.kind': I.resultKind,
  'result.issuesELicense': I.eLicense,
  delivery: I.delivery,
  commitmentBased: I.commitment,
  location: I.location,
  consultationPhone: I.consultationPhone,
  complaintPhone: I.complaintPhone,
  responsibilities: I.responsibilities,
  themes: I.themes,
  keywords: I.keywords,
  warning: I.warningDays,
  'warning.daysLeft': I.warningDays,
  'warning.fractionLeft': I.warningFraction,
};

// ---------------------------------------------------------------------------------------------------
// Enumerations as the workbook shows them

export const CATEGORY = new Choices<Category>(
  '事项类型',
  pairsOf(CATEGORY_LABELS),
  CATEGORIES.flatMap((category) => [
    [CATEGORY_CODES[category], category] as const,
    [String(Number(CATEGORY_CODES[category])), category] as const,
  ]),
);
export const EXERCISE_LEVEL = new Choices('行使层级', numberedPairsOf(EXERCISE_LEVEL_LABELS));
export const SUBJECT = new Choices('服务对象', pairsOf(SUBJECT_LABELS));
export const HANDLING_KIND = new Choices('办件类型', pairsOf(HANDLING_KIND_LABELS));
export const ONLINE_DEPTH = new Choices('网上办理深度', numberedPairsOf(ONLINE_DEPTH_LABELS));
export const CHANNEL = new Choices('办理渠道', pairsOf(CHANNEL_LABELS));
export const DELIVERY = new Choices('结果送达方式', pairsOf(DELIVERY_LABELS));
export const MATERIAL_SOURCE = new Choices('来源渠道', pairsOf(MATERIAL_SOURCE_LABELS));
export const MATERIAL_FORM = new Choices('材料形式', pairsOf(MATERIAL_FORM_LABELS));
export const RESULT_KIND = new Choices('结果类型', pairsOf(RESULT_KIND_LABELS));
export const STEP_ROLE = new Choices('办理角色', pairsOf(STEP_ROLE_LABELS));
export const ACTION = new Choices<CatalogAction>(
  '操作（留空表示发布）',
  [
    ['abolish', '取消'],
    ['delegate', '下放'],
  ],
  [
    ['发布', 'publish'],
    ['新增', 'publish'],
    ['调整', 'publish'],
    ['publish', 'publish'],
  ],
);

export const REGION_CODE_HINT = '应为 12 位数字的行政区划代码，如 330102000000';
export const ITEM_CODE_HINT = '只能由字母、数字和连字符组成，且不超过 50 位';
export const regionCode = (label: string) => matching(label, /^\d{12}$/, REGION_CODE_HINT);
export const itemCode =
  (label: string): CellParser<string> =>
  (text) =>
    isWellFormedItemCode(text)
      ? { ok: true, value: text }
      : { ok: false, message: `${label}“${text}”格式不正确：${ITEM_CODE_HINT}` };

// ---------------------------------------------------------------------------------------------------
// Columns: header, width, format, drop-down, how an entry fills it, and the line the 说明 sheet shows

export interface Column<T> {
  header: string;
  width: number;
  note: string;
  isRequired?: boolean;
  /** text keeps codes, phone numbers and dates as typed; wrap is long text; yuan shows two decimals. */
  format?: 'text' | 'wrap' | 'number' | 'yuan';
  /** Drop-down values (single choice only). */
  choices?: readonly string[];
  write(source: T): ExcelJS.CellValue;
}

export const orNull = (text: string | undefined): string | null =>
  text === undefined || text === '' ? null : text;
export const joined = (values: readonly string[]) => orNull(values.join(LIST_SEPARATOR));

export function itemColumns(themeNames: ReadonlyMap<string, string>): Column<CatalogEntry>[] {
  const c = (entry: CatalogEntry) => entry.content;
  const empty = () => null;
  return [
    {
      header: I.code,
      width: 24,
      isRequired: true,
      format: 'text',
      note: `事项在本工作簿中的唯一编码，其余工作表以此关联；${ITEM_CODE_HINT}`,
      write: (e) => e.implementationCode,
    },
    {
      header: I.region,
      width: 16,
      isRequired: true,
      format: 'text',
      note: `实施主体所在区划，${REGION_CODE_HINT}`,
      write: (e) => e.regionCode,
    },
    {
      header: I.basicCode,
      width: 20,
      isRequired: true,
      format: 'text',
      note: `国家或省级基本目录编码；${ITEM_CODE_HINT}`,
      write: (e) => c(e).basicCode,
    },
    {
      header: I.name,
      width: 30,
      isRequired: true,
      format: 'text',
      note: '事项名称全称',
      write: (e) => c(e).name,
    },
    {
      header: I.category,
      width: 14,
      isRequired: true,
      format: 'text',
      choices: CATEGORY.labels,
      note: `可填：${CATEGORY.labels.join('、')}；也可填国家代码 ${CATEGORIES.map((k) => CATEGORY_CODES[k]).join('、')}`,
      write: (e) => CATEGORY.labelOf(c(e).category),
    },
    {
      header: I.department,
      width: 24,
      isRequired: true,
      format: 'text',
      note: '实施部门全称，须与系统中的部门名称一致',
      write: (e) => e.departmentName,
    },
    {
      header: I.exerciseLevel,
      width: 16,
      isRequired: true,
      format: 'text',
      choices: EXERCISE_LEVEL.labels,
      note: `可填层级名称或代码 1–7：${numberedPairsOf(EXERCISE_LEVEL_LABELS)
        .map(([n, t]) => `${n} ${t}`)
        .join('、')}`,
      write: (e) => EXERCISE_LEVEL.labelOf(c(e).exerciseLevel),
    },
    {
      header: I.subjects,
      width: 14,
      isRequired: true,
      format: 'text',
      note: `可填：${SUBJECT.labels.join('、')}；多个用“、”分隔`,
      write: (e) => joined(c(e).subjects.map((s) => SUBJECT.labelOf(s))),
    },
    {
      header: I.handlingKind,
      width: 10,
      isRequired: true,
      format: 'text',
      choices: HANDLING_KIND.labels,
      note: `可填：${HANDLING_KIND.labels.join('、')}`,
      write: (e) => HANDLING_KIND.labelOf(c(e).handlingKind),
    },
    {
      header: I.statutory,
      width: 12,
      isRequired: true,
      format: 'number',
      note: '大于 0 的整数，单位为工作日',
      write: (e) => c(e).statutoryLimitDays,
    },
    {
      header: I.promised,
      width: 12,
      format: 'number',
      note: '大于 0 的整数，不得超过法定办结时限；即办件留空，其他办件类型必填',
      write: (e) => c(e).promisedLimitDays,
    },
    {
      header: I.onlineDepth,
      width: 14,
      format: 'text',
      note: `填写代码，多个用“、”分隔：${numberedPairsOf(ONLINE_DEPTH_LABELS)
        .map(([n, t]) => `${n} ${t}`)
        .join('、')}`,
      write: (e) => joined(c(e).onlineDepth.map(String)),
    },
    {
      header: I.visits,
      width: 10,
      isRequired: true,
      format: 'number',
      choices: ['0', '1', '2'],
      note: '0、1 或 2；0 表示“零跑动”',
      write: (e) => c(e).visitsRequired,
    },
    {
      header: I.visitReason,
      width: 24,
      format: 'wrap',
      note: '需要到现场时说明原因',
      write: (e) => orNull(c(e).visitReason),
    },
    {
      header: I.channels,
      width: 20,
      isRequired: true,
      format: 'text',
      note: `可填：${CHANNEL.labels.join('、')}；多个用“、”分隔`,
      write: (e) => joined(c(e).channels.map((v) => CHANNEL.labelOf(v))),
    },
    {
      header: I.resultName,
      width: 24,
      isRequired: true,
      format: 'text',
      note: '办理结果（证照、批文等）的名称',
      write: (e) => c(e).result.name,
    },
    {
      header: I.resultKind,
      width: 10,
      isRequired: true,
      format: 'text',
      choices: RESULT_KIND.labels,
      note: `可填：${RESULT_KIND.labels.join('、')}`,
      write: (e) => RESULT_KIND.labelOf(c(e).result.kind),
    },
    {
      header: I.eLicense,
      width: 10,
      format: 'text',
      choices: ['是', '否'],
      note: '是或否；留空视为否',
      write: (e) => yesNoText(c(e).result.issuesELicense),
    },
    {
      header: I.delivery,
      width: 20,
      isRequired: true,
      format: 'text',
      note: `可填：${DELIVERY.labels.join('、')}；多个用“、”分隔`,
      write: (e) => joined(c(e).delivery.map((v) => DELIVERY.labelOf(v))),
    },
    {
      header: I.commitment,
      width: 10,
      format: 'text',
      choices: ['是', '否'],
      note: '是否实行告知承诺制：是或否；留空视为否',
      write: (e) => yesNoText(c(e).commitmentBased),
    },
    {
      header: I.location,
      width: 30,
      format: 'wrap',
      note: '办理地点和办理时间',
      write: (e) => orNull(c(e).location),
    },
    {
      header: I.consultationPhone,
      width: 16,
      isRequired: true,
      format: 'text',
      note: '咨询电话',
      write: (e) => c(e).consultationPhone,
    },
    {
      header: I.complaintPhone,
      width: 16,
      isRequired: true,
      format: 'text',
      note: '监督投诉电话',
      write: (e) => c(e).complaintPhone,
    },
    {
      header: I.conditions,
      width: 40,
      format: 'wrap',
      note: '每行一条（单元格内换行：Alt+Enter）',
      write: (e) => orNull(c(e).conditions.join('\n')),
    },
    {
      header: I.responsibilities,
      width: 40,
      format: 'wrap',
      note: '责任清单的责任事项，每行一条',
      write: (e) => orNull(c(e).responsibilities.join('\n')),
    },
    {
      header: I.themes,
      width: 20,
      format: 'text',
      note: '主题代码或主题名称，多个用“、”分隔',
      write: (e) => joined(c(e).themes.map((code) => themeNames.get(code) ?? code)),
    },
    {
      header: I.keywords,
      width: 20,
      format: 'text',
      note: '检索用关键词，多个用“、”分隔',
      write: (e) => joined(c(e).keywords),
    },
    {
      header: I.warningDays,
      width: 10,
      format: 'number',
      note: `剩余工作日不超过此数时预警，0–99 的整数；留空取默认值 ${DEFAULT_WARNING.daysLeft}`,
      write: (e) => c(e).warning.daysLeft,
    },
    {
      header: I.warningFraction,
      width: 10,
      format: 'text',
      note: `剩余时限占比不超过此值时预警，0%–100%，如 20%；留空取默认值 ${fractionToPercentText(DEFAULT_WARNING.fractionLeft)}`,
      write: (e) => fractionToPercentText(c(e).warning.fractionLeft),
    },
    {
      header: I.hotRank,
      width: 10,
      format: 'number',
      note: '办事大厅和网上门户“热门事项”的排序，数字越小越靠前；留空表示不列入热门',
      write: (e) => e.hotRank,
    },
    {
      header: I.action,
      width: 8,
      format: 'text',
      choices: ACTION.labels,
      note: '留空表示发布（新增或按本行内容调整）；“取消”表示取消该事项；“下放”表示下放至下级区划',
      write: empty,
    },
    {
      header: I.effectiveOn,
      width: 12,
      format: 'text',
      note: '生效日期，YYYY-MM-DD；“取消”“下放”必填，发布时可留空表示立即生效',
      write: empty,
    },
    { header: I.reason, width: 24, format: 'wrap', note: '调整原因；“取消”“下放”必填', write: empty },
    {
      header: I.delegateRegion,
      width: 16,
      format: 'text',
      note: `“下放”必填：承接区划的代码，${REGION_CODE_HINT}`,
      write: empty,
    },
    {
      header: I.delegateDepartment,
      width: 24,
      format: 'text',
      note: '“下放”必填：承接部门全称',
      write: empty,
    },
    {
      header: I.delegateCode,
      width: 24,
      format: 'text',
      note: `“下放”必填：下放后的实施编码；${ITEM_CODE_HINT}`,
      write: empty,
    },
  ];
}

/** A child row as written: its item's code, its position, and the element. */
export interface Child<E> {
  code: string;
  order: number;
  element: E;
}

export type ChildField = 'materials' | 'fees' | 'steps' | 'legalBasis' | 'faq';
export type ChildElement<K extends ChildField> = ItemContent[K][number];

export interface ChildSheet<K extends ChildField> {
  field: K;
  sheet: string;
  columns: Column<Child<ChildElement<K>>>[];
  /** Where each property of an element lands. */
  fieldHeaders: Readonly<Record<string, string>>;
  read: (row: RowReader) => ChildElement<K>;
}

export function keyColumns<E>(): Column<Child<E>>[] {
  return [
    {
      header: CODE,
      width: 24,
      isRequired: true,
      format: 'text',
      note: '所属事项的实施编码，须在“事项”工作表中',
      write: (r) => r.code,
    },
    {
      header: ORDER,
      width: 6,
      isRequired: true,
      format: 'number',
      note: '该事项内的顺序，正整数，按从小到大排列',
      write: (r) => r.order,
    },
  ];
}

export const MATERIALS: ChildSheet<'materials'> = {
  field: 'materials',
  sheet: CATALOG_SHEETS.materials,
  columns: [
    ...keyColumns(),
    {
      header: M.name,
      width: 30,
      isRequired: true,
      format: 'text',
      note: '材料名称',
      write: (r) => r.element.name,
    },
    {
      header: M.source,
      width: 14,
      isRequired: true,
      format: 'text',
      choices: MATERIAL_SOURCE.labels,
      note: `可填：${MATERIAL_SOURCE.labels.join('、')}`,
      write: (r) => MATERIAL_SOURCE.labelOf(r.element.source),
    },
    {
      header: M.issuedBy,
      width: 20,
      format: 'text',
      note: '政府部门核发或电子证照复用的材料必填，如 公安机关',
      write: (r) => orNull(r.element.issuedBy),
    },
    {
      header: M.forms,
      width: 18,
      isRequired: true,
      format: 'text',
      note: `可填：${MATERIAL_FORM.labels.join('、')}；多个用“、”分隔`,
      write: (r) => joined(r.element.forms.map((f) => MATERIAL_FORM.labelOf(f))),
    },
    {
      header: M.originalCopies,
      width: 8,
      format: 'number',
      note: '0–99 的整数；留空视为 0',
      write: (r) => r.element.originalCopies,
    },
    {
      header: M.copyCopies,
      width: 8,
      format: 'number',
      note: '0–99 的整数；留空视为 0',
      write: (r) => r.element.copyCopies,
    },
    {
      header: M.required,
      width: 8,
      isRequired: true,
      format: 'text',
      choices: ['是', '否'],
      note: '是或否',
      write: (r) => yesNoText(r.element.required),
    },
    {
      header: M.deferrable,
      width: 8,
      format: 'text',
      choices: ['是', '否'],
      note: '可否容缺受理：是或否；留空视为否',
      write: (r) => yesNoText(r.element.deferrable),
    },
    {
      header: M.templateUrl,
      width: 30,
      format: 'text',
      note: '空白表格的下载地址',
      write: (r) => orNull(r.element.templateUrl),
    },
    {
      header: M.sampleUrl,
      width: 30,
      format: 'text',
      note: '填写样例的下载地址',
      write: (r) => orNull(r.element.sampleUrl),
    },
    { header: M.notes, width: 30, format: 'wrap', note: '备注', write: (r) => orNull(r.element.notes) },
  ],
  fieldHeaders: {
    name: M.name,
    source: M.source,
    issuedBy: M.issuedBy,
    forms: M.forms,
    originalCopies: M.originalCopies,
    copyCopies: M.copyCopies,
    required: M.required,
    deferrable: M.deferrable,
    templateUrl: M.templateUrl,
    sampleUrl: M.sampleUrl,
    notes: M.notes,
  },
  read: (r) => ({
    name: r.text(M.name),
    source: r.need(M.source, MATERIAL_SOURCE.one, 'applicant'),
    ...optional('issuedBy', r.text(M.issuedBy)),
    forms: r.read(M.forms, MATERIAL_FORM.many) ?? [],
    originalCopies: r.read(M.originalCopies, integerIn(M.originalCopies, 0, 99)) ?? 0,
    copyCopies: r.read(M.copyCopies, integerIn(M.copyCopies, 0, 99)) ?? 0,
    required: r.need(M.required, yesNo(M.required), true),
    deferrable: r.read(M.deferrable, yesNo(M.deferrable)) ?? false,
    ...optional('templateUrl', r.text(M.templateUrl, { preferHyperlink: true })),
    ...optional('sampleUrl', r.text(M.sampleUrl, { preferHyperlink: true })),
    ...optional('notes', r.text(M.notes)),
  }),
};

export const FEES: ChildSheet<'fees'> = {
  field: 'fees',
  sheet: CATALOG_SHEETS.fees,
  columns: [
    ...keyColumns(),
    {
      header: F.name,
      width: 30,
      isRequired: true,
      format: 'text',
      note: '收费项目名称',
      write: (r) => r.element.name,
    },
    {
      header: F.amount,
      width: 12,
      isRequired: true,
      format: 'yuan',
      note: '以元为单位，最多两位小数，如 80 或 0.50；按件计费以外的情形在备注中说明',
      write: (r) => fenToYuan(r.element.amountFen),
    },
    {
      header: F.basis,
      width: 36,
      isRequired: true,
      format: 'wrap',
      note: '收费依据（文件名称和文号），目录外不得收费',
      write: (r) => r.element.basis,
    },
    {
      header: F.waivers,
      width: 30,
      format: 'wrap',
      note: '减免情形',
      write: (r) => orNull(r.element.waivers),
    },
    { header: F.notes, width: 30, format: 'wrap', note: '备注', write: (r) => orNull(r.element.notes) },
  ],
  fieldHeaders: { name: F.name, amountFen: F.amount, basis: F.basis, waivers: F.waivers, notes: F.notes },
  read: (r) => ({
    name: r.text(F.name),
    amountFen: r.need(F.amount, yuanToFen(labelOf(F.amount)), 0),
    basis: r.text(F.basis),
    ...optional('waivers', r.text(F.waivers)),
    ...optional('notes', r.text(F.notes)),
  }),
};

export const STEPS: ChildSheet<'steps'> = {
  field: 'steps',
  sheet: CATALOG_SHEETS.steps,
  columns: [
    ...keyColumns(),
    {
      header: S.name,
      width: 16,
      isRequired: true,
      format: 'text',
      note: '环节名称，如 受理、审查、决定、制证、送达',
      write: (r) => r.element.name,
    },
    {
      header: S.role,
      width: 12,
      isRequired: true,
      format: 'text',
      choices: STEP_ROLE.labels,
      note: `可填：${STEP_ROLE.labels.join('、')}`,
      write: (r) => STEP_ROLE.labelOf(r.element.role),
    },
    {
      header: S.limitDays,
      width: 12,
      isRequired: true,
      format: 'number',
      note: '0–999 的整数，0 表示当日完成；各环节之和不得超过承诺办结时限',
      write: (r) => r.element.limitDays,
    },
    {
      header: S.description,
      width: 40,
      format: 'wrap',
      note: '环节说明',
      write: (r) => orNull(r.element.description),
    },
  ],
  fieldHeaders: { name: S.name, role: S.role, limitDays: S.limitDays, description: S.description },
  read: (r) => ({
    name: r.text(S.name),
    role: r.need(S.role, STEP_ROLE.one, 'clerk'),
    limitDays: r.need(S.limitDays, integerIn(S.limitDays, 0, 999), 0),
    ...optional('description', r.text(S.description)),
  }),
};

export const LEGAL_BASIS: ChildSheet<'legalBasis'> = {
  field: 'legalBasis',
  sheet: CATALOG_SHEETS.legalBasis,
  columns: [
    ...keyColumns(),
    {
      header: L.title,
      width: 36,
      isRequired: true,
      format: 'text',
      note: '如《中华人民共和国行政许可法》',
      write: (r) => r.element.title,
    },
    {
      header: L.article,
      width: 16,
      format: 'text',
      note: '如 第二十九条',
      write: (r) => orNull(r.element.article),
    },
    { header: L.text, width: 60, format: 'wrap', note: '条款原文', write: (r) => orNull(r.element.text) },
  ],
  fieldHeaders: { title: L.title, article: L.article, text: L.text },
  read: (r) => ({ title: r.text(L.title), article: r.text(L.article), ...optional('text', r.text(L.text)) }),
};

export const FAQ: ChildSheet<'faq'> = {
  field: 'faq',
  sheet: CATALOG_SHEETS.faq,
  columns: [
    ...keyColumns(),
    {
      header: Q.question,
      width: 40,
      isRequired: true,
      format: 'wrap',
      note: '问题',
      write: (r) => r.element.question,
    },
    {
      header: Q.answer,
      width: 60,
      isRequired: true,
      format: 'wrap',
      note: '解答',
      write: (r) => r.element.answer,
    },
  ],
  fieldHeaders: { question: Q.question, answer: Q.answer },
  read: (r) => ({ question: r.text(Q.question), answer: r.text(Q.answer) }),
};

export const CHILD_SHEETS = [MATERIALS, FEES, STEPS, LEGAL_BASIS, FAQ] as const;
export const CHILD_BY_FIELD: Readonly<Record<ChildField, ChildSheet<ChildField>>> = {
  materials: MATERIALS as unknown as ChildSheet<ChildField>,
  fees: FEES as unknown as ChildSheet<ChildField>,
  steps: STEPS as unknown as ChildSheet<ChildField>,
  legalBasis: LEGAL_BASIS as unknown as ChildSheet<ChildField>,
  faq: FAQ as unknown as ChildSheet<ChildField>,
};
export const isChildField = (field: string): field is ChildField => field in CHILD_BY_FIELD;

/** An optional string property: present only when the cell has text, so absent stays absent. */
export function optional<K extends string>(key: K, text: string): { [P in K]?: string } {
  return (text === '' ? {} : { [key]: text }) as { [P in K]?: string };
}
