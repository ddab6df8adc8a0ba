import { DomainError } from '../errors.ts';
import {
  firstDayOfYear,
  formatIsoDate,
  isWeekend,
  lastDayOfYear,
  parseIsoDate,
  tryParseIsoDate,
  yearOfEpochDay,
  type EpochDay,
  type IsoDate,
} from './dates.ts';
import type { CalendarInput, HolidayNoticeSource, HolidayYear, ProvisionalHolidayYear } from './types.ts';
import { MAX_SUPPORTED_YEAR, MIN_SUPPORTED_YEAR, validateHolidayYear } from './validate-year.ts';

/**
 * A working-day calendar, built once from data and then read-only. Every query is O(1): the
 * calendar covers the days from 1 January of the first loaded year to 31 December of the last,
 * with these indexes (offset = epoch day − firstDay):
 *  - `working[offset]`: 1 for a working day;
 *  - `workingBefore[offset]`: number of working days at offsets < offset (length + 1 entries);
 *  - `workingDays`: epoch days of all working days, ascending, so the k-th working day is a lookup;
 *  - `knownUntil[offset]`: the last epoch day of the run of loaded years containing the day, or −1
 *    if the day's year is not loaded (years may have gaps: 2024 and 2026 without 2025);
 *    provisional years count as loaded here;
 *  - `nextProvisionalDay[offset]`: the first day on or after the day that lies in a provisional
 *    year (NO_PROVISIONAL_DAY if none), so "does (a, b] touch a provisional year" is one read.
 * Treat the fields as internal; use the functions below.
 */
export interface WorkingCalendar {
  /** Years with a State Council notice, ascending. */
  readonly knownYears: readonly number[];
  /** Years counted from the statutory holidays alone (暂定), ascending; none of them has a notice. */
  readonly provisionalYears: readonly number[];
  readonly provisionalYearSet: ReadonlySet<number>;
  /** The regulation each provisional year was computed from. */
  readonly provisionalBasis: ReadonlyMap<number, string>;
  readonly sources: ReadonlyMap<number, HolidayNoticeSource>;
  readonly firstDay: EpochDay;
  readonly lastDay: EpochDay;
  readonly working: Uint8Array;
  readonly workingBefore: Int32Array;
  readonly workingDays: Int32Array;
  readonly knownUntil: Int32Array;
  readonly nextProvisionalDay: Int32Array;
  /** Holiday names by epoch day (statutory holidays, notice blocks), for explanations. */
  readonly holidayNames: ReadonlyMap<EpochDay, string>;
  /** The local layer's closures that fall in covered years. */
  readonly localClosures: ReadonlySet<EpochDay>;
  /** ISO strings of every covered day, so formatting a result is an array read. */
  readonly isoDates: readonly IsoDate[];
}

function yearUnknown(year: number): DomainError {
  return new DomainError('CALENDAR_YEAR_UNKNOWN', `${year}年的节假日安排尚未发布或未导入，无法计算工作日`, {
    year,
  });
}

/** Sentinel of `nextProvisionalDay`: no provisional day from here on. */
const NO_PROVISIONAL_DAY = 0x7fffffff;

function invalidCalendar(message: string, details?: Record<string, unknown>): DomainError {
  return new DomainError('CALENDAR_INVALID', message, details);
}

/** A provisional year is generated, not typed in: check only what the indexes rely on. */
function checkProvisionalYear(entry: ProvisionalHolidayYear): void {
  const { year } = entry;
  if (!Number.isInteger(year) || year < MIN_SUPPORTED_YEAR || year > MAX_SUPPORTED_YEAR) {
    throw invalidCalendar(`暂定年份${String(year)}无效`, { year });
  }
  if (entry.workDays.length > 0) {
    throw invalidCalendar(`${year}年为暂定安排，不能包含调休上班日`, { year });
  }
  for (const date of entry.offDays) {
    const day = tryParseIsoDate(date);
    if (Number.isNaN(day) || day < firstDayOfYear(year) || day > lastDayOfYear(year)) {
      throw invalidCalendar(`${year}年暂定安排的日期${String(date)}无效或不在该年内`, { year, date });
    }
  }
}

/**
 * Builds the calendar from national years (as stored, one row per year), optional provisional
 * years (for years with no notice; a provisional year that has a notice is dropped) and an
 * optional local layer. Throws `CALENDAR_INVALID` when a year fails `validateHolidayYear` with an
 * error, when a year is given twice, or when dates contradict each other.
 */
