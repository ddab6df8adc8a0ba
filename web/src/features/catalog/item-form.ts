import type { ContentProblem } from '../../../../domain/catalog/check.ts';
import type { Fee, ItemContent } from '../../../../domain/catalog/item-content.ts';
import { fenToYuan, yuanToFen } from './money.ts';

/*
 * The item editor's form model. It follows `ItemContent` field for field, so a problem path from the
 * server or from `checkItemContent` (`materials[2].name`) names a form field, with three exceptions
 * an admin types differently: fee amounts in yuan, the warning fraction in percent, and the item's
 * own columns (implementation code, department, hot rank) next to the content.
 */

export interface FeeFormValue extends Omit<Fee, 'amountFen'> {
  /** 收费标准 in yuan as typed, e.g. "29.50". */
  amountYuan: string | null;
}

export interface ItemFormValues extends Omit<
  ItemContent,
  'fees' | 'warning' | 'statutoryLimitDays' | 'promisedLimitDays'
> {
  implementationCode: string;
  departmentId: string | undefined;
  hotRank: number | null;
  fees: FeeFormValue[];
  statutoryLimitDays: number | null;
  promisedLimitDays: number | null;
  warning: { daysLeft: number | null; percentLeft: number | null };
}

export type EditorSection =
  'basic' | 'basis' | 'materials' | 'fees' | 'limits' | 'handling' | 'result' | 'contact' | 'themes';

export const EDITOR_SECTIONS: readonly { key: EditorSection; label: string }[] = [
  { key: 'basic', label: '基本信息' },
  { key: 'basis', label: '依据与条件' },
  { key: 'materials', label: '申请材料' },
  { key: 'fees', label: '收费' },
  { key: 'limits', label: '时限与流程' },
  { key: 'handling', label: '办理方式' },
  { key: 'result', label: '结果' },
  { key: 'contact', label: '咨询与投诉' },
  { key: 'themes', label: '主题与关键词' },
];

const SECTION_OF_FIELD: Record<string, EditorSection> = {
  implementationCode: 'basic',
  departmentId: 'basic',
  name: 'basic',
  basicCode: 'basic',
  category: 'basic',
  exerciseLevel: 'basic',
  subjects: 'basic',
  handlingKind: 'basic',
  commitmentBased: 'basic',
  legalBasis: 'basis',
  conditions: 'basis',
  materials: 'materials',
  fees: 'fees',
  statutoryLimitDays: 'limits',
  promisedLimitDays: 'limits',
  steps: 'limits',
  warning: 'limits',
  onlineDepth: 'handling',
  visitsRequired: 'handling',
  visitReason: 'handling',
  channels: 'handling',
  delivery: 'handling',
  location: 'handling',
  result: 'result',
  consultationPhone: 'contact',
  complaintPhone: 'contact',
  responsibilities: 'contact',
  faq: 'contact',
  themes: 'themes',
  keywords: 'themes',
  hotRank: 'themes',
};

/** Fields edited as one control (a select or checkbox group): a problem with one entry belongs to the whole control. */
const WHOLE_CONTROL_FIELDS = new Set([
  'subjects',
  'onlineDepth',
  'channels',
  'delivery',
  'themes',
  'keywords',
]);

export type FieldPath = (string | number)[];

/** `materials[2].name` → `['materials', 2, 'name']`. */
export function parseProblemPath(path: string): FieldPath {
  const parts: FieldPath = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) parts.push(Number(match[2]));
    else if (match[1] !== undefined) parts.push(/^\d+$/.test(match[1]) ? Number(match[1]) : match[1]);
  }
  return parts;
}

/**
 * The form field a problem belongs to, or null when it concerns a list as a whole (e.g. two
 * materials with the same name), which the list shows under its heading.
 */
