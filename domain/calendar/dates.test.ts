import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatIsoDate,
  isIsoDate,
  isoWeekday,
  parseIsoDate,
  partsFromEpochDay,
  tryParseIsoDate,
} from './dates.ts';

describe('ISO dates ↔ epoch days', () => {
  it('anchors: 1970-01-01 is day 0, 2000-03-01 is 11017, 2025-01-24 is 20112', () => {
    expect(parseIsoDate('1970-01-01')).toBe(0);
    expect(parseIsoDate('2000-03-01')).toBe(11017);
    expect(parseIsoDate('2025-01-24')).toBe(20112);
    expect(formatIsoDate(-1)).toBe('1969-12-31');
  });

  it('agrees with Date.UTC on every day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(formatIsoDate(day)).toBe(iso);
        expect(parseIsoDate(iso)).toBe(day);
      }),
    );
  });

  it('weekday: 2025-01-24 is a Friday, 2026-02-15 a Sunday', () => {
    expect(isoWeekday(parseIsoDate('2025-01-24'))).toBe(5);
    expect(isoWeekday(parseIsoDate('2026-02-15'))).toBe(7);
    expect(isoWeekday(parseIsoDate('1969-12-29'))).toBe(1);
  });

  it('rejects what is not a real YYYY-MM-DD date', () => {
    for (const bad of [
      '2025-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-04-31',
      '2024-4-01',
      '20240401',
      ' 2024-04-01',
      '2024-04-01T00:00:00Z',
      '',
    ]) {
      expect(Number.isNaN(tryParseIsoDate(bad))).toBe(true);
      expect(isIsoDate(bad)).toBe(false);
    }
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(partsFromEpochDay(parseIsoDate('2024-02-29'))).toEqual({ year: 2024, month: 2, day: 29 });
  });
});
