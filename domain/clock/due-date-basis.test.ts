import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  formatIsoDate,
  NATIONAL_HOLIDAY_YEARS,
  nationalCalendar,
  parseIsoDate,
  workingDaysBetween,
} from '../calendar/index.ts';
import { buildCalendarWithProvisionalYears } from '../calendar/statutory.ts';
import { evaluateCaseClock } from './case-clock.ts';
import { explainDueDate, renderDueDateBasis } from './due-date-basis.ts';
import { explainClock } from './presentation.ts';
import type { CaseClockInput, ClockEvent } from './types.ts';

const national = nationalCalendar();
const withProvisional = buildCalendarWithProvisionalYears({ years: NATIONAL_HOLIDAY_YEARS });
const at = (date: string, time = '10:00') => `${date}T${time}:00+08:00`;

function input(overrides: Partial<CaseClockInput> & Pick<CaseClockInput, 'acceptedAt' | 'limitDays'>) {
  return {
    calendar: withProvisional,
    handlingKind: 'promised' as const,
    events: [],
    now: overrides.acceptedAt,
    ...overrides,
  };
}

describe('explainDueDate', () => {
  it('explains 2025-01-24 + 5 → 2025-02-07 across 春节 2025, with the adjusted working Sunday', () => {
    const basis = explainDueDate(input({ acceptedAt: at('2025-01-24'), limitDays: 5 }));
    expect(basis.dueDate).toBe('2025-02-07');
    expect(basis.countedDays).toBe(5);
    expect(basis.skippedWeekendDays).toEqual(['2025-01-25']); // 01-26 (Sun) is worked
    expect(basis.skippedHolidays.map((h) => h.date)).toEqual([
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
      '2025-02-03',
      '2025-02-04',
    ]);
    expect(new Set(basis.skippedHolidays.map((h) => h.name))).toEqual(new Set(['春节']));
    expect(basis.provisional).toBe(false);
    expect(renderDueDateBasis(basis)).toEqual([
      '受理日期：2025-01-24（星期五，受理当日不计）',
      '办件类型：承诺件',
      '办理时限：5 个工作日',
      '暂停计时：无',
      '计入工作日：5 个（受理次日至办结期限共 5 个工作日）',
      '跳过周末：1 天（2025-01-25）',
      '跳过节假日：8 天（2025-01-28 至 02-04 春节）',
      '办结期限：2025-02-07（星期五）当日结束',
    ]);
  });

  it('explains 2026-04-30 + 5 → 2026-05-11 and 2026-09-18 + 20 → 2026-10-22', () => {
    const mayDay = explainDueDate(input({ acceptedAt: at('2026-04-30'), limitDays: 5 }));
    expect(mayDay.dueDate).toBe('2026-05-11');
    expect(renderDueDateBasis(mayDay)).toContain('跳过节假日：5 天（2026-05-01 至 05-05 劳动节）');
    // 05-09 (Sat) is an adjusted working day; 05-10 (Sun) is skipped.
    expect(mayDay.skippedWeekendDays).toEqual(['2026-05-10']);

    const autumn = explainDueDate(input({ acceptedAt: at('2026-09-18'), limitDays: 20 }));
    expect(autumn.dueDate).toBe('2026-10-22');
    const lines = renderDueDateBasis(autumn);
    expect(lines).toContain('跳过节假日：10 天（2026-09-25 至 09-27 中秋节，2026-10-01 至 10-07 国庆节）');
  });

  it('lists each suspension with its paused working days, and the extension', () => {
    // Suspended Monday 09-21, resumed Wednesday 09-23: Mon and Tue are paused, +2 working days.
    const events: ClockEvent[] = [
      { type: 'suspend', at: at('2026-09-21', '15:00'), reason: 'correction' },
      { type: 'resume', at: at('2026-09-23', '09:00') },
      { type: 'extend', at: at('2026-10-12'), days: 10, approver: '王局长', reason: '需现场核查' },
    ];
    const basis = explainDueDate(
      input({ acceptedAt: at('2026-09-18'), limitDays: 20, events, now: at('2026-10-12', '12:00') }),
    );
    expect(basis.pauses).toEqual([
      {
        suspendedOn: '2026-09-21',
        endedOn: '2026-09-23',
        endedBy: 'resume',
        reason: 'correction',
        pausedDays: 2,
      },
    ]);
    expect(basis.pausedDays).toBe(2);
    expect(basis.totalLimitDays).toBe(30);
    expect(basis.workingDaysInSpan).toBe(32);
    // 10-22 + 2 → 10-26; + 10 → 11-09.
    expect(basis.dueDate).toBe('2026-11-09');
    const lines = renderDueDateBasis(basis);
    expect(lines).toContain('延长期限：10 个工作日（2026-10-12 批准，批准人：王局长，理由：需现场核查）');
    expect(lines).toContain('暂停计时：2026-09-21 至 2026-09-23，补正，不计 2 个工作日');
    expect(lines).toContain('计入工作日：30 个（受理次日至办结期限共 32 个工作日，其中暂停 2 个）');
  });

  it('shows a suspension still open with the days paused so far', () => {
    const events: ClockEvent[] = [{ type: 'suspend', at: at('2026-03-02'), reason: 'expert_review' }];
    const basis = explainDueDate(
      input({ acceptedAt: at('2026-02-26'), limitDays: 10, events, now: at('2026-03-04') }),
    );
    // Mon 03-02 … Wed 03-04 (today) are paused.
    expect(basis.pauses).toEqual([
      {
        suspendedOn: '2026-03-02',
        endedOn: null,
        endedBy: 'still_suspended',
        reason: 'expert_review',
        pausedDays: 3,
      },
    ]);
    expect(renderDueDateBasis(basis)).toContain(
      '暂停计时：2026-03-02 起（仍在暂停），专家评审，不计 3 个工作日',
    );
  });

  it('marks a due date in 2027 provisional and names 元旦 as a provisional holiday', () => {
    const basis = explainDueDate(input({ acceptedAt: at('2026-12-15'), limitDays: 20 }));
    expect(basis.dueDate).toBe('2027-01-13');
    expect(basis.provisional).toBe(true);
    expect(basis.provisionalYears).toEqual([2027]);
    expect(basis.skippedHolidays).toEqual([{ date: '2027-01-01', name: '元旦', isProvisional: true }]);
    expect(basis.clock.explanation).toBe('剩余 20 个工作日（暂定）');
    expect(renderDueDateBasis(basis).slice(-4)).toEqual([
      '跳过周末：8 天（2026-12-19 至 12-20，2026-12-26 至 12-27，2027-01-02 至 01-03，2027-01-09 至 01-10）',
      '跳过节假日：1 天（2027-01-01 元旦（暂定））',
      '暂定：2027年放假安排尚未发布，按法定节假日暂算，发布后自动重算，不含调休',
      '办结期限：2027-01-13（星期三）当日结束（暂定）',
    ]);
  });

  it('explains an immediate case accepted on a Sunday as due the next working day', () => {
    const basis = explainDueDate(
      input({ acceptedAt: at('2026-03-01'), limitDays: 0, handlingKind: 'immediate' }),
    );
    expect(basis.dueDate).toBe('2026-03-02');
    expect(renderDueDateBasis(basis)).toContain('办理时限：当日办结（受理日为休息日，顺延至下一个工作日）');
  });

  it('agrees with evaluateCaseClock and accounts for every day between acceptance and the due date', () => {
    const first = parseIsoDate('2024-01-01');
    const last = parseIsoDate('2026-12-31');
    fc.assert(
      fc.property(
        fc.integer({ min: first, max: last }),
        fc.integer({ min: 0, max: 60 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 10 })), {
          maxLength: 3,
        }),
        (acceptedDay, limitDays, gaps) => {
          const accepted = formatIsoDate(acceptedDay);
          const events: ClockEvent[] = [];
          let cursor = accepted;
          for (const [before, length] of gaps) {
            const suspended = addCalendarDays(cursor, before);
            const resumed = addCalendarDays(suspended, length);
            events.push({ type: 'suspend', at: at(suspended, '11:00'), reason: 'inspection' });
            events.push({ type: 'resume', at: at(resumed, '11:00') });
            cursor = resumed;
          }
          const caseInput = input({
            acceptedAt: at(accepted),
            limitDays,
            events,
            now: at(cursor, '12:00'),
          });
          const basis = explainDueDate(caseInput);
          const clock = evaluateCaseClock(caseInput);
          expect(basis.clock).toEqual(clock);
          expect(basis.dueDate).toBe(clock.dueDate);
          expect(basis.pauses.reduce((sum, p) => sum + p.pausedDays, 0)).toBe(clock.pausedDays);
          const span = parseIsoDate(basis.dueDate) - acceptedDay;
          const workingInSpan = span > 0 ? workingDaysBetween(withProvisional, accepted, basis.dueDate) : 0;
          if (span > 0) expect(workingInSpan).toBe(basis.workingDaysInSpan);
          expect(workingInSpan + basis.skippedWeekendDays.length + basis.skippedHolidays.length).toBe(
            Math.max(span, 0),
          );
          expect(basis.provisional).toBe(basis.dueDate >= '2027-01-01' || clock.provisional);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same due dates with the national calendar wherever no provisional year is needed', () => {
    const onNational = explainDueDate({
      ...input({ acceptedAt: at('2026-09-18'), limitDays: 20 }),
      calendar: national,
    });
    expect(onNational.dueDate).toBe('2026-10-22');
    // Without names the holidays are still holidays, unnamed.
    expect(onNational.skippedHolidays[0]).toEqual({ date: '2026-09-25', name: null, isProvisional: false });
  });
});

describe('explainClock for a provisional due date', () => {
  it('adds 暂定', () => {
    const base = { leftDays: 25, overdueDays: 0, isPastDue: false, pauseReason: null } as const;
    expect(explainClock({ ...base, status: 'normal', provisional: true })).toBe('剩余 25 个工作日（暂定）');
    expect(explainClock({ ...base, status: 'normal', provisional: false })).toBe('剩余 25 个工作日');
  });
});
