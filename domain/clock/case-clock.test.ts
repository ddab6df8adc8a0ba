import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  addCalendarDays,
  addWorkingDays,
  formatIsoDate,
  isWorkingDay,
  nationalCalendar,
  parseIsoDate,
  workingDaysBetween,
} from '../calendar/index.ts';
import {
  correctionNoticeDeadline,
  evaluateCaseClock,
  sliceClockEvents,
  validateClockEvents,
  type CaseClockInput,
  type ClockEvent,
} from './index.ts';

const cal = nationalCalendar();

/** A Beijing wall-clock time on a date, as an instant. */
const at = (date: string, time = '10:00') => `${date}T${time}:00+08:00`;

function clockOf(overrides: Partial<CaseClockInput> & Pick<CaseClockInput, 'now'>) {
  return evaluateCaseClock({
    calendar: cal,
    handlingKind: 'promised',
    limitDays: 10,
    acceptedAt: at('2025-03-03'), // Monday; +10 working days → 2025-03-17
    events: [],
    ...overrides,
  });
}

function expectDomainError(run: () => unknown, code: string): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(code);
    expect((error as DomainError).message).toMatch(/[\u4e00-\u9fff]/);
    return error as DomainError;
  }
  throw new Error(`expected DomainError ${code}`);
}

describe('counting from acceptance', () => {
  const base = { limitDays: 5, acceptedAt: at('2025-01-24') }; // Friday before 春节 2025

  it('on the acceptance day: nothing used, the full limit left, due per the calendar', () => {
    expect(clockOf({ ...base, now: at('2025-01-24', '17:00') })).toEqual({
      status: 'normal',
      acceptedOn: '2025-01-24',
      dueDate: '2025-02-07',
      limitDays: 5,
      extensionDays: 0,
      totalLimitDays: 5,
      pausedDays: 0,
      usedDays: 0,
      leftDays: 5,
      overdueDays: 0,
      isPastDue: false,
      concludedOn: null,
      pauseReason: null,
      provisional: false,
      provisionalYears: [],
      explanation: '剩余 5 个工作日',
    });
  });

  it.each([
    // now, status, used, left, overdue, explanation
    ['2025-01-26', 'normal', 1, 4, 0, '剩余 4 个工作日'], // adjusted working Sunday is day 1
    ['2025-02-01', 'normal', 2, 3, 0, '剩余 3 个工作日'], // inside 春节: nothing more used
    ['2025-02-06', 'warning', 4, 1, 0, '剩余 1 个工作日'],
    ['2025-02-07', 'warning', 5, 0, 0, '今日到期'],
    ['2025-02-08', 'overdue', 6, 0, 1, '已超期 1 个工作日'], // adjusted working Saturday
    ['2025-02-09', 'overdue', 6, 0, 1, '已超期 1 个工作日'],
    ['2025-02-12', 'overdue', 9, 0, 4, '已超期 4 个工作日'],
  ] as const)('at %s: %s, used %i, left %i, overdue %i', (date, status, used, left, overdue, text) => {
    const clock = clockOf({ ...base, now: at(date, '16:00') });
    expect(clock).toMatchObject({
      status,
      usedDays: used,
      leftDays: left,
      overdueDays: overdue,
      explanation: text,
    });
  });

  it('a case due on Friday is overdue on Saturday with 0 working days past', () => {
    const clock = clockOf({ limitDays: 4, now: at('2025-03-08') }); // due Fri 03-07
    expect(clock).toMatchObject({
      status: 'overdue',
      isPastDue: true,
      overdueDays: 0,
      explanation: '已超期',
    });
  });

  it('the warning comes at ≤ 20 % of a 20-day limit (4 days), before the 1-day threshold', () => {
    const limit20 = { limitDays: 20, acceptedAt: at('2025-03-03') }; // due 2025-03-31
    expect(clockOf({ ...limit20, now: at('2025-03-24') }).leftDays).toBe(5);
    expect(clockOf({ ...limit20, now: at('2025-03-24') }).status).toBe('normal');
    expect(clockOf({ ...limit20, now: at('2025-03-25') }).status).toBe('warning');
  });

  it('thresholds are per item', () => {
    const strict = { thresholds: { daysLeft: 3, fractionLeft: 0 }, now: at('2025-03-12') }; // 3 left
    expect(clockOf(strict).status).toBe('warning');
    expect(clockOf({ ...strict, thresholds: { daysLeft: 0, fractionLeft: 0 } }).status).toBe('normal');
  });

  it('maps instants to the local date of the center’s zone', () => {
    // 2025-03-06T16:30Z is Friday 00:30 in Beijing but Thursday in UTC.
    const input = { limitDays: 1, acceptedAt: '2025-03-06T16:30:00Z', now: '2025-03-06T17:00:00.000Z' };
    expect(clockOf(input)).toMatchObject({ acceptedOn: '2025-03-07', dueDate: '2025-03-10' });
    expect(clockOf({ ...input, timeZone: 'UTC' })).toMatchObject({
      acceptedOn: '2025-03-06',
      dueDate: '2025-03-07',
    });
  });
});