export function fieldOfProblem(path: string): FieldPath | null {
  const parts = parseProblemPath(path);
  const [root, index, leaf] = parts;
  if (typeof root !== 'string') return null;
  if (WHOLE_CONTROL_FIELDS.has(root)) return [root];
  if (root === 'warning') return ['warning', leaf === 'fractionLeft' ? 'percentLeft' : 'daysLeft'];
  if (root === 'fees' && typeof index === 'number' && leaf === 'amountFen')
    return ['fees', index, 'amountYuan'];
  // 第 n 个常见问题缺少问题或解答: the question box leads the entry.
  if (root === 'faq' && typeof index === 'number' && leaf === undefined) return ['faq', index, 'question'];
  if (['materials', 'fees', 'steps', 'legalBasis', 'faq'].includes(root) && index === undefined) return null;
  return parts;
}

/** The key a field's problems are filed under: `materials.2.name`. */
export function fieldKey(path: FieldPath): string {
  return path.join('.');
}

/** Where a problem shows: its field's key, or the list's name for a problem of the whole list. */
export function problemKey(problem: ContentProblem): string {
  const field = fieldOfProblem(problem.path);
  return field ? fieldKey(field) : `${parseProblemPath(problem.path)[0] ?? ''}`;
}

/** Problems by the key of the field (or list) they belong to. */
export function groupProblems(problems: readonly ContentProblem[]): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  for (const problem of problems) {
    const key = problemKey(problem);
    const messages = grouped.get(key) ?? [];
    if (!messages.includes(problem.message)) messages.push(problem.message);
    grouped.set(key, messages);
  }
  return grouped;
}

/** The editor tab a problem is on, so the tab can show how many problems it holds. */
export function sectionOfProblem(path: string): EditorSection {
  const root = parseProblemPath(path)[0];
  return (typeof root === 'string' && SECTION_OF_FIELD[root]) || 'basic';
}

