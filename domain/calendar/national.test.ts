import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addWorkingDays,
  isWorkingDay,
  NATIONAL_HOLIDAY_YEARS,
  nationalCalendar,
  validateHolidayYear,
  workingDaysBetween,
  workingDaysInYear,
} from './index.ts';

const cal = nationalCalendar();

/**
 * Each holiday week written out by hand from the notice text and a wall calendar, independent of
 * national.ts: `w` working day, `o` day off, one letter per day from `from`.
 */
const W = (n: number) => 'w'.repeat(n);
const O = (n: number) => 'o'.repeat(n);

// prettier-ignore
const HOLIDAY_WEEKS: ReadonlyArray<{ name: string; from: string; pattern: string }> = [
  // 2024 — 国办发明电〔2023〕7号
  { name: '2024 元旦 (2024-01-01 Mon; 2023-12-30/31 are in unloaded 2023)', from: '2024-01-01', pattern: O(1) + W(4) + O(2) },
  { name: '2024 春节 02-10…17, 02-04 Sun and 02-18 Sun worked', from: '2024-02-03', pattern: O(1) + W(1) + W(5) + O(8) + W(1) + W(5) + O(2) },
  { name: '2024 清明 04-04…06, 04-07 Sun worked', from: '2024-03-30', pattern: O(2) + W(3) + O(3) + W(1) + W(5) + O(2) },
  { name: '2024 劳动节 05-01…05, 04-28 Sun and 05-11 Sat worked', from: '2024-04-27', pattern: O(1) + W(1) + W(2) + O(5) + W(5) + W(1) + O(1) },
  { name: '2024 端午 06-08…10', from: '2024-06-06', pattern: W(2) + O(3) + W(4) + O(1) },
  { name: '2024 中秋 09-15…17, 09-14 Sat worked', from: '2024-09-12', pattern: W(2) + W(1) + O(3) + W(3) + O(2) },
  { name: '2024 国庆 10-01…07, 09-29 Sun and 10-12 Sat worked', from: '2024-09-28', pattern: O(1) + W(1) + W(1) + O(7) + W(4) + W(1) + O(1) },
  // 2025 — 国办发明电〔2024〕12号
  { name: '2025 元旦 01-01 Wed only', from: '2024-12-28', pattern: O(2) + W(2) + O(1) + W(2) + O(2) },
  { name: '2025 春节 01-28…02-04, 01-26 Sun and 02-08 Sat worked', from: '2025-01-25', pattern: O(1) + W(1) + W(1) + O(8) + W(3) + W(1) + O(1) },
  { name: '2025 清明 04-04…06', from: '2025-04-02', pattern: W(2) + O(3) + W(5) + O(2) },
  { name: '2025 劳动节 05-01…05, 04-27 Sun worked', from: '2025-04-26', pattern: O(1) + W(1) + W(3) + O(5) + W(4) + O(2) },
  { name: '2025 端午 05-31…06-02', from: '2025-05-29', pattern: W(2) + O(3) + W(4) + O(2) },
  { name: '2025 国庆中秋 10-01…08, 09-28 Sun and 10-11 Sat worked', from: '2025-09-27', pattern: O(1) + W(1) + W(2) + O(8) + W(2) + W(1) + O(1) },
  // 2026 — 2025-11-04 notice
  { name: '2026 元旦 01-01…03, 01-04 Sun worked', from: '2025-12-31', pattern: W(1) + O(3) + W(1) + W(5) + O(2) },
  { name: '2026 春节 02-15…23 (9 days), 02-14 Sat and 02-28 Sat worked', from: '2026-02-07', pattern: O(2) + W(5) + W(1) + O(9) + W(4) + W(1) + O(1) },
  { name: '2026 清明 04-04…06', from: '2026-04-02', pattern: W(2) + O(3) + W(4) + O(2) },
  { name: '2026 劳动节 05-01…05, 05-09 Sat worked', from: '2026-04-29', pattern: W(2) + O(5) + W(3) + W(1) + O(1) },
  { name: '2026 端午 06-19…21', from: '2026-06-17', pattern: W(2) + O(3) + W(5) + O(2) },
  { name: '2026 中秋 09-25…27 and 国庆 10-01…07, 09-20 Sun and 10-10 Sat worked', from: '2026-09-19', pattern: O(1) + W(1) + W(4) + O(3) + W(3) + O(7) + W(2) + W(1) + O(1) },
];

