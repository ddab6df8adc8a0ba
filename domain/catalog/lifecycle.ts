import type { IsoDate } from '../calendar/index.ts';
import { decide, refusalsIn, type Refusal, type TransitionTable } from '../machine.ts';

/*
 * The life of a service item (动态调整): a first draft, published with an effective date; amended by a
 * new draft published in its turn; abolished (取消) or delegated (下放) by a closing revision. Each
 * published revision is in force from its effective date until the next one's. The server, the
 * `actions` in its responses and the admin's date pickers all read these rules.
 */

/** What can happen to an item next, from its revisions (not from today's date). */
export const ITEM_LIFECYCLE_STATES = [
  /** Only a first draft: never published. */
  'unpublished',
  /** Published (in force or scheduled), no draft. */
  'published',
  /** Published, with a draft of the next revision. */
  'amending',
  /** The latest published revision abolishes or delegates it: nothing more to do. */
  'closed',
] as const;
export type ItemLifecycleState = (typeof ITEM_LIFECYCLE_STATES)[number];

export const ITEM_EVENTS = ['save_draft', 'publish', 'discard_draft', 'abolish', 'delegate'] as const;
export type ItemEvent = (typeof ITEM_EVENTS)[number];

export type ItemRefusalCode =
  | 'ITEM_CLOSED'
  | 'ITEM_NO_DRAFT'
  | 'ITEM_HAS_DRAFT'
  | 'ITEM_NOT_PUBLISHED'
  | 'ITEM_EFFECTIVE_DATE_INVALID'
  | 'ITEM_REASON_REQUIRED';
export type ItemRefusal = Refusal<ItemRefusalCode>;

const CLOSED: ItemRefusal = { code: 'ITEM_CLOSED', message: '该事项已取消或已下放，不能再调整' };
const NO_DRAFT: ItemRefusal = { code: 'ITEM_NO_DRAFT', message: '该事项没有待发布的草稿' };
const ONLY_DRAFT: ItemRefusal = {
  code: 'ITEM_NO_DRAFT',
  message: '从未发布的事项不能放弃唯一的草稿；如不再需要，请勿发布',
};
const HAS_DRAFT: ItemRefusal = {
  code: 'ITEM_HAS_DRAFT',
  message: '该事项有未发布的草稿，请先发布或放弃草稿',
};
const NOT_PUBLISHED: ItemRefusal = {
  code: 'ITEM_NOT_PUBLISHED',
  message: '事项尚未发布，无需取消或下放；草稿不发布即可',
};

export const ITEM_TRANSITIONS: TransitionTable<ItemLifecycleState, ItemEvent, ItemRefusalCode> = {
  unpublished: {
    save_draft: 'unpublished',
    publish: 'published',
    discard_draft: ONLY_DRAFT,
    abolish: NOT_PUBLISHED,
    delegate: NOT_PUBLISHED,
  },
  published: {
    save_draft: 'amending',
    publish: NO_DRAFT,
    discard_draft: NO_DRAFT,
    abolish: 'closed',
    delegate: 'closed',
  },
  amending: {
    save_draft: 'amending',
    publish: 'published',
    discard_draft: 'published',
    abolish: HAS_DRAFT,
    delegate: HAS_DRAFT,
  },
  closed: {
    save_draft: CLOSED,
    publish: CLOSED,
    discard_draft: CLOSED,
    abolish: CLOSED,
    delegate: CLOSED,
  },
};

export const decideItemEvent = (state: ItemLifecycleState, event: ItemEvent) =>
  decide(ITEM_TRANSITIONS, state, event);

export const itemRefusals = (state: ItemLifecycleState) => refusalsIn(ITEM_TRANSITIONS, state);

/** The fields of a revision the rules read. */
export interface RevisionFacts {
  state: 'draft' | 'published';
  changeKind: 'created' | 'amended' | 'abolished' | 'delegated';
  effectiveOn: IsoDate | null;
  effectiveUntil: IsoDate | null;
}