describe('suspension (补正 and special procedures)', () => {
  const correction = (from: string, to?: string): ClockEvent[] => [
    { type: 'suspend', at: from, reason: 'correction' },
    ...(to ? [{ type: 'resume' as const, at: to }] : []),
  ];

  it('a suspension resumed the same day costs nothing', () => {
    const clock = clockOf({
      events: correction(at('2025-03-05', '09:00'), at('2025-03-05', '16:00')),
      now: at('2025-03-06'),
    });
    expect(clock).toMatchObject({ pausedDays: 0, dueDate: '2025-03-17', status: 'normal' });
  });

  it('Wed → next Mon: the 3 working days at whose end it was suspended move the due date by 3', () => {
    const events = correction(at('2025-03-05'), at('2025-03-10', '09:00'));
    expect(clockOf({ events, now: at('2025-03-10', '12:00') })).toMatchObject({
      status: 'normal',
      pausedDays: 3,
      dueDate: '2025-03-20',
      usedDays: 2, // 03-04 and today 03-10
      leftDays: 8,
    });
  });

  it('while suspended: status paused, today not used, days left frozen', () => {
    const events = correction(at('2025-03-05'));
    const wednesday = clockOf({ events, now: at('2025-03-05', '15:00') });
    const friday = clockOf({ events, now: at('2025-03-07', '15:00') });
    expect(wednesday).toMatchObject({
      status: 'paused',
      pauseReason: 'correction',
      usedDays: 1,
      leftDays: 9,
    });
    expect(friday).toMatchObject({ status: 'paused', usedDays: 1, leftDays: 9, dueDate: '2025-03-20' });
    expect(friday.explanation).toBe('补正中，暂停计时');
  });

  it('names the special procedure in the explanation', () => {
    const events: ClockEvent[] = [{ type: 'suspend', at: at('2025-03-05'), reason: 'expert_review' }];
    expect(clockOf({ events, now: at('2025-03-06') }).explanation).toBe('专家评审中，暂停计时');
  });

  it('a suspension on the acceptance day does not give back the uncounted acceptance day', () => {
    const events = correction(at('2025-03-03', '11:00'), at('2025-03-05'));
    expect(clockOf({ events, now: at('2025-03-05', '12:00') })).toMatchObject({
      pausedDays: 1,
      dueDate: '2025-03-18',
    });
  });

  it('paused weekend and holiday days are not working days and move nothing', () => {
    // Suspended Friday 2025-01-24 evening, resumed Sunday 01-26 (an adjusted working day) morning.
    const events = correction(at('2025-01-24', '18:00'), at('2025-01-26', '08:00'));
    const clock = clockOf({
      limitDays: 5,
      acceptedAt: at('2025-01-23'),
      events,
      now: at('2025-01-26', '12:00'),
    });
    expect(clock.pausedDays).toBe(1); // only Friday 01-24 ended suspended; Saturday is off
  });

  it('concluding while suspended ends the suspension on the conclusion day', () => {
    const events: ClockEvent[] = [
      ...correction(at('2025-03-05')),
      { type: 'conclude', at: at('2025-03-12') },
    ];
    const clock = clockOf({ events, now: at('2025-03-20') });
    expect(clock).toMatchObject({
      status: 'concluded',
      pausedDays: 5,
      dueDate: '2025-03-24',
      concludedOn: '2025-03-12',
    });
  });

  it('an overdue case that is suspended stays overdue by the days that ran before the suspension', () => {
    // Due 03-17; 03-18 ran overdue; suspended during 03-19, which therefore does not count.
    const events = correction(at('2025-03-19'));
    const clock = clockOf({ events, now: at('2025-03-21') });
    expect(clock).toMatchObject({ status: 'paused', isPastDue: true, overdueDays: 1 });
    expect(clock.explanation).toBe('补正中，暂停计时（已超期 1 个工作日）');
    expect(clockOf({ events, now: at('2025-03-25') }).overdueDays).toBe(1);
  });
});