describe('national calendar — every holiday week of 2024–2026', () => {
  it.each(HOLIDAY_WEEKS)('$name', ({ from, pattern }) => {
    const actual = [...pattern]
      .map((_, i) => (isWorkingDay(cal, addCalendarDays(from, i)) ? 'w' : 'o'))
      .join('');
    expect(actual).toBe(pattern);
  });
});

describe('national calendar — year totals', () => {
  it.each([
    [2024, 251],
    [2025, 248],
    [2026, 248],
  ])('%i has %i working days', (year, count) => {
    expect(workingDaysInYear(cal, year)).toBe(count);
  });

  it('knows exactly the three shipped years', () => {
    expect(cal.knownYears).toEqual([2024, 2025, 2026]);
  });
});

describe('national calendar — DOMAIN.md test vectors', () => {
  it.each([
    ['2025-01-24', 5, '2025-02-07'],
    ['2025-09-26', 20, '2025-10-30'],
    ['2026-02-13', 10, '2026-03-05'],
    ['2026-04-30', 5, '2026-05-11'],
    ['2026-09-18', 20, '2026-10-22'],
  ] as const)('%s + %i working days → %s', (start, n, due) => {
    expect(addWorkingDays(cal, start, n)).toBe(due);
    expect(workingDaysBetween(cal, start, due)).toBe(n);
  });

  it('counts across the 2024→2025 and 2025→2026 year boundaries', () => {
    // 2024-12-31 (Tue) + 1 skips 元旦 2025-01-01 (Wed).
    expect(addWorkingDays(cal, '2024-12-31', 1)).toBe('2025-01-02');
    // 2025-12-31 (Wed) + 1 skips 01-01…03 and lands on the adjusted Sunday 2026-01-04.
    expect(addWorkingDays(cal, '2025-12-31', 1)).toBe('2026-01-04');
  });
});

describe('national data files', () => {
  it.each(NATIONAL_HOLIDAY_YEARS.map((y) => [y.year, y] as const))(
    '%i passes validation with no issue',
    (_, year) => {
      expect(validateHolidayYear(year)).toEqual([]);
    },
  );

  it('each year names its notice, issue date and gov.cn address', () => {
    expect(NATIONAL_HOLIDAY_YEARS.map((y) => [y.year, y.source.notice, y.source.issuedOn])).toEqual([
      [2024, '国办发明电〔2023〕7号', '2023-10-25'],
      [2025, '国办发明电〔2024〕12号', '2024-11-12'],
      [2026, '国办发明电〔2025〕7号', '2025-11-04'],
    ]);
    for (const year of NATIONAL_HOLIDAY_YEARS) expect(year.source.url).toMatch(/^https:\/\/www\.gov\.cn\//);
  });

  // Scheduling principles stated in the 2025 notice: 春节 8 days (2026: 9, an announced exception),
  // 国庆 7 (8 when joined with 中秋), 劳动节 5, others 3 or a lone Wednesday.
  it('holiday blocks have the lengths the scheduling principles give', () => {
    const blockLengths = (year: number) => {
      const days = NATIONAL_HOLIDAY_YEARS.find((y) => y.year === year)!.offDays;
      const lengths: number[] = [];
      let run = 1;
      for (let i = 1; i <= days.length; i++) {
        if (i < days.length && addCalendarDays(days[i - 1]!, 1) === days[i]) run++;
        else {
          lengths.push(run);
          run = 1;
        }
      }
      return lengths;
    };
    expect(blockLengths(2024)).toEqual([3, 8, 3, 5, 3, 3, 7]);
    expect(blockLengths(2025)).toEqual([1, 8, 3, 5, 3, 8]);
    expect(blockLengths(2026)).toEqual([3, 9, 3, 5, 3, 3, 7]);
  });
});