export function buildCalendar(input: CalendarInput): WorkingCalendar {
  const years = [...input.years].sort((a, b) => a.year - b.year);
  if (years.length === 0) throw invalidCalendar('至少需要导入一年的节假日安排');
  const sources = new Map<number, HolidayNoticeSource>();
  for (const entry of years) {
    if (sources.has(entry.year))
      throw invalidCalendar(`${entry.year}年的节假日安排重复导入`, { year: entry.year });
    const errors = validateHolidayYear(entry).filter((issue) => issue.severity === 'error');
    if (errors.length > 0) {
      throw invalidCalendar(`${entry.year}年节假日安排有误：${errors.map((e) => e.message).join('；')}`, {
        year: entry.year,
        issues: errors,
      });
    }
    sources.set(entry.year, entry.source);
  }

  const knownYears = years.map((y) => y.year);
  const provisional: ProvisionalHolidayYear[] = [];
  for (const entry of input.provisionalYears ?? []) {
    if (sources.has(entry.year)) continue; // the notice replaces it
    if (provisional.some((p) => p.year === entry.year))
      throw invalidCalendar(`${entry.year}年的暂定安排重复`, { year: entry.year });
    checkProvisionalYear(entry);
    provisional.push(entry);
  }
  provisional.sort((a, b) => a.year - b.year);
  const provisionalYears = provisional.map((p) => p.year);
  const coveredYears = [...knownYears, ...provisionalYears].sort((a, b) => a - b);
  const firstYear = coveredYears[0]!;
  const lastYear = coveredYears[coveredYears.length - 1]!;
  const firstDay = firstDayOfYear(firstYear);
  const lastDay = lastDayOfYear(lastYear);
  const length = lastDay - firstDay + 1;

  const working = new Uint8Array(length);
  for (let i = 0; i < length; i++) working[i] = isWeekend(firstDay + i) ? 0 : 1;

  // National overrides. A date may be listed by two notices (the 2024 notice lists 2023-12-30);
  // they must agree.
  const decidedBy = new Map<EpochDay, { isWorking: boolean; year: number }>();
  const applyNational = (entry: HolidayYear, dates: readonly IsoDate[], isWorking: boolean) => {
    for (const date of dates) {
      const day = parseIsoDate(date);
      const earlier = decidedBy.get(day);
      if (earlier && earlier.isWorking !== isWorking) {
        throw invalidCalendar(`${date}在${earlier.year}年和${entry.year}年的安排中互相矛盾`, { date });
      }
      decidedBy.set(day, { isWorking, year: entry.year });
      if (day >= firstDay && day <= lastDay) working[day - firstDay] = isWorking ? 1 : 0;
    }
  };
  // Provisional days first, so that a notice reaching into a provisional year's December wins.
  for (const entry of provisional) {
    for (const date of entry.offDays) working[parseIsoDate(date) - firstDay] = 0;
  }
  for (const entry of years) {
    applyNational(entry, entry.offDays, false);
    applyNational(entry, entry.workDays, true);
  }

  const localClosures = new Set<EpochDay>();
  if (input.local) {
    const closures = new Set<EpochDay>();
    for (const date of input.local.closures) {
      const day = tryParseIsoDate(date);
      if (Number.isNaN(day)) throw invalidCalendar(`本地停止办公日期格式不正确：${String(date)}`, { date });
      closures.add(day);
    }
    for (const date of input.local.extraWorkingDays) {
      const day = tryParseIsoDate(date);
      if (Number.isNaN(day)) throw invalidCalendar(`本地补充工作日日期格式不正确：${String(date)}`, { date });
      if (closures.has(day)) throw invalidCalendar(`${date}同时被列为本地停止办公日和补充工作日`, { date });
      if (day >= firstDay && day <= lastDay) working[day - firstDay] = 1;
    }
    for (const day of closures) {
      if (day >= firstDay && day <= lastDay) working[day - firstDay] = 0;
    }
  }

  const knownSet = new Set(coveredYears);
  const provisionalYearSet = new Set(provisionalYears);
  const knownUntil = new Int32Array(length).fill(-1);
  // Walk backwards so each known day learns where its run of loaded years ends.
  let runEnd = -1;
  for (let year = lastYear; year >= firstYear; year--) {
    const start = firstDayOfYear(year) - firstDay;
    const end = lastDayOfYear(year) - firstDay;
    if (!knownSet.has(year)) {
      runEnd = -1;
      continue;
    }
    if (runEnd === -1) runEnd = end + firstDay;
    knownUntil.fill(runEnd, start, end + 1);
  }
  // Days of unknown years count as non-working so that the prefix counts never include a guess.
  for (let i = 0; i < length; i++) if (knownUntil[i] === -1) working[i] = 0;

  const nextProvisionalDay = new Int32Array(length + 1);
  nextProvisionalDay[length] = NO_PROVISIONAL_DAY;
  for (let i = length - 1, year = lastYear, yearStart = firstDayOfYear(lastYear) - firstDay; i >= 0; i--) {
    while (i < yearStart) yearStart = firstDayOfYear(--year) - firstDay;
    nextProvisionalDay[i] = provisionalYearSet.has(year) ? firstDay + i : nextProvisionalDay[i + 1]!;
  }

  const holidayNames = new Map<EpochDay, string>();
  for (const named of input.holidayNames ?? []) {
    const day = tryParseIsoDate(named.date);
    if (Number.isNaN(day)) throw invalidCalendar(`节假日名称的日期格式不正确：${String(named.date)}`);
    holidayNames.set(day, named.name);
  }
  for (const entry of provisional) {
    for (const holiday of entry.holidays) {
      const day = parseIsoDate(holiday.date);
      // Two holidays on one day (中秋 on 10/1, as in 2020) keep both names.
      const earlier = holidayNames.get(day);
      holidayNames.set(
        day,
        earlier && earlier !== holiday.name ? `${earlier}、${holiday.name}` : holiday.name,
      );
    }
  }
  for (const day of input.local ? input.local.closures.map(parseIsoDate) : []) {
    if (day >= firstDay && day <= lastDay && knownUntil[day - firstDay] !== -1) localClosures.add(day);
  }

  const workingBefore = new Int32Array(length + 1);
  let count = 0;
  for (let i = 0; i < length; i++) {
    workingBefore[i] = count;
    count += working[i]!;
  }
  workingBefore[length] = count;
  const workingDays = new Int32Array(count);
  for (let i = 0, k = 0; i < length; i++) if (working[i] === 1) workingDays[k++] = firstDay + i;

  const isoDates: IsoDate[] = new Array<IsoDate>(length);
  for (let i = 0; i < length; i++) isoDates[i] = formatIsoDate(firstDay + i);

  return {
    knownYears,
    provisionalYears,
    provisionalYearSet,
    provisionalBasis: new Map(provisional.map((p) => [p.year, p.basis])),
    sources,
    firstDay,
    lastDay,
    working,
    workingBefore,
    workingDays,
    knownUntil,
    nextProvisionalDay,
    holidayNames,
    localClosures,
    isoDates,
  };
}