describe('extension and conclusion', () => {
  const extend = (days: number, when = at('2025-03-12')): Extract<ClockEvent, { type: 'extend' }> => ({
    type: 'extend',
    at: when,
    days,
    approver: '王局长',
    reason: '需实地核查',
  });

  it('an extension adds exactly its working days to the due date and the limit', () => {
    expect(clockOf({ events: [extend(10)], now: at('2025-03-13') })).toMatchObject({
      dueDate: '2025-03-31',
      extensionDays: 10,
      totalLimitDays: 20,
      leftDays: 12,
      usedDays: 8,
    });
  });

  it('only once per case, within 10 days (15 for joint handling), with approver and reason', () => {
    expectDomainError(
      () => clockOf({ events: [extend(5), extend(5, at('2025-03-13'))], now: at('2025-03-14') }),
      'CLOCK_EXTENSION_ALREADY_USED',
    );
    expectDomainError(
      () => clockOf({ events: [extend(11)], now: at('2025-03-14') }),
      'CLOCK_EXTENSION_INVALID',
    );
    expect(
      clockOf({ handlingKind: 'joint', limitDays: 45, events: [extend(15)], now: at('2025-03-14') })
        .extensionDays,
    ).toBe(15);
    expectDomainError(
      () => clockOf({ events: [{ ...extend(5), approver: ' ' }], now: at('2025-03-14') }),
      'CLOCK_EXTENSION_INVALID',
    );
    expectDomainError(
      () => clockOf({ events: [extend(0)], now: at('2025-03-14') }),
      'CLOCK_EXTENSION_INVALID',
    );
  });

  it.each([
    ['2025-03-13', '已办结，提前 2 个工作日', false],
    ['2025-03-17', '已办结，按期完成', false],
    ['2025-03-19', '已办结，超期 2 个工作日', true],
  ] as const)('concluded on %s: %s', (date, text, isLate) => {
    const clock = clockOf({ events: [{ type: 'conclude', at: at(date) }], now: at('2025-04-30') });
    expect(clock).toMatchObject({
      status: 'concluded',
      concludedOn: date,
      explanation: text,
      isPastDue: isLate,
    });
  });

  it('events after now are not applied yet (replay as of an instant)', () => {
    const events: ClockEvent[] = [{ type: 'conclude', at: at('2025-03-13') }];
    expect(clockOf({ events, now: at('2025-03-12') }).status).toBe('normal');
    expect(clockOf({ events, now: at('2025-03-13', '11:00') }).status).toBe('concluded');
  });
});

describe('immediate cases', () => {
  const immediate = { handlingKind: 'immediate' as const, limitDays: 0 };

  it('are due the same working day', () => {
    const clock = clockOf({ ...immediate, now: at('2025-03-03', '15:00') });
    expect(clock).toMatchObject({
      dueDate: '2025-03-03',
      status: 'warning',
      explanation: '今日到期',
      totalLimitDays: 0,
    });
    expect(clockOf({ ...immediate, now: at('2025-03-04') })).toMatchObject({
      status: 'overdue',
      overdueDays: 1,
    });
  });

  it('accepted on a day off, they are due on the next working day', () => {
    const clock = clockOf({ ...immediate, acceptedAt: at('2025-03-08'), now: at('2025-03-08', '11:00') });
    expect(clock).toMatchObject({ dueDate: '2025-03-10', totalLimitDays: 1, leftDays: 1, usedDays: 0 });
  });

  it('refuse a non-zero limit', () => {
    expectDomainError(
      () => clockOf({ handlingKind: 'immediate', limitDays: 3, now: at('2025-03-03') }),
      'CLOCK_INVALID_LIMIT',
    );
    expectDomainError(() => clockOf({ limitDays: -1, now: at('2025-03-03') }), 'CLOCK_INVALID_LIMIT');
  });
});