/** Client and server problems together, each once. */
export function mergeProblems(...lists: readonly (readonly ContentProblem[])[]): ContentProblem[] {
  const seen = new Set<string>();
  const merged: ContentProblem[] = [];
  for (const problem of lists.flat()) {
    const key = `${problem.path}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(problem);
  }
  return merged;
}

// ---- Content ⇄ form ----

export function contentToFormValues(
  content: ItemContent,
  item: { implementationCode: string; departmentId: string | undefined; hotRank: number | null },
): ItemFormValues {
  const { fees, warning, ...rest } = content;
  return {
    ...rest,
    ...item,
    fees: fees.map(({ amountFen, ...fee }) => ({ ...fee, amountYuan: fenToYuan(amountFen) })),
    warning: { daysLeft: warning.daysLeft, percentLeft: Math.round(warning.fractionLeft * 1000) / 10 },
  };
}

const trimmed = (value: string | undefined | null) => (value ?? '').trim();
/** An optional text: trimmed, and left out when empty. */
const optional = (value: string | undefined | null) => {
  const text = trimmed(value);
  return text === '' ? undefined : text;
};
const withOptional = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
const whole = (value: number | null | undefined) =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0;

/**
 * The content the form describes, and the problems only the form can have (an amount that is not a
 * sum in yuan). `checkItemContent` then checks the content's meaning.
 */
export function formValuesToContent(values: ItemFormValues): {
  content: ItemContent;
  problems: ContentProblem[];
} {
  const problems: ContentProblem[] = [];
  const immediate = values.handlingKind === 'immediate';
  const fees: Fee[] = (values.fees ?? []).map((fee, i) => {
    const amountFen = yuanToFen(fee.amountYuan);
    if (amountFen === null) {
      problems.push({
        path: `fees[${i}].amountFen`,
        message: `第 ${i + 1} 项收费的金额须为元，最多两位小数`,
      });
    }
    return withOptional({
      name: trimmed(fee.name),
      amountFen: amountFen ?? 0,
      basis: trimmed(fee.basis),
      waivers: optional(fee.waivers),
      notes: optional(fee.notes),
    });
  });
  const content: ItemContent = withOptional({
    name: trimmed(values.name),
    basicCode: trimmed(values.basicCode),
    category: values.category,
    exerciseLevel: values.exerciseLevel,
    legalBasis: (values.legalBasis ?? []).map((basis) =>
      withOptional({
        title: trimmed(basis.title),
        article: trimmed(basis.article),
        text: optional(basis.text),
      }),
    ),
    conditions: (values.conditions ?? []).map(trimmed),
    subjects: values.subjects ?? [],
    materials: (values.materials ?? []).map((material) =>
      withOptional({
        name: trimmed(material.name),
        source: material.source,
        issuedBy: optional(material.issuedBy),
        forms: material.forms ?? [],
        originalCopies: whole(material.originalCopies),
        copyCopies: whole(material.copyCopies),
        required: Boolean(material.required),
        deferrable: Boolean(material.deferrable),
        templateUrl: optional(material.templateUrl),
        sampleUrl: optional(material.sampleUrl),
        notes: optional(material.notes),
      }),
    ),
    fees,
    statutoryLimitDays: whole(values.statutoryLimitDays),
    promisedLimitDays: immediate ? null : (values.promisedLimitDays ?? null),
    handlingKind: values.handlingKind,
    onlineDepth: [...new Set(values.onlineDepth ?? [])].sort((a, b) => a - b),
    visitsRequired: values.visitsRequired,
    visitReason: values.visitsRequired > 0 ? optional(values.visitReason) : undefined,
    channels: values.channels ?? [],
    steps: (values.steps ?? []).map((step) =>
      withOptional({
        name: trimmed(step.name),
        role: step.role,
        limitDays: immediate ? 0 : whole(step.limitDays),
        description: optional(step.description),
      }),
    ),
    result: {
      name: trimmed(values.result?.name),
      kind: values.result?.kind ?? 'license',
      issuesELicense: Boolean(values.result?.issuesELicense),
    },
    delivery: values.delivery ?? [],
    commitmentBased: Boolean(values.commitmentBased),
    location: optional(values.location),
    consultationPhone: trimmed(values.consultationPhone),
    complaintPhone: trimmed(values.complaintPhone),
    responsibilities: (values.responsibilities ?? []).map(trimmed).filter(Boolean),
    faq: (values.faq ?? []).map((entry) => ({
      question: trimmed(entry.question),
      answer: trimmed(entry.answer),
    })),
    themes: values.themes ?? [],
    keywords: (values.keywords ?? []).map(trimmed),
    warning: {
      daysLeft: whole(values.warning?.daysLeft),
      fractionLeft: Math.min(1, Math.max(0, whole(values.warning?.percentLeft) / 100)),
    },
  });
  return { content, problems };
}

/** A new item's starting point: the choices most county items share, and blanks for the rest. */
export function newItemFormValues(departmentId?: string): ItemFormValues {
  return {
    implementationCode: '',
    departmentId,
    hotRank: null,
    name: '',
    basicCode: '',
    category: 'licensing',
    exerciseLevel: 4,
    legalBasis: [{ title: '', article: '' }],
    conditions: [],
    subjects: ['natural_person'],
    materials: [],
    fees: [],
    statutoryLimitDays: 20,
    promisedLimitDays: 5,
    handlingKind: 'promised',
    onlineDepth: [1, 2, 3, 4],
    visitsRequired: 1,
    channels: ['window', 'online'],
    steps: [
      { name: '受理', role: 'clerk', limitDays: 1 },
      { name: '审查', role: 'reviewer', limitDays: 2 },
      { name: '决定', role: 'chief_representative', limitDays: 1 },
    ],
    result: { name: '', kind: 'license', issuesELicense: false },
    delivery: ['window', 'post'],
    commitmentBased: false,
    consultationPhone: '',
    complaintPhone: '',
    responsibilities: [],
    faq: [],
    themes: [],
    keywords: [],
    warning: { daysLeft: 1, percentLeft: 20 },
  };
}