/** The last day of the run of loaded years containing `day`, or throws `CALENDAR_YEAR_UNKNOWN`. */
function knownUntilOf(cal: WorkingCalendar, day: EpochDay): EpochDay {
  const offset = day - cal.firstDay;
  const until = offset >= 0 && offset < cal.knownUntil.length ? cal.knownUntil[offset]! : -1;
  if (until < 0) throw yearUnknown(yearOfEpochDay(day));
  return until;
}

/** Formats a calendar-covered day from the cache; falls back for days outside the range. */
export function formatCalendarDate(cal: WorkingCalendar, day: EpochDay): IsoDate {
  const offset = day - cal.firstDay;
  return offset >= 0 && offset < cal.isoDates.length ? cal.isoDates[offset]! : formatIsoDate(day);
}

/** The year's State Council notice is loaded (a provisional year is not known). */
export function isYearKnown(cal: WorkingCalendar, year: number): boolean {
  return cal.sources.has(year);
}

/** The year is counted from the statutory holidays alone, pending its notice (暂定). */
export function isYearProvisional(cal: WorkingCalendar, year: number): boolean {
  return cal.provisionalYearSet.has(year);
}

/** Days (from, to] include a day of a provisional year. O(1). */
export function touchesProvisionalYear(cal: WorkingCalendar, from: EpochDay, to: EpochDay): boolean {
  if (to <= from || cal.provisionalYears.length === 0) return false;
  const start = Math.max(from + 1, cal.firstDay);
  if (start > cal.lastDay) return false;
  return cal.nextProvisionalDay[start - cal.firstDay]! <= to;
}

/** The provisional years that days (from, to] reach into, ascending. */
export function provisionalYearsBetween(cal: WorkingCalendar, from: EpochDay, to: EpochDay): number[] {
  if (!touchesProvisionalYear(cal, from, to)) return [];
  const first = yearOfEpochDay(from + 1);
  const last = yearOfEpochDay(to);
  return cal.provisionalYears.filter((year) => year >= first && year <= last);
}