describe('event sequence validation', () => {
  const now = at('2025-03-20');
  it.each([
    ['resume without suspension', [{ type: 'resume', at: at('2025-03-04') }], 'CLOCK_NOT_PAUSED'],
    [
      'suspension while suspended',
      [
        { type: 'suspend', at: at('2025-03-04'), reason: 'correction' },
        { type: 'suspend', at: at('2025-03-05'), reason: 'hearing' },
      ],
      'CLOCK_ALREADY_PAUSED',
    ],
    [
      'an event after conclusion',
      [
        { type: 'conclude', at: at('2025-03-04') },
        { type: 'suspend', at: at('2025-03-05'), reason: 'correction' },
      ],
      'CLOCK_ALREADY_CONCLUDED',
    ],
    [
      'events out of order',
      [
        { type: 'suspend', at: at('2025-03-06'), reason: 'correction' },
        { type: 'resume', at: at('2025-03-05') },
      ],
      'CLOCK_EVENTS_OUT_OF_ORDER',
    ],
    [
      'an event before acceptance',
      [{ type: 'suspend', at: at('2025-03-02'), reason: 'correction' }],
      'CLOCK_EVENT_BEFORE_ACCEPTANCE',
    ],
    [
      'a timestamp without a zone',
      [{ type: 'suspend', at: '2025-03-04T10:00:00', reason: 'correction' }],
      'INVALID_INSTANT',
    ],
  ] as Array<[string, ClockEvent[], string]>)('rejects %s', (_, events, code) => {
    expectDomainError(() => clockOf({ events, now }), code);
    expectDomainError(
      () => validateClockEvents({ handlingKind: 'promised', acceptedAt: at('2025-03-03'), events }),
      code,
    );
  });

  it('validates events after now too (they are recorded facts)', () => {
    const events: ClockEvent[] = [{ type: 'resume', at: at('2025-03-25') }];
    expectDomainError(() => clockOf({ events, now: at('2025-03-04') }), 'CLOCK_NOT_PAUSED');
  });

  it('rejects now before acceptance, an unknown zone, and a count into an unloaded year', () => {
    expectDomainError(() => clockOf({ now: at('2025-03-02') }), 'CLOCK_NOW_BEFORE_ACCEPTANCE');
    expectDomainError(
      () => clockOf({ now: at('2025-03-04'), timeZone: 'Asia/Nowhere' }),
      'INVALID_TIME_ZONE',
    );
    expectDomainError(
      () => clockOf({ acceptedAt: at('2026-12-20'), limitDays: 20, now: at('2026-12-21') }),
      'CALENDAR_YEAR_UNKNOWN',
    );
  });

  it('accepts a valid sequence', () => {
    const events: ClockEvent[] = [
      { type: 'suspend', at: at('2025-03-04'), reason: 'inspection' },
      { type: 'resume', at: at('2025-03-06') },
      { type: 'extend', at: at('2025-03-07'), days: 10, approver: '李主任', reason: '检测周期长' },
      { type: 'suspend', at: at('2025-03-10'), reason: 'public_notice' },
      { type: 'resume', at: at('2025-03-17') },
      { type: 'conclude', at: at('2025-03-18') },
    ];
    expect(() =>
      validateClockEvents({ handlingKind: 'promised', acceptedAt: at('2025-03-03'), events }),
    ).not.toThrow();
  });
});

