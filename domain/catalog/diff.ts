import { FIELD_LABELS } from './check.ts';
import type { ItemContent } from './item-content.ts';

/** One changed element between two revisions, as the history view shows it. */
export interface ContentChange {
  field: keyof ItemContent;
  label: string;
  /** For lists of named things (materials, fees, steps, legal basis): what was added and removed. */
  added?: string[];
  removed?: string[];
  before?: unknown;
  after?: unknown;
}

const NAMED_LISTS: Partial<Record<keyof ItemContent, (entry: never) => string>> = {
  materials: (m: { name: string }) => m.name,
  fees: (f: { name: string }) => f.name,
  steps: (s: { name: string }) => s.name,
  legalBasis: (b: { title: string; article: string }) => `${b.title}${b.article}`,
};

const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );

/** What changed from `before` to `after`, field by field, in the order of `FIELD_LABELS`. */
export function diffItemContent(before: ItemContent, after: ItemContent): ContentChange[] {
  const changes: ContentChange[] = [];
  for (const field of Object.keys(FIELD_LABELS) as (keyof ItemContent)[]) {
    const [a, b] = [before[field], after[field]];
    if (stable(a) === stable(b)) continue;
    const nameOf = NAMED_LISTS[field] as ((entry: unknown) => string) | undefined;
    if (nameOf && Array.isArray(a) && Array.isArray(b)) {
      const [namesBefore, namesAfter] = [a.map(nameOf), b.map(nameOf)];
      changes.push({
        field,
        label: FIELD_LABELS[field],
        added: namesAfter.filter((n) => !namesBefore.includes(n)),
        removed: namesBefore.filter((n) => !namesAfter.includes(n)),
      });
    } else {
      changes.push({ field, label: FIELD_LABELS[field], before: a, after: b });
    }
  }
  return changes;
}
