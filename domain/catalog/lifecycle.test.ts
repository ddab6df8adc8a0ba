import { describe, expect, it } from 'vitest';
import {
  changeRefusal,
  decideItemEvent,
  earliestEffectiveDate,
  ITEM_EVENTS,
  ITEM_LIFECYCLE_STATES,
  itemLifecycleState,
  itemRefusals,
  itemStatus,
  type ItemEvent,
  type ItemLifecycleState,
  type RevisionFacts,
} from './lifecycle.ts';

// Written out by hand from the rules of 动态调整, independently of the table in lifecycle.ts.
const EXPECTED: Record<ItemLifecycleState, Record<ItemEvent, string>> = {
  unpublished: {
    save_draft: '→ unpublished',
    publish: '→ published',
    discard_draft: 'ITEM_NO_DRAFT',
    abolish: 'ITEM_NOT_PUBLISHED',
    delegate: 'ITEM_NOT_PUBLISHED',
  },
  published: {
    save_draft: '→ amending',
    publish: 'ITEM_NO_DRAFT',
    discard_draft: 'ITEM_NO_DRAFT',
    abolish: '→ closed',
    delegate: '→ closed',
  },
  amending: {
    save_draft: '→ amending',
    publish: '→ published',
    discard_draft: '→ published',
    abolish: 'ITEM_HAS_DRAFT',
    delegate: 'ITEM_HAS_DRAFT',
  },
  closed: {
    save_draft: 'ITEM_CLOSED',
    publish: 'ITEM_CLOSED',
    discard_draft: 'ITEM_CLOSED',
    abolish: 'ITEM_CLOSED',
    delegate: 'ITEM_CLOSED',
  },
};

const cells = ITEM_LIFECYCLE_STATES.flatMap((state) =>
  ITEM_EVENTS.map((event) => ({ state, event, expected: EXPECTED[state][event] })),
);

describe('the item lifecycle table', () => {
  it.each(cells.filter((cell) => cell.expected.startsWith('→')))(
    'allows $event when $state ($expected)',
    ({ state, event, expected }) => {
      expect(decideItemEvent(state, event)).toEqual({ ok: true, to: expected.slice(2) });
      expect(itemRefusals(state)[event]).toBeNull();
    },
  );

  it.each(cells.filter((cell) => !cell.expected.startsWith('→')))(
    'refuses $event when $state with $expected and a Chinese reason',
    ({ state, event, expected }) => {
      const decision = decideItemEvent(state, event);
      expect(decision.ok).toBe(false);
      if (decision.ok) return;
      expect(decision.refusal.code).toBe(expected);
      expect(decision.refusal.message).toMatch(/[\u4e00-\u9fff]/);
      expect(itemRefusals(state)[event]).toEqual(decision.refusal);
    },
  );
});

const draft = (changeKind: RevisionFacts['changeKind'] = 'amended'): RevisionFacts => ({
  state: 'draft',
  changeKind,
  effectiveOn: null,
  effectiveUntil: null,
});
const published = (
  changeKind: RevisionFacts['changeKind'],
  effectiveOn: string,
  effectiveUntil: string | null = null,
): RevisionFacts => ({ state: 'published', changeKind, effectiveOn, effectiveUntil });

describe('the state an item is in, from its revisions (newest first)', () => {
  it('reads each state', () => {
    expect(itemLifecycleState([draft('created')])).toBe('unpublished');
    expect(itemLifecycleState([published('created', '2026-01-01')])).toBe('published');
    expect(itemLifecycleState([draft(), published('created', '2026-01-01')])).toBe('amending');
    expect(
      itemLifecycleState([
        published('abolished', '2027-01-01'),
        published('created', '2026-01-01', '2027-01-01'),
      ]),
    ).toBe('closed');
    expect(itemLifecycleState([published('delegated', '2026-06-01')])).toBe('closed');
  });

  it('calls an item scheduled until its first effective date, then in force, then abolished', () => {
    const revisions = [
      published('abolished', '2026-12-01'),
      published('created', '2026-11-25', '2026-12-01'),
    ];
    expect(itemStatus(revisions, '2026-11-24')).toBe('scheduled');
    expect(itemStatus(revisions, '2026-11-25')).toBe('in_force');
    expect(itemStatus(revisions, '2026-12-01')).toBe('abolished');
    expect(itemStatus([draft('created')], '2026-12-01')).toBe('draft');
  });
});

describe('the effective date of a change', () => {
  const today = '2026-11-23';

  it('lets a first publication take any day, and a later change only today or after the last change', () => {
    expect(earliestEffectiveDate([draft('created')], today)).toBeNull();
    expect(earliestEffectiveDate([draft(), published('created', '2020-01-01')], today)).toBe(today);
    expect(earliestEffectiveDate([draft(), published('created', '2026-12-10')], today)).toBe('2026-12-10');
  });

  it('refuses a day before the earliest, and a change to a published item without a reason', () => {
    const amending = [draft(), published('created', '2026-12-10')];
    expect(
      changeRefusal(amending, 'publish', { effectiveOn: '2026-11-22', reason: '调整', today })?.code,
    ).toBe('ITEM_EFFECTIVE_DATE_INVALID');
    expect(
      changeRefusal(amending, 'publish', { effectiveOn: '2026-12-09', reason: '调整', today })?.code,
    ).toBe('ITEM_EFFECTIVE_DATE_INVALID');
    expect(changeRefusal(amending, 'publish', { effectiveOn: '2026-12-10', reason: ' ', today })?.code).toBe(
      'ITEM_REASON_REQUIRED',
    );
    expect(
      changeRefusal(amending, 'publish', { effectiveOn: '2026-12-10', reason: '调整', today }),
    ).toBeNull();
    expect(
      changeRefusal([draft('created')], 'publish', { effectiveOn: '2019-05-01', reason: null, today }),
    ).toBeNull();
  });

  it('puts the table first: a closed item is refused as closed whatever the date', () => {
    const closed = [published('abolished', '2026-11-01')];
    expect(changeRefusal(closed, 'abolish', { effectiveOn: '2000-01-01', reason: '', today })?.code).toBe(
      'ITEM_CLOSED',
    );
  });
});
