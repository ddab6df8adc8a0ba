import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  addCalendarDays,
  addWorkingDays,
  buildCalendar,
  findMissingNextYear,
  formatIsoDate,
  HOLIDAYS_2024,
  HOLIDAYS_2025,
  HOLIDAYS_2026,
  isWeekend,
  isWorkingDay,
  nationalCalendar,
  nextWorkingDay,
  parseIsoDate,
  workingDaysBetween,
  type HolidayYear,
} from './index.ts';

const cal = nationalCalendar();

function expectDomainError(run: () => unknown, code: string, message?: string | RegExp): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const domainError = error as DomainError;
    expect(domainError.code).toBe(code);
    if (message !== undefined) expect(domainError.message).toMatch(message);
    return domainError;
  }
  throw new Error(`expected a DomainError ${code}`);
}

describe('addWorkingDays / nextWorkingDay conventions', () => {
  it('does not count the start day: Friday + 1 is Monday', () => {
    expect(addWorkingDays(cal, '2025-03-07', 1)).toBe('2025-03-10');
    expect(nextWorkingDay(cal, '2025-03-07')).toBe('2025-03-10');
  });

  it('n = 0 returns the start when it is a working day, else the next working day', () => {
    expect(addWorkingDays(cal, '2025-03-07', 0)).toBe('2025-03-07');
    expect(addWorkingDays(cal, '2025-03-08', 0)).toBe('2025-03-10');
    // An adjusted working Sunday is a working day.
    expect(addWorkingDays(cal, '2025-01-26', 0)).toBe('2025-01-26');
  });

  it('nextWorkingDay is strictly after, even from a working day', () => {
    expect(nextWorkingDay(cal, '2025-01-27')).toBe('2025-02-05');
  });

  it('starting inside a holiday counts from the first working day after it', () => {
    expect(addWorkingDays(cal, '2025-10-03', 1)).toBe('2025-10-09');
  });

  it('workingDaysBetween is signed and zero for equal dates', () => {
    expect(workingDaysBetween(cal, '2025-02-07', '2025-01-24')).toBe(-5);
    expect(workingDaysBetween(cal, '2025-02-07', '2025-02-07')).toBe(0);
    // Saturday → Sunday of a normal weekend: nothing in between.
    expect(workingDaysBetween(cal, '2025-03-08', '2025-03-09')).toBe(0);
  });

  it('rejects a negative or fractional n', () => {
    expectDomainError(() => addWorkingDays(cal, '2025-03-07', -1), 'INVALID_ARGUMENT');
    expectDomainError(() => addWorkingDays(cal, '2025-03-07', 1.5), 'INVALID_ARGUMENT');
  });

  it('rejects malformed dates with INVALID_DATE and a Chinese message', () => {
    expectDomainError(() => isWorkingDay(cal, '2025-02-29'), 'INVALID_DATE', /日期格式不正确/);
    expectDomainError(() => isWorkingDay(cal, '2025/03/01'), 'INVALID_DATE');
    expectDomainError(() => addWorkingDays(cal, '2025-3-1', 1), 'INVALID_DATE');
  });
});

describe('unknown years', () => {
  it('counting into 2027 throws CALENDAR_YEAR_UNKNOWN with the year', () => {
    const error = expectDomainError(
      () => addWorkingDays(cal, '2026-12-20', 20),
      'CALENDAR_YEAR_UNKNOWN',
      '2027年的节假日安排尚未发布或未导入，无法计算工作日',
    );
    expect(error.details).toEqual({ year: 2027 });
  });

  it('the last loaded working day is still reachable', () => {
    expect(addWorkingDays(cal, '2026-12-30', 1)).toBe('2026-12-31');
  });

  it('a date in 2023 is unknown although the 2024 notice lists 2023-12-30 as off', () => {
    expectDomainError(() => isWorkingDay(cal, '2023-12-30'), 'CALENDAR_YEAR_UNKNOWN', /2023年/);
    expectDomainError(
      () => workingDaysBetween(cal, '2023-12-01', '2024-01-05'),
      'CALENDAR_YEAR_UNKNOWN',
      /2023年/,
    );
  });

  it('the day before the first loaded year may be the exclusive start of a count', () => {
    expect(addWorkingDays(cal, '2023-12-31', 1)).toBe('2024-01-02');
    expect(workingDaysBetween(cal, '2023-12-31', '2024-01-05')).toBe(4);
    // …but n = 0 asks whether 2023-12-31 itself is a working day, which is unknown.
    expectDomainError(() => addWorkingDays(cal, '2023-12-31', 0), 'CALENDAR_YEAR_UNKNOWN', /2023年/);
  });

  it('never guesses a gap year: 2024 and 2026 loaded without 2025', () => {
    const gapped = buildCalendar({ years: [HOLIDAYS_2024, HOLIDAYS_2026] });
    expect(isWorkingDay(gapped, '2024-12-31')).toBe(true);
    expect(isWorkingDay(gapped, '2026-01-05')).toBe(true);
    expectDomainError(() => isWorkingDay(gapped, '2025-03-03'), 'CALENDAR_YEAR_UNKNOWN', /2025年/);
    expectDomainError(() => addWorkingDays(gapped, '2024-12-30', 5), 'CALENDAR_YEAR_UNKNOWN', /2025年/);
    expectDomainError(
      () => workingDaysBetween(gapped, '2024-12-30', '2026-01-05'),
      'CALENDAR_YEAR_UNKNOWN',
      /2025年/,
    );
    expect(addWorkingDays(gapped, '2025-12-31', 1)).toBe('2026-01-04');
  });

  it('findMissingNextYear warns from 1 November only', () => {
    expect(findMissingNextYear(cal, '2026-10-31')).toBeNull();
    expect(findMissingNextYear(cal, '2026-11-01')).toBe(2027);
    expect(findMissingNextYear(cal, '2025-12-15')).toBeNull();
  });
});

