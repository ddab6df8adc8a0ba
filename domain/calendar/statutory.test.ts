import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  addWorkingDays,
  buildCalendar,
  findMissingNextYear,
  HOLIDAYS_2024,
  HOLIDAYS_2025,
  HOLIDAYS_2026,
  isWorkingDay,
  isYearKnown,
  isYearProvisional,
  isoWeekday,
  NATIONAL_HOLIDAY_YEARS,
  parseIsoDate,
  touchesProvisionalYear,
  workingDaysBetween,
  workingDaysInYear,
  type HolidayYear,
} from './index.ts';
import {
  buildCalendarWithProvisionalYears,
  nameNoticeOffDays,
  provisionalHolidayYear,
  provisionalYearsFor,
  statutoryHolidays,
} from './statutory.ts';

const datesOf = (year: number, name?: string) =>
  statutoryHolidays(year)
    .filter((h) => name === undefined || h.name === name)
    .map((h) => h.date);

function expectDomainError(run: () => unknown, code: string): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(code);
    return error as DomainError;
  }
  throw new Error(`expected a DomainError ${code}`);
}

describe('statutoryHolidays (795号令 from 2025)', () => {
  it('lists every statutory day of 2025 and 2026 among the days off of the official notices', () => {
    for (const notice of [HOLIDAYS_2024, HOLIDAYS_2025, HOLIDAYS_2026]) {
      const off = new Set(notice.offDays);
      for (const holiday of statutoryHolidays(notice.year)) expect(off, holiday.date).toContain(holiday.date);
    }
  });

  it('gives the 2025 and 2026 lunar holidays the notices name', () => {
    // 2025 notice: 1月28日（除夕）; 2026 notice: 2月15日（腊月二十八）, so 除夕 is 02-16 (a 29-day 腊月).
    expect(datesOf(2025, '除夕')).toEqual(['2025-01-28']);
    expect(datesOf(2025, '春节')).toEqual(['2025-01-29', '2025-01-30', '2025-01-31']);
    expect(datesOf(2026, '除夕')).toEqual(['2026-02-16']);
    // 2025: 国庆节、中秋节 together (中秋 10-06); 2026: 中秋 09-25, 端午 06-19.
    expect(datesOf(2025, '中秋节')).toEqual(['2025-10-06']);
    expect(datesOf(2026, '中秋节')).toEqual(['2026-09-25']);
    expect(datesOf(2026, '端午节')).toEqual(['2026-06-19']);
  });

  it('computes 2027 from the lunar calendar', () => {
    // 2027 = 2008 + 19 (one Metonic cycle): 2008's 春节 was 02-07, 端午 06-08, 中秋 09-14, each a day
    // earlier than 2027's; 清明 falls on 04-05 in years ≡ 3 (mod 4) this century (2019, 2023).
    expect(statutoryHolidays(2027)).toEqual([
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-02-05', name: '除夕' },
      { date: '2027-02-06', name: '春节' },
      { date: '2027-02-07', name: '春节' },
      { date: '2027-02-08', name: '春节' },
      { date: '2027-04-05', name: '清明节' },
      { date: '2027-05-01', name: '劳动节' },
      { date: '2027-05-02', name: '劳动节' },
      { date: '2027-06-09', name: '端午节' },
      { date: '2027-09-15', name: '中秋节' },
      { date: '2027-10-01', name: '国庆节' },
      { date: '2027-10-02', name: '国庆节' },
      { date: '2027-10-03', name: '国庆节' },
    ]);
  });

  it('uses the older rules before 2025: 11 days, 春节 from 初一 in 2014–2024, with 除夕 in 2008–2013', () => {
    expect(statutoryHolidays(2024)).toHaveLength(11);
    expect(datesOf(2024, '除夕')).toEqual([]);
    expect(datesOf(2024, '春节')).toEqual(['2024-02-10', '2024-02-11', '2024-02-12']);
    expect(datesOf(2024, '劳动节')).toEqual(['2024-05-01']);
    // 2008 notice: 春节 2月6日（除夕）至12日.
    expect(datesOf(2008, '除夕')).toEqual(['2008-02-06']);
    expect(datesOf(2008, '春节')).toEqual(['2008-02-07', '2008-02-08']);
    expect(statutoryHolidays(2008)).toHaveLength(11);
  });

  it('refuses years outside 2008–2100', () => {
    expectDomainError(() => statutoryHolidays(2007), 'INVALID_ARGUMENT');
    expectDomainError(() => statutoryHolidays(2101), 'INVALID_ARGUMENT');
    expectDomainError(() => statutoryHolidays(2027.5), 'INVALID_ARGUMENT');
  });

  // 中秋 falls on 10-01…10-03 in some years (2009, 2020, 2028, 2031, 2039 …): the two holidays share
  // the day. Only a notice gives a day back (2020: 10-01…10-08), so a provisional year does not.
  const coincidesWithNationalDay = (year: number) => {
    const [midAutumn] = datesOf(year, '中秋节');
    return midAutumn! >= `${year}-10-01` && midAutumn! <= `${year}-10-03`;
  };

  it('has 13 days inside the year every year from 2025, in date order, distinct unless 中秋 meets 国庆', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2025, max: 2100 }), (year) => {
        const dates = datesOf(year);
        expect(dates).toHaveLength(13);
        expect(new Set(dates).size).toBe(coincidesWithNationalDay(year) ? 12 : 13);
        expect([...dates].sort()).toEqual(dates);
        for (const date of dates) expect(date.slice(0, 4)).toBe(String(year));
        // 除夕 is the day before 正月初一, which falls between 01-21 and 02-20.
        const [eve] = datesOf(year, '除夕');
        const [first] = datesOf(year, '春节');
        expect(parseIsoDate(first!) - parseIsoDate(eve!)).toBe(1);
        expect(first! >= `${year}-01-21` && first! <= `${year}-02-20`).toBe(true);
        const [qingming] = datesOf(year, '清明节');
        expect(qingming! >= `${year}-04-04` && qingming! <= `${year}-04-06`).toBe(true);
      }),
      { numRuns: 76 },
    );
    expect(coincidesWithNationalDay(2028)).toBe(true);
    expect(datesOf(2028, '中秋节')).toEqual(['2028-10-03']);
  });

  it('has 11 days every year 2008–2024, distinct unless 中秋 meets 国庆 (2009, 2020)', () => {
    for (let year = 2008; year <= 2024; year++) {
      expect(datesOf(year), String(year)).toHaveLength(11);
      expect(new Set(datesOf(year)).size, String(year)).toBe(coincidesWithNationalDay(year) ? 10 : 11);
    }
    expect(datesOf(2020, '中秋节')).toEqual(['2020-10-01']);
  });
});

