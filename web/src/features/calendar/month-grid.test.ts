import { describe, expect, it } from 'vitest';
import { buildMonthGrid, type CalendarMarks } from './month-grid.ts';

const marks: CalendarMarks = {
  offDays: new Set(['2026-02-15', '2026-02-16', '2026-02-23']),
  workDays: new Set(['2026-02-14', '2026-02-28']),
  localDays: new Map([
    ['2026-02-10', 'closure'],
    ['2026-02-08', 'extra_working_day'],
  ]),
};

describe('buildMonthGrid', () => {
  const weeks = buildMonthGrid(2026, 2, marks, '2026-02-16');
  const cells = weeks.flat();
  const cell = (date: string) => cells.find((c) => c?.date === date)!;

  it('starts on Monday and pads to whole weeks', () => {
    // 1 February 2026 is a Sunday: six blanks before it.
    expect(weeks[0]!.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(weeks[0]![6]!.date).toBe('2026-02-01');
    expect(cells.length % 7).toBe(0);
    expect(cells.filter(Boolean)).toHaveLength(28);
  });

  it('marks holidays, adjusted working days, weekends and the local layer', () => {
    expect(cell('2026-02-16')).toMatchObject({ national: 'holiday', isWorking: false, isToday: true });
    expect(cell('2026-02-14')).toMatchObject({ national: 'adjusted_work', isWorking: true });
    expect(cell('2026-02-07')).toMatchObject({ national: 'weekend', isWorking: false });
    expect(cell('2026-02-10')).toMatchObject({ national: 'weekday', local: 'closure', isWorking: false });
    expect(cell('2026-02-08')).toMatchObject({
      national: 'weekend',
      local: 'extra_working_day',
      isWorking: true,
    });
    expect(cell('2026-02-14').description).toBe('2月14日 星期六，调休上班，工作日');
  });
});