export const isClosingRevision = (revision: Pick<RevisionFacts, 'changeKind'> | undefined) =>
  revision?.changeKind === 'abolished' || revision?.changeKind === 'delegated';

/** The item's state from its revisions, newest first. */
export function itemLifecycleState(revisions: readonly RevisionFacts[]): ItemLifecycleState {
  const latest = revisions.find((revision) => revision.state === 'published');
  if (!latest) return 'unpublished';
  if (isClosingRevision(latest)) return 'closed';
  return revisions.some((revision) => revision.state === 'draft') ? 'amending' : 'published';
}

/** How a revision stands on a day. */
export type RevisionStatus = 'draft' | 'scheduled' | 'in_force' | 'superseded' | 'abolished' | 'delegated';
/** How an item stands on a day: its in-force revision's status, else scheduled, else draft. */
export type ItemStatus = Exclude<RevisionStatus, 'superseded'>;
export const ITEM_STATUSES = ['draft', 'scheduled', 'in_force', 'abolished', 'delegated'] as const;

export function revisionStatus(revision: RevisionFacts, today: IsoDate): RevisionStatus {
  if (revision.state === 'draft') return 'draft';
  if (revision.effectiveOn! > today) return 'scheduled';
  if (revision.effectiveUntil !== null && revision.effectiveUntil <= today) return 'superseded';
  if (revision.changeKind === 'abolished') return 'abolished';
  if (revision.changeKind === 'delegated') return 'delegated';
  return 'in_force';
}

export function itemStatus(revisions: readonly RevisionFacts[], today: IsoDate): ItemStatus {
  const statuses = revisions.map((revision) => revisionStatus(revision, today));
  const current = statuses.find(
    (status) => status !== 'draft' && status !== 'scheduled' && status !== 'superseded',
  );
  if (current) return current as ItemStatus;
  return statuses.includes('scheduled') ? 'scheduled' : 'draft';
}

/**
 * The first day a change may take effect. A first publication may take any date (the catalog records
 * items that have long been in force); a change to a published item takes effect today or later, and
 * not before the change before it. Null means any day.
 */
export function earliestEffectiveDate(revisions: readonly RevisionFacts[], today: IsoDate): IsoDate | null {
  const latest = revisions.find((revision) => revision.state === 'published');
  if (!latest) return null;
  return latest.effectiveOn! > today ? latest.effectiveOn! : today;
}

/**
 * The guards of publish, abolish and delegate beyond the table: the effective date, and the reason a
 * change to a published item must carry. Null when the change may go ahead.
 */
export function changeRefusal(
  revisions: readonly RevisionFacts[],
  event: ItemEvent,
  input: { effectiveOn: IsoDate; reason: string | null | undefined; today: IsoDate },
): ItemRefusal | null {
  const table = decideItemEvent(itemLifecycleState(revisions), event);
  if (!table.ok) return table.refusal;
  const latest = revisions.find((revision) => revision.state === 'published');
  if (latest) {
    if (input.effectiveOn < input.today) {
      return {
        code: 'ITEM_EFFECTIVE_DATE_INVALID',
        message: `生效日期 ${input.effectiveOn} 早于今天（${input.today}），已发布事项的调整只能在今天或以后生效`,
      };
    }
    if (input.effectiveOn < latest.effectiveOn!) {
      return {
        code: 'ITEM_EFFECTIVE_DATE_INVALID',
        message: `生效日期不能早于上一版本的生效日期（${latest.effectiveOn}）`,
      };
    }
  }
  const needsReason = event === 'abolish' || event === 'delegate' || (event === 'publish' && latest);
  if (needsReason && !input.reason?.trim()) {
    return {
      code: 'ITEM_REASON_REQUIRED',
      message: event === 'publish' ? '调整已发布的事项须填写调整原因' : '取消或下放事项须填写原因',
    };
  }
  return null;
}