describe('nested clocks', () => {
  // A case accepted Mon 2025-03-03 (20 working days); the 审查 stage runs 03-05 → 03-12 with its own
  // limit of 3 working days; a correction suspends the case 03-06 → 03-10.
  const caseEvents: ClockEvent[] = [
    { type: 'suspend', at: at('2025-03-06'), reason: 'correction' },
    { type: 'resume', at: at('2025-03-10', '09:00') },
  ];
  const stageStart = at('2025-03-05');
  const stageEnd = at('2025-03-12', '15:00');

  it('a stage clock runs inside the case with the case’s suspensions', () => {
    const stage = evaluateCaseClock({
      calendar: cal,
      handlingKind: 'promised',
      limitDays: 3,
      acceptedAt: stageStart,
      events: [
        ...sliceClockEvents(caseEvents, { from: stageStart, to: stageEnd }),
        { type: 'conclude', at: stageEnd },
      ],
      now: at('2025-03-14'),
    });
    // 3 working days after 03-05, moved by the 2 paused days (03-06, 03-07) → 03-12.
    expect(stage).toMatchObject({
      status: 'concluded',
      pausedDays: 2,
      dueDate: '2025-03-12',
      explanation: '已办结，按期完成',
    });
    const whole = clockOf({ limitDays: 20, events: caseEvents, now: at('2025-03-14') });
    expect(whole.pausedDays).toBe(2);
  });

  it('a suspension open when a stage starts is carried into the stage', () => {
    const sliced = sliceClockEvents(caseEvents, { from: at('2025-03-07') });
    expect(sliced).toEqual([
      { type: 'suspend', at: at('2025-03-07'), reason: 'correction' },
      { type: 'resume', at: at('2025-03-10', '09:00') },
    ]);
  });

  it('branch clocks of a parallel approval each keep their own limit', () => {
    const branch = (conclusion: string | null) =>
      evaluateCaseClock({
        calendar: cal,
        handlingKind: 'joint',
        limitDays: 5,
        acceptedAt: stageStart,
        events: conclusion ? [{ type: 'conclude', at: conclusion }] : [],
        now: at('2025-03-14'),
      });
    expect(branch(at('2025-03-10')).explanation).toBe('已办结，提前 2 个工作日');
    expect(branch(null)).toMatchObject({ status: 'overdue', dueDate: '2025-03-12', overdueDays: 2 });
  });

  it('a project clock across stages pauses for exactly the sum of the stages’ suspensions', () => {
    const projectEvents: ClockEvent[] = [
      { type: 'suspend', at: at('2025-03-11'), reason: 'expert_review' },
      { type: 'resume', at: at('2025-03-14') },
      { type: 'suspend', at: at('2025-04-02'), reason: 'public_notice' },
      { type: 'resume', at: at('2025-04-09') },
    ];
    const stages = [
      [at('2025-03-03'), at('2025-03-21')],
      [at('2025-03-24'), at('2025-04-18')],
    ] as const;
    const stageClocks = stages.map(([from, to]) =>
      evaluateCaseClock({
        calendar: cal,
        handlingKind: 'promised',
        limitDays: 15,
        acceptedAt: from,
        events: [...sliceClockEvents(projectEvents, { from, to }), { type: 'conclude', at: to }],
        now: at('2025-04-30'),
      }),
    );
    const project = evaluateCaseClock({
      calendar: cal,
      handlingKind: 'promised',
      limitDays: 120,
      acceptedAt: at('2025-03-03'),
      events: projectEvents,
      now: at('2025-04-30'),
    });
    // 03-11…13 = 3; 04-02, 04-03, (04-04 清明), 04-07, 04-08 = 4.
    expect(stageClocks.map((c) => c.pausedDays)).toEqual([3, 4]);
    expect(project.pausedDays).toBe(7);
  });
});

describe('correctionNoticeDeadline (许可法 §32)', () => {
  it('is 5 working days after receipt', () => {
    expect(correctionNoticeDeadline(cal, '2025-09-26')).toBe('2025-10-10');
  });
});

// ---- Properties ----

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const firstDay = parseIsoDate('2024-01-02');
const lastDay = parseIsoDate('2026-05-31');

