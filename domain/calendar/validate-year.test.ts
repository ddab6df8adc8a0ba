import { describe, expect, it } from 'vitest';
import { HOLIDAYS_2024, HOLIDAYS_2025, validateHolidayYear, type HolidayYear } from './index.ts';

function codes(year: HolidayYear): string[] {
  return validateHolidayYear(year).map((issue) => issue.code);
}

describe('validateHolidayYear', () => {
  it('accepts 2024 with its 元旦 block reaching back to 2023-12-30', () => {
    expect(validateHolidayYear(HOLIDAYS_2024)).toEqual([]);
  });

  it('rejects a date both off and working', () => {
    const year = { ...HOLIDAYS_2025, workDays: [...HOLIDAYS_2025.workDays, '2025-02-01'] };
    const issue = validateHolidayYear(year).find((i) => i.code === 'DATE_BOTH_OFF_AND_WORK');
    expect(issue).toMatchObject({
      severity: 'error',
      date: '2025-02-01',
      message: '2025-02-01同时被列为放假日和调休上班日',
    });
  });

  it('rejects an adjusted working day that is not a weekend day', () => {
    const year = { ...HOLIDAYS_2025, workDays: ['2025-01-27', ...HOLIDAYS_2025.workDays.slice(1)] };
    expect(codes(year)).toContain('WORK_DAY_NOT_WEEKEND');
  });

  it('rejects dates outside the year, except the last days of the previous December', () => {
    expect(codes({ ...HOLIDAYS_2025, offDays: [...HOLIDAYS_2025.offDays, '2026-01-01'] })).toContain(
      'DATE_OUTSIDE_YEAR',
    );
    expect(codes({ ...HOLIDAYS_2025, offDays: ['2024-12-20', ...HOLIDAYS_2025.offDays] })).toContain(
      'DATE_OUTSIDE_YEAR',
    );
  });

  it('rejects a previous-December off block that does not join 1 January', () => {
    // 2024-12-28/29 is a weekend, not connected to 2025-01-01 (Wednesday).
    const year = { ...HOLIDAYS_2025, offDays: ['2024-12-28', '2024-12-29', ...HOLIDAYS_2025.offDays] };
    expect(codes(year)).toContain('PREVIOUS_YEAR_DATE_NOT_NEW_YEAR');
  });

  it('rejects an off block made only of weekend days', () => {
    const year = { ...HOLIDAYS_2025, offDays: [...HOLIDAYS_2025.offDays, '2025-03-08', '2025-03-09'] };
    const issue = validateHolidayYear(year).find((i) => i.code === 'OFF_BLOCK_ONLY_WEEKEND');
    expect(issue?.message).toBe('放假日2025-03-08至2025-03-09均为周末，假期应包含工作日');
  });

  it('rejects malformed and duplicated dates', () => {
    expect(codes({ ...HOLIDAYS_2025, offDays: [...HOLIDAYS_2025.offDays, '2025-02-30'] })).toContain(
      'DATE_INVALID',
    );
    expect(codes({ ...HOLIDAYS_2025, offDays: [...HOLIDAYS_2025.offDays, '2025-01-01'] })).toContain(
      'DATE_DUPLICATE',
    );
  });

  it('warns (does not reject) when the net days off differ from the statutory count', () => {
    // Drop 10-08: 2025 would then give 12 net days instead of 795号令's 13.
    const year = { ...HOLIDAYS_2025, offDays: HOLIDAYS_2025.offDays.filter((d) => d !== '2025-10-08') };
    expect(validateHolidayYear(year)).toEqual([
      expect.objectContaining({ code: 'NET_DAYS_OFF_MISMATCH', severity: 'warning' }),
    ]);
  });

  it('uses 11 statutory days before 2025: 2024 with 13 net days is flagged', () => {
    const year = { ...HOLIDAYS_2024, offDays: [...HOLIDAYS_2024.offDays, '2024-12-30', '2024-12-31'] };
    expect(codes(year)).toEqual(['NET_DAYS_OFF_MISMATCH']);
  });

  it('requires a complete source and a supported year', () => {
    const noSource = { ...HOLIDAYS_2025, source: { ...HOLIDAYS_2025.source, notice: ' ' } };
    expect(codes(noSource)).toContain('SOURCE_INCOMPLETE');
    expect(codes({ ...HOLIDAYS_2025, year: 1999 })).toEqual(['YEAR_OUT_OF_RANGE']);
  });
});