describe('provisionalHolidayYear', () => {
  it('is the statutory days off with no weekend swaps, marked provisional', () => {
    const year = provisionalHolidayYear(2027);
    expect(year.provisional).toBe(true);
    expect(year.offDays).toEqual(datesOf(2027));
    expect(year.workDays).toEqual([]);
    expect(year.basis).toContain('国务院令第795号');
  });

  it('covers the gaps and the two years after the last notice', () => {
    expect(provisionalYearsFor(NATIONAL_HOLIDAY_YEARS).map((y) => y.year)).toEqual([2027, 2028]);
    expect(provisionalYearsFor([HOLIDAYS_2024, HOLIDAYS_2026], 1).map((y) => y.year)).toEqual([2025, 2027]);
    expect(provisionalYearsFor([])).toEqual([]);
  });
});

describe('a calendar with provisional years', () => {
  const cal = buildCalendarWithProvisionalYears({ years: NATIONAL_HOLIDAY_YEARS });

  it('knows which years are provisional and still warns that 2027 has no notice', () => {
    expect(cal.knownYears).toEqual([2024, 2025, 2026]);
    expect(cal.provisionalYears).toEqual([2027, 2028]);
    expect(isYearProvisional(cal, 2027)).toBe(true);
    expect(isYearProvisional(cal, 2026)).toBe(false);
    expect(isYearKnown(cal, 2027)).toBe(false);
    expect(findMissingNextYear(cal, '2026-11-01')).toBe(2027);
  });

  it('counts into 2027 with 元旦 off and no swaps: 2026-12-15 + 20 is 2027-01-13', () => {
    // Dec 16–18 (3), 21–25 (5), 28–31 (4) = 12; 2027-01-01 (Fri) 元旦 off; Jan 4–8 (5) = 17;
    // Jan 11, 12, 13 = 20.
    expect(addWorkingDays(cal, '2026-12-15', 20)).toBe('2027-01-13');
    expect(isWorkingDay(cal, '2027-01-01')).toBe(false);
  });

  it('lets a statutory holiday on a weekend stay a weekend, and keeps weekend days off', () => {
    // 2027 春节: 02-05 Fri (除夕), 02-06 Sat, 02-07 Sun, 02-08 Mon; the next working day after
    // 02-04 is 02-09. 劳动节 05-01/02 is a Saturday and Sunday: 05-03 (Mon) works.
    expect(isoWeekday(parseIsoDate('2027-02-06'))).toBe(6);
    expect(addWorkingDays(cal, '2027-02-04', 1)).toBe('2027-02-09');
    expect(isWorkingDay(cal, '2027-05-03')).toBe(true);
    expect(isWorkingDay(cal, '2027-05-08')).toBe(false);
    // 365 days: 52 weeks + Friday 2027-12-31 → 261 weekdays; off on weekdays: 01-01, 02-05, 02-08,
    // 04-05, 06-09, 09-15, 10-01 = 7.
    expect(workingDaysInYear(cal, 2027)).toBe(254);
  });

  it('names a day two provisional holidays share once, with both names', () => {
    expect(cal.holidayNames.get(parseIsoDate('2028-10-03'))).toBe('国庆节、中秋节');
    expect(cal.holidayNames.get(parseIsoDate('2027-02-05'))).toBe('除夕');
    expect(cal.holidayNames.get(parseIsoDate('2026-02-20'))).toBe('春节');
  });

  it('tells in O(1) whether a span reaches a provisional year', () => {
    const day = parseIsoDate;
    expect(touchesProvisionalYear(cal, day('2026-12-15'), day('2026-12-31'))).toBe(false);
    expect(touchesProvisionalYear(cal, day('2026-12-15'), day('2027-01-01'))).toBe(true);
    expect(touchesProvisionalYear(cal, day('2027-01-01'), day('2027-01-01'))).toBe(false);
    expect(touchesProvisionalYear(cal, day('2024-01-01'), day('2026-12-31'))).toBe(false);
  });

  it('still refuses to count past the last provisional year', () => {
    expectDomainError(() => addWorkingDays(cal, '2028-12-01', 30), 'CALENDAR_YEAR_UNKNOWN');
    expectDomainError(() => isWorkingDay(cal, '2029-01-02'), 'CALENDAR_YEAR_UNKNOWN');
  });

  it('replaces a provisional year with its notice once the notice is loaded', () => {
    // An invented 2027 schedule (for the test only): 元旦 01-01..03, work 2026-12-... none.
    const notice2027: HolidayYear = {
      year: 2027,
      offDays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-02-04', '2027-02-05', '2027-02-06'],
      workDays: ['2027-01-09'],
      source: { notice: '测试', title: '测试', issuedOn: '2026-11-20', url: 'https://www.gov.cn/' },
    };
    const withNotice = buildCalendar({
      years: [...NATIONAL_HOLIDAY_YEARS, notice2027],
      provisionalYears: [provisionalHolidayYear(2027), provisionalHolidayYear(2028)],
    });
    expect(withNotice.knownYears).toEqual([2024, 2025, 2026, 2027]);
    expect(withNotice.provisionalYears).toEqual([2028]);
    expect(isWorkingDay(withNotice, '2027-01-09')).toBe(true); // a Saturday the notice makes work
    expect(isWorkingDay(withNotice, '2027-02-08')).toBe(true); // provisional 春节 day no longer off
    expect(isWorkingDay(withNotice, '2027-02-04')).toBe(false);
    expect(workingDaysBetween(withNotice, '2026-12-31', '2027-01-08')).toBe(5);
  });

  it('agrees with the notices wherever a notice exists', () => {
    const official = buildCalendar({ years: NATIONAL_HOLIDAY_YEARS });
    fc.assert(
      fc.property(fc.integer({ min: parseIsoDate('2024-01-01'), max: parseIsoDate('2026-12-31') }), (d) => {
        expect(cal.working[d - cal.firstDay]).toBe(official.working[d - official.firstDay]);
      }),
    );
  });
});

describe('nameNoticeOffDays', () => {
  it('names each block of a notice by the statutory holidays inside it', () => {
    const names = new Map(nameNoticeOffDays(HOLIDAYS_2025).map((h) => [h.date, h.name]));
    expect(names.get('2025-01-28')).toBe('春节');
    expect(names.get('2025-02-01')).toBe('春节'); // a Saturday inside the block
    expect(names.get('2025-10-08')).toBe('国庆节、中秋节');
    expect(names.get('2025-06-02')).toBe('端午节');
    const names2024 = new Map(nameNoticeOffDays(HOLIDAYS_2024).map((h) => [h.date, h.name]));
    expect(names2024.get('2023-12-30')).toBe('元旦');
    expect(nameNoticeOffDays(HOLIDAYS_2026)).toHaveLength(HOLIDAYS_2026.offDays.length);
  });
});