/** A case accepted at a random Beijing time, with one random suspension and a random now. */
const scenario = fc.record({
  acceptedDay: fc.integer({ min: firstDay, max: lastDay }),
  acceptedHour: fc.integer({ min: 0, max: 23 }),
  limitDays: fc.integer({ min: 0, max: 30 }),
  suspendAfterHours: fc.integer({ min: 0, max: 20 * 24 }),
  suspendForHours: fc.integer({ min: 0, max: 15 * 24 }),
  nowAfterHours: fc.integer({ min: 0, max: 70 * 24 }),
  extension: fc.integer({ min: 1, max: 10 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function instants(s: Scenario) {
  // Beijing is UTC+8 all year, so local hour h of a day is UTC h − 8.
  const acceptedMs = s.acceptedDay * DAY_MS + (s.acceptedHour - 8) * HOUR_MS;
  const suspendMs = acceptedMs + s.suspendAfterHours * HOUR_MS;
  const resumeMs = suspendMs + s.suspendForHours * HOUR_MS;
  const nowMs = Math.max(resumeMs, acceptedMs + s.nowAfterHours * HOUR_MS);
  const iso = (ms: number) => new Date(ms).toISOString();
  const localDate = (ms: number) => formatIsoDate(Math.floor((ms + 8 * HOUR_MS) / DAY_MS));
  return {
    acceptedAt: iso(acceptedMs),
    acceptedOn: localDate(acceptedMs),
    suspendAt: iso(suspendMs),
    suspendedOn: localDate(suspendMs),
    resumeAt: iso(resumeMs),
    resumedOn: localDate(resumeMs),
    now: iso(nowMs),
    today: localDate(nowMs),
  };
}

/** Working days d with max(suspendedOn, acceptedOn + 1) ≤ d < resumedOn, counted one by one. */
function naivePausedDays(acceptedOn: string, suspendedOn: string, resumedOn: string): number {
  let count = 0;
  let d = suspendedOn > acceptedOn ? suspendedOn : addCalendarDays(acceptedOn, 1);
  for (; d < resumedOn; d = addCalendarDays(d, 1)) if (isWorkingDay(cal, d)) count++;
  return count;
}

describe('clock properties', () => {
  it('paused time never counts: the due date moves by exactly the paused working days', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const t = instants(s);
        const input = {
          calendar: cal,
          handlingKind: 'promised' as const,
          limitDays: s.limitDays,
          acceptedAt: t.acceptedAt,
          now: t.now,
        };
        const plain = evaluateCaseClock({ ...input, events: [] });
        const paused = evaluateCaseClock({
          ...input,
          events: [
            { type: 'suspend', at: t.suspendAt, reason: 'hearing' },
            { type: 'resume', at: t.resumeAt },
          ],
        });
        const expected = naivePausedDays(t.acceptedOn, t.suspendedOn, t.resumedOn);
        expect(paused.pausedDays).toBe(expected);
        expect(paused.dueDate).toBe(addWorkingDays(cal, plain.dueDate, expected));
        expect(workingDaysBetween(cal, plain.dueDate, paused.dueDate)).toBe(expected);
        if (t.suspendedOn === t.resumedOn) expect(paused.dueDate).toBe(plain.dueDate);
      }),
      { numRuns: 300 },
    );
  });

  it('an extension adds exactly its days', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const t = instants(s);
        const input = {
          calendar: cal,
          handlingKind: 'promised' as const,
          limitDays: s.limitDays,
          acceptedAt: t.acceptedAt,
          now: t.now,
        };
        const plain = evaluateCaseClock({ ...input, events: [] });
        const extended = evaluateCaseClock({
          ...input,
          events: [{ type: 'extend', at: t.suspendAt, days: s.extension, approver: '局长', reason: '复杂' }],
        });
        expect(extended.dueDate).toBe(addWorkingDays(cal, plain.dueDate, s.extension));
        expect(extended.totalLimitDays).toBe(plain.totalLimitDays + s.extension);
      }),
      { numRuns: 200 },
    );
  });

  it('due ≥ acceptance; used − overdue + left = limit (+ extension); running and in time ⇒ used + left = limit', () => {
    fc.assert(
      fc.property(scenario, fc.boolean(), fc.boolean(), (s, isResumed, isConcluded) => {
        const t = instants(s);
        const events: ClockEvent[] = [{ type: 'suspend', at: t.suspendAt, reason: 'correction' }];
        if (isResumed) events.push({ type: 'resume', at: t.resumeAt });
        if (isConcluded) events.push({ type: 'conclude', at: t.now });
        const clock = evaluateCaseClock({
          calendar: cal,
          handlingKind: 'promised',
          limitDays: s.limitDays,
          acceptedAt: t.acceptedAt,
          events,
          now: t.now,
        });
        expect(clock.dueDate >= clock.acceptedOn).toBe(true);
        expect(clock.usedDays).toBeGreaterThanOrEqual(0);
        expect(clock.usedDays - clock.overdueDays + clock.leftDays).toBe(clock.totalLimitDays);
        if (!clock.isPastDue) expect(clock.usedDays + clock.leftDays).toBe(clock.totalLimitDays);
        expect(clock.isPastDue).toBe((clock.concludedOn ?? t.today) > clock.dueDate);
      }),
      { numRuns: 300 },
    );
  });
});