/** The holiday name of a day (a statutory holiday, a notice's block), or null. */
export function holidayNameOf(cal: WorkingCalendar, day: EpochDay): string | null {
  return cal.holidayNames.get(day) ?? null;
}

// ---- Epoch-day API (for hot paths such as the case clock) ----

export function isWorkingEpochDay(cal: WorkingCalendar, day: EpochDay): boolean {
  knownUntilOf(cal, day);
  return cal.working[day - cal.firstDay] === 1;
}

/**
 * The n-th working day after `start` (start itself not counted). n = 0 returns `start` when it is
 * a working day and otherwise the next working day ("due the same working day").
 */
export function addWorkingDaysToEpochDay(cal: WorkingCalendar, start: EpochDay, n: number): EpochDay {
  if (!Number.isInteger(n) || n < 0) {
    throw new DomainError('INVALID_ARGUMENT', `工作日数必须是非负整数：${String(n)}`, { value: n });
  }
  if (n === 0) {
    knownUntilOf(cal, start);
    if (cal.working[start - cal.firstDay] === 1) return start;
    n = 1;
  }
  const from = start + 1;
  const until = knownUntilOf(cal, from);
  // workingBefore[offset of start+1] = working days on or before start.
  const index = cal.workingBefore[from - cal.firstDay]! + n - 1;
  const result = index < cal.workingDays.length ? cal.workingDays[index]! : Infinity;
  if (result > until) throw yearUnknown(yearOfEpochDay(until + 1));
  return result;
}

/**
 * Working days in (from, to]: after `from`, up to and including `to`. Negative when `to` < `from`
 * (the same count with a minus sign), 0 when they are equal.
 */
export function workingDaysBetweenEpochDays(cal: WorkingCalendar, from: EpochDay, to: EpochDay): number {
  if (to === from) return 0;
  if (to < from) return -workingDaysBetweenEpochDays(cal, to, from);
  const until = knownUntilOf(cal, from + 1);
  if (to > until) throw yearUnknown(yearOfEpochDay(until + 1));
  return cal.workingBefore[to - cal.firstDay + 1]! - cal.workingBefore[from + 1 - cal.firstDay]!;
}

// ---- ISO-date API ----

/** Throws `CALENDAR_YEAR_UNKNOWN` for a date in a year whose notice is not loaded. */
export function isWorkingDay(cal: WorkingCalendar, date: IsoDate): boolean {
  return isWorkingEpochDay(cal, parseIsoDate(date));
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(cal: WorkingCalendar, date: IsoDate): IsoDate {
  return formatCalendarDate(cal, addWorkingDaysToEpochDay(cal, parseIsoDate(date), 1));
}

/**
 * The date of the n-th working day after `start`: the start day is not counted and day 1 is the
 * next working day, so a limit of n working days ends at the end of the returned date.
 * n = 0 returns `start` if it is a working day, else the next working day.
 */
export function addWorkingDays(cal: WorkingCalendar, start: IsoDate, n: number): IsoDate {
  return formatCalendarDate(cal, addWorkingDaysToEpochDay(cal, parseIsoDate(start), n));
}

/**
 * Working days after `from` up to and including `to`, so that
 * `workingDaysBetween(cal, d, addWorkingDays(cal, d, n)) === n` for n ≥ 1.
 */
export function workingDaysBetween(cal: WorkingCalendar, from: IsoDate, to: IsoDate): number {
  return workingDaysBetweenEpochDays(cal, parseIsoDate(from), parseIsoDate(to));
}

/** Working days in one loaded (or provisional) year. */
export function workingDaysInYear(cal: WorkingCalendar, year: number): number {
  if (!isYearKnown(cal, year) && !isYearProvisional(cal, year)) throw yearUnknown(year);
  return workingDaysBetweenEpochDays(cal, firstDayOfYear(year) - 1, lastDayOfYear(year));
}

/**
 * The admin warning of DOMAIN.md: from 1 November, next year's notice should be loaded. Returns
 * the missing year, or null when nothing is missing yet. A provisional year is still missing.
 */
export function findMissingNextYear(cal: WorkingCalendar, today: IsoDate): number | null {
  const day = parseIsoDate(today);
  const year = yearOfEpochDay(day);
  const novemberFirst = lastDayOfYear(year) - 60; // 31 Dec − 60 days = 1 Nov
  if (day < novemberFirst) return null;
  return isYearKnown(cal, year + 1) ? null : year + 1;
}
