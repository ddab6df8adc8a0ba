import { describe, expect, it } from 'vitest';
import { mergeDates, parseDateList } from './date-list.ts';

describe('parseDateList', () => {
  it('reads ISO dates separated by anything', () => {
    const parsed = parseDateList('2026-01-01, 2026-01-02\n2026/1/3；2026.02.14', 2026);
    expect(parsed.dates).toEqual(['2026-01-01', '2026-01-02', '2026-01-03', '2026-02-14']);
    expect(parsed.invalid).toEqual([]);
    expect(parsed.unrecognized).toEqual([]);
  });

  it('reads Chinese dates and expands ranges, month-days taking the default year', () => {
    const parsed = parseDateList('2月15日（周日）至23日（周一）、10月1日至7日', 2026);
    expect(parsed.dates).toHaveLength(9 + 7);
    expect(parsed.dates[0]).toBe('2026-02-15');
    expect(parsed.dates.at(-1)).toBe('2026-10-07');
    expect(parsed.unrecognized).toEqual([]);
  });

  it('keeps a range across the new year', () => {
    expect(parseDateList('2023-12-30至2024-01-01', 2024).dates).toEqual([
      '2023-12-30',
      '2023-12-31',
      '2024-01-01',
    ]);
  });

  it('reports impossible dates, reversed or huge ranges, and leftover text', () => {
    const parsed = parseDateList('2026-02-30 2026-03-05至2026-03-01 2026-01-01至2026-12-31 放假', 2026);
    expect(parsed.dates).toEqual([]);
    expect(parsed.invalid).toEqual(['2026-02-30', '2026-03-05至2026-03-01', '2026-01-01至2026-12-31']);
    expect(parsed.unrecognized).toEqual(['放假']);
  });

  it('removes duplicates and sorts', () => {
    expect(parseDateList('2026-05-02 2026-05-01 2026-05-02', 2026).dates).toEqual([
      '2026-05-01',
      '2026-05-02',
    ]);
    expect(mergeDates(['2026-05-02'], ['2026-05-01', '2026-05-02'])).toEqual(['2026-05-01', '2026-05-02']);
  });
});