describe('buildCalendar', () => {
  it('refuses an empty or duplicated set of years', () => {
    expectDomainError(() => buildCalendar({ years: [] }), 'CALENDAR_INVALID');
    expectDomainError(
      () => buildCalendar({ years: [HOLIDAYS_2025, HOLIDAYS_2025] }),
      'CALENDAR_INVALID',
      /重复/,
    );
  });

  it('refuses a year that fails validation, naming the problem', () => {
    const broken: HolidayYear = { ...HOLIDAYS_2025, workDays: [...HOLIDAYS_2025.workDays, '2025-03-05'] };
    expectDomainError(
      () => buildCalendar({ years: [broken] }),
      'CALENDAR_INVALID',
      /调休上班日2025-03-05不是周六或周日/,
    );
  });

  it('refuses two notices that disagree about a day', () => {
    // Invented: a 2025 notice that would make 2024-12-28 (Sat) a working day while 2024 lists it off.
    const year2024: HolidayYear = { ...HOLIDAYS_2024, offDays: [...HOLIDAYS_2024.offDays] };
    const year2025: HolidayYear = { ...HOLIDAYS_2025, workDays: [...HOLIDAYS_2025.workDays, '2024-12-28'] };
    year2024.offDays = [...year2024.offDays, '2024-12-28', '2024-12-29', '2024-12-30'];
    expectDomainError(() => buildCalendar({ years: [year2024, year2025] }), 'CALENDAR_INVALID', /互相矛盾/);
  });

  it('a previous-December off day applies when that year is loaded too', () => {
    // Invented 2023 row (plain weekends) so that 2023-12-30 becomes a known day.
    const year2023: HolidayYear = {
      year: 2023,
      source: { notice: 'test', title: 'test', issuedOn: '2022-12-08', url: 'https://www.gov.cn/test' },
      offDays: [],
      workDays: [],
    };
    const both = buildCalendar({ years: [year2023, HOLIDAYS_2024] });
    expect(isWorkingDay(both, '2023-12-29')).toBe(true);
    expect(isWorkingDay(both, '2023-12-30')).toBe(false);
    expect(addWorkingDays(both, '2023-12-29', 1)).toBe('2024-01-02');
  });
});

describe('local layer', () => {
  // A typhoon closure on a Tuesday and a local make-up Saturday.
  const local = buildCalendar({
    years: [HOLIDAYS_2025],
    local: { closures: ['2025-07-22'], extraWorkingDays: ['2025-07-26'] },
  });

  it('closes and opens the given days', () => {
    expect(isWorkingDay(cal, '2025-07-22')).toBe(true);
    expect(isWorkingDay(local, '2025-07-22')).toBe(false);
    expect(isWorkingDay(local, '2025-07-26')).toBe(true);
    expect(addWorkingDays(local, '2025-07-21', 1)).toBe('2025-07-23');
  });

  it('can close a national adjusted working day', () => {
    const closed = buildCalendar({
      years: [HOLIDAYS_2025],
      local: { closures: ['2025-02-08'], extraWorkingDays: [] },
    });
    expect(isWorkingDay(closed, '2025-02-08')).toBe(false);
  });

  it('rejects a day listed as both closure and extra working day, and malformed dates', () => {
    expectDomainError(
      () =>
        buildCalendar({
          years: [HOLIDAYS_2025],
          local: { closures: ['2025-07-26'], extraWorkingDays: ['2025-07-26'] },
        }),
      'CALENDAR_INVALID',
    );
    expectDomainError(
      () =>
        buildCalendar({ years: [HOLIDAYS_2025], local: { closures: ['2025-7-26'], extraWorkingDays: [] } }),
      'CALENDAR_INVALID',
    );
  });

  it('ignores local dates in years that are not loaded', () => {
    const withFuture = buildCalendar({
      years: [HOLIDAYS_2025],
      local: { closures: ['2027-03-03'], extraWorkingDays: ['2027-03-06'] },
    });
    expectDomainError(() => isWorkingDay(withFuture, '2027-03-06'), 'CALENDAR_YEAR_UNKNOWN');
  });
});

