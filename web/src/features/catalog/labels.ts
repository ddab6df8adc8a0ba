import type { ChangeKind, ItemStatus, RevisionStatus } from './api/catalog-api.ts';

/*
 * Labels of what the catalog API says about items and revisions, and the short phrases citizens
 * read on a result (即办 / 承诺 N 个工作日, 零跑动 / 最多跑一次). The content's own enumerations
 * take their labels from domain/catalog/labels.ts.
 */

export const ITEM_STATUS_LABELS: Record<RevisionStatus, string> = {
  draft: '草稿',
  scheduled: '待生效',
  in_force: '在用',
  superseded: '已失效',
  abolished: '已取消',
  delegated: '已下放',
};

/** Tag colours: draft default, scheduled blue, in force green, superseded gray, abolished red, delegated orange. */
export const ITEM_STATUS_COLORS: Record<RevisionStatus, string> = {
  draft: 'default',
  scheduled: 'blue',
  in_force: 'green',
  superseded: 'gray',
  abolished: 'red',
  delegated: 'orange',
};

/** The admin list's tabs, in the order an item lives through them. */
export const ITEM_STATUS_TABS: readonly ItemStatus[] = [
  'draft',
  'scheduled',
  'in_force',
  'abolished',
  'delegated',
];

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  created: '新增',
  amended: '调整',
  abolished: '取消',
  delegated: '下放',
};

/** “即办” or “承诺 5 个工作日”. */
export function timeLimitText(item: { handlingKind: string; promisedLimitDays: number | null }): string {
  if (item.handlingKind === 'immediate' || item.promisedLimitDays === null) return '即办';
  return `承诺 ${item.promisedLimitDays} 个工作日`;
}

/** 零跑动 / 最多跑一次 / 最多跑两次. */
export function visitsText(visitsRequired: number): string {
  if (visitsRequired <= 0) return '零跑动';
  if (visitsRequired === 1) return '最多跑一次';
  return '最多跑两次';
}

/** 全程网办: the result, down to the e-license, comes back online (网办深度 7). */
export function isFullyOnline(onlineDepth: readonly number[]): boolean {
  return onlineDepth.includes(7);
}

/** The guide's warning about a published change that has not taken effect yet. */
export function upcomingChangeText(changeKind: ChangeKind, effectiveOnText: string): string {
  switch (changeKind) {
    case 'abolished':
      return `本事项将于${effectiveOnText}起取消`;
    case 'delegated':
      return `本事项将于${effectiveOnText}起下放至下级区划办理`;
    case 'amended':
    case 'created':
      return `本事项将于${effectiveOnText}起调整`;
    default: {
      const unknown: never = changeKind;
      return String(unknown);
    }
  }
}
