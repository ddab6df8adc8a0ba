import {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  DELIVERY_LABELS,
  EXERCISE_LEVEL_LABELS,
  HANDLING_KIND_LABELS,
  ONLINE_DEPTH_LABELS,
  RESULT_KIND_LABELS,
  SUBJECT_LABELS,
} from '../../../../domain/catalog/labels.ts';

/*
 * A changed content field's before and after values in words, for the revision history
 * (事项名称：A → B, 办理渠道：窗口办理 → 窗口办理、网上办理).
 */

const ENUM_LABELS: Record<string, Record<string | number, string>> = {
  category: CATEGORY_LABELS,
  handlingKind: HANDLING_KIND_LABELS,
  exerciseLevel: EXERCISE_LEVEL_LABELS,
  subjects: SUBJECT_LABELS,
  channels: CHANNEL_LABELS,
  delivery: DELIVERY_LABELS,
  onlineDepth: ONLINE_DEPTH_LABELS,
};

const DAY_FIELDS = new Set(['statutoryLimitDays', 'promisedLimitDays']);

export function describeContentValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') {
    return field === 'promisedLimitDays' ? '即办（不填天数）' : '无';
  }
  const labels = ENUM_LABELS[field];
  if (Array.isArray(value)) {
    if (value.length === 0) return '无';
    if (value.every((entry) => typeof entry === 'string' || typeof entry === 'number')) {
      return value.map((entry) => labels?.[entry as string | number] ?? String(entry)).join('、');
    }
    return `${value.length} 项`;
  }
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') {
    if (labels) return labels[value] ?? String(value);
    if (DAY_FIELDS.has(field)) return `${value} 个工作日`;
    if (field === 'visitsRequired') return `${value} 次`;
    return String(value);
  }
  if (typeof value === 'string') return labels?.[value] ?? value;
  if (field === 'result') {
    const result = value as { name?: string; kind?: string; issuesELicense?: boolean };
    const kind = result.kind ? (RESULT_KIND_LABELS as Record<string, string>)[result.kind] : undefined;
    return `${result.name ?? ''}${kind ? `（${kind}）` : ''}${result.issuesELicense ? '，发放电子证照' : ''}`;
  }
  if (field === 'warning') {
    const warning = value as { daysLeft?: number; fractionLeft?: number };
    return `剩余 ${warning.daysLeft ?? 0} 个工作日或 ${Math.round((warning.fractionLeft ?? 0) * 100)}% 时预警`;
  }
  return JSON.stringify(value);
}

/**
 * For a list of plain values (conditions, keywords, channels …), what was added and removed, in
 * words; null when the values are not such a list.
 */
export function listDelta(
  field: string,
  before: unknown,
  after: unknown,
): { added: string[]; removed: string[] } | null {
  const plain = (value: unknown): value is (string | number)[] =>
    Array.isArray(value) && value.every((entry) => typeof entry === 'string' || typeof entry === 'number');
  if (!plain(before) || !plain(after)) return null;
  const labels = ENUM_LABELS[field];
  const word = (entry: string | number) => labels?.[entry] ?? String(entry);
  return {
    added: after.filter((entry) => !before.includes(entry)).map(word),
    removed: before.filter((entry) => !after.includes(entry)).map(word),
  };
}