// ---- Properties over the whole loaded range ----

const FIRST = parseIsoDate('2024-01-01');
const LAST = parseIsoDate('2026-12-31');
/** Start dates from which ≤ 90 working days (plus a 30-day shift) stay inside 2024–2026. */
const startDate = fc.integer({ min: FIRST - 1, max: LAST - 200 }).map(formatIsoDate);
const count = fc.integer({ min: 0, max: 60 });

describe('calendar properties', () => {
  it('addWorkingDays lands on a working day after the start (or on it for n = 0)', () => {
    fc.assert(
      fc.property(startDate, count, (start, n) => {
        fc.pre(n > 0 || start >= '2024-01-01'); // n = 0 must know the start day itself
        const due = addWorkingDays(cal, start, n);
        expect(isWorkingDay(cal, due)).toBe(true);
        if (n > 0) expect(due > start).toBe(true);
        else expect(due >= start).toBe(true);
      }),
    );
  });

  it('workingDaysBetween(d, addWorkingDays(d, n)) === n for n ≥ 1', () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 1, max: 60 }), (start, n) => {
        expect(workingDaysBetween(cal, start, addWorkingDays(cal, start, n))).toBe(n);
      }),
    );
  });

  it('is strictly monotonic in n and monotonic in the start date', () => {
    fc.assert(
      fc.property(
        startDate,
        count,
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        (start, n, later, more) => {
          fc.pre(n > 0 || start >= '2024-01-01');
          const due = addWorkingDays(cal, start, n);
          const dueLater = addWorkingDays(cal, start, n + more);
          // From a day off, 0 and 1 working days both end on the next working day (the n = 0 rule).
          if (n === 0 && more === 1 && !isWorkingDay(cal, start)) expect(dueLater).toBe(due);
          else expect(dueLater > due).toBe(true);
          expect(addWorkingDays(cal, addCalendarDays(start, later), n) >= due).toBe(true);
        },
      ),
    );
  });

  it('nextWorkingDay is a working day with no working day in between', () => {
    fc.assert(
      fc.property(startDate, (date) => {
        const next = nextWorkingDay(cal, date);
        expect(isWorkingDay(cal, next)).toBe(true);
        for (let d = addCalendarDays(date, 1); d < next; d = addCalendarDays(d, 1)) {
          expect(isWorkingDay(cal, d)).toBe(false);
        }
      }),
    );
  });

  it('workingDaysBetween matches a day-by-day count and is additive', () => {
    fc.assert(
      fc.property(
        startDate,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        (a, gap1, gap2) => {
          const b = addCalendarDays(a, gap1);
          const c = addCalendarDays(b, gap2);
          let naive = 0;
          for (let d = addCalendarDays(a, 1); d <= b; d = addCalendarDays(d, 1))
            if (isWorkingDay(cal, d)) naive++;
          expect(workingDaysBetween(cal, a, b)).toBe(naive);
          expect(workingDaysBetween(cal, a, c)).toBe(
            workingDaysBetween(cal, a, b) + workingDaysBetween(cal, b, c),
          );
        },
      ),
    );
  });

  it('a plain weekday that no notice lists is working, a plain weekend day is not', () => {
    const listed = new Set(
      [HOLIDAYS_2024, HOLIDAYS_2025, HOLIDAYS_2026].flatMap((y) => [...y.offDays, ...y.workDays]),
    );
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), (day) => {
        const date = formatIsoDate(day);
        fc.pre(!listed.has(date));
        expect(isWorkingDay(cal, date)).toBe(!isWeekend(day));
      }),
    );
  });

  it('local closures never make a day working; extra working days never make one off', () => {
    const day2025 = fc
      .integer({ min: parseIsoDate('2025-01-01'), max: parseIsoDate('2025-12-31') })
      .map(formatIsoDate);
    fc.assert(
      fc.property(
        fc.uniqueArray(day2025, { maxLength: 20 }),
        fc.uniqueArray(day2025, { maxLength: 20 }),
        (closures, extras) => {
          const extraWorkingDays = extras.filter((d) => !closures.includes(d));
          const local = buildCalendar({ years: [HOLIDAYS_2025], local: { closures, extraWorkingDays } });
          for (let d = '2025-01-01'; d <= '2025-12-31'; d = addCalendarDays(d, 1)) {
            const national = isWorkingDay(cal, d);
            const layered = isWorkingDay(local, d);
            if (closures.includes(d)) expect(layered).toBe(false);
            else if (extraWorkingDays.includes(d)) expect(layered).toBe(true);
            else expect(layered).toBe(national);
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
