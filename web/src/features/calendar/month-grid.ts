import type { LocalDayKind } from './api/calendar-api.ts';

/** What the national schedule says of a day. */
export type NationalDayKind = 'holiday' | 'adjusted_work' | 'weekend' | 'weekday';

export interface CalendarMarks {
  offDays: ReadonlySet<string>;
  workDays: ReadonlySet<string>;
  localDays: ReadonlyMap<string, LocalDayKind>;
}

export interface DayCell {
  date: string;
  day: number;
  national: NationalDayKind;
  local: LocalDayKind | null;
  isWorking: boolean;
  isToday: boolean;
  /** A Chinese sentence for the tooltip and screen readers. */
  description: string;
}

const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六'] as const;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function nationalDayKind(date: string, weekday: number, marks: CalendarMarks): NationalDayKind {
  if (marks.offDays.has(date)) return 'holiday';
  if (marks.workDays.has(date)) return 'adjusted_work';
  return weekday === 0 || weekday === 6 ? 'weekend' : 'weekday';
}

function describe(cell: Omit<DayCell, 'description'>, month: number, weekday: number): string {
  const parts = [`${month}月${cell.day}日 星期${WEEKDAY_NAMES[weekday]}`];
  if (cell.national === 'holiday') parts.push('法定节假日放假');
  if (cell.national === 'adjusted_work') parts.push('调休上班');
  if (cell.local === 'closure') parts.push('本地停止办公');
  if (cell.local === 'extra_working_day') parts.push('本地增加工作日');
  parts.push(cell.isWorking ? '工作日' : '休息日');
  return parts.join('，');
}

/**
 * One month as weeks of seven cells, Monday first as Chinese calendars print it; `null` pads the
 * first and last week.
 */
export function buildMonthGrid(
  year: number,
  month: number,
  marks: CalendarMarks,
  today: string,
): (DayCell | null)[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const dayCount = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const leading = (first.getUTCDay() + 6) % 7;
  const cells: (DayCell | null)[] = Array.from({ length: leading }, () => null);
  for (let day = 1; day <= dayCount; day += 1) {
    const date = `${year}-${pad(month)}-${pad(day)}`;
    const weekday = (first.getUTCDay() + day - 1) % 7;
    const national = nationalDayKind(date, weekday, marks);
    const local = marks.localDays.get(date) ?? null;
    const nationallyWorking = national === 'weekday' || national === 'adjusted_work';
    const isWorking = local === 'closure' ? false : local === 'extra_working_day' ? true : nationallyWorking;
    const cell = { date, day, national, local, isWorking, isToday: date === today };
    cells.push({ ...cell, description: describe(cell, month, weekday) });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (DayCell | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
