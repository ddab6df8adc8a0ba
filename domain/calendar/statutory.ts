import lunar from 'lunar-javascript';
import { DomainError } from '../errors.ts';
import { buildCalendar, type WorkingCalendar } from './calendar.ts';
import { formatIsoDate, parseIsoDate, type EpochDay, type IsoDate } from './dates.ts';
import type {
  CalendarInput,
  HolidayYear,
  NamedHoliday,
  ProvisionalHolidayYear,
  StatutoryHoliday,
  StatutoryHolidayName,
} from './types.ts';
import { MAX_SUPPORTED_YEAR, MIN_SUPPORTED_YEAR } from './validate-year.ts';

// lunar-javascript is CommonJS: a default import, then the members.
const { Lunar, Solar } = lunar;

/*
 * The statutory public holidays for the whole population (全体公民放假的节日) of
 * 《全国年节及纪念日放假办法》, by the revision in force in the year:
 *  - 2008–2013 (国务院令第513号): 元旦 1; 春节 3 = 除夕, 正月初一, 初二; 清明 1; 劳动节 1 (5/1);
 *    端午 1; 中秋 1; 国庆 3 (10/1–10/3). 11 days.
 *  - 2014–2024 (国务院令第644号): as above but 春节 = 正月初一–初三 (no 除夕). 11 days.
 *  - from 2025 (国务院令第795号): 元旦 1; 春节 4 = 除夕 + 正月初一–初三; 清明 1; 劳动节 2 (5/1–5/2);
 *    端午 1; 中秋 1; 国庆 3. 13 days.
 * Lunar dates are converted with lunar-javascript; 除夕 is the day before 正月初一 (the last day of
 * the 12th lunar month, 29th or 30th). Which weekend days are worked instead is fixed only by each
 * year's notice, so these lists are the holidays themselves, never the notice's blocks.
 * Years before 2008 are refused: the older rules (the May and October "golden weeks") differ.
 */

export const STATUTORY_BASIS_795 = '《全国年节及纪念日放假办法》（国务院令第795号）';

function basisOf(year: number): string {
  if (year >= 2025) return STATUTORY_BASIS_795;
  if (year >= 2014) return '《全国年节及纪念日放假办法》（国务院令第644号）';
  return '《全国年节及纪念日放假办法》（国务院令第513号）';
}

function solarDate(solar: { toYmd(): string }): IsoDate {
  return solar.toYmd();
}

function plusDays(date: IsoDate, days: number): IsoDate {
  return formatIsoDate(parseIsoDate(date) + days);
}

const NAME_ORDER: readonly StatutoryHolidayName[] = [
  '元旦',
  '除夕',
  '春节',
  '清明节',
  '劳动节',
  '端午节',
  '国庆节',
  '中秋节',
];

const cache = new Map<number, readonly StatutoryHoliday[]>();

/**
 * The statutory holiday dates of `year` with their names, in date order. Throws
 * `INVALID_ARGUMENT` for a year outside 2008–2100.
 */
export function statutoryHolidays(year: number): readonly StatutoryHoliday[] {
  const cached = cache.get(year);
  if (cached) return cached;
  if (!Number.isInteger(year) || year < MIN_SUPPORTED_YEAR || year > MAX_SUPPORTED_YEAR) {
    throw new DomainError(
      'INVALID_ARGUMENT',
      `仅能推算${MIN_SUPPORTED_YEAR}年至${MAX_SUPPORTED_YEAR}年的法定节假日：${String(year)}`,
      { year },
    );
  }
  const holidays: StatutoryHoliday[] = [];
  const add = (date: IsoDate, name: StatutoryHolidayName) => holidays.push({ date, name });

  add(`${year}-01-01`, '元旦');
  const newYearsDay = solarDate(Lunar.fromYmd(year, 1, 1).getSolar());
  const springDays = year >= 2014 ? 3 : 2;
  if (year >= 2025 || year <= 2013) add(plusDays(newYearsDay, -1), '除夕');
  for (let i = 0; i < springDays; i++) add(plusDays(newYearsDay, i), '春节');
  // The solar-term table of the lunar year that contains April of `year`.
  const qingming = Solar.fromYmd(year, 4, 15).getLunar().getJieQiTable()['清明'];
  if (!qingming || qingming.getYear() !== year || qingming.getMonth() !== 4) {
    throw new DomainError('INVALID_ARGUMENT', `无法推算${year}年清明节日期`, { year });
  }
  add(solarDate(qingming), '清明节');
  add(`${year}-05-01`, '劳动节');
  if (year >= 2025) add(`${year}-05-02`, '劳动节');
  add(solarDate(Lunar.fromYmd(year, 5, 5).getSolar()), '端午节');
  add(solarDate(Lunar.fromYmd(year, 8, 15).getSolar()), '中秋节');
  for (const day of ['01', '02', '03']) add(`${year}-10-${day}`, '国庆节');

  // By date; 国庆节 before 中秋节 when they share a day, so the shared day reads “国庆节、中秋节”.
  holidays.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : NAME_ORDER.indexOf(a.name) - NAME_ORDER.indexOf(b.name),
  );
  const frozen = Object.freeze(holidays.map((h) => Object.freeze(h)));
  cache.set(year, frozen);
  return frozen;
}

/**
 * A year whose notice is not out, counted from its statutory holidays alone: each holiday is a
 * day off, no weekend day is worked, and a holiday on a weekend gives nothing back (only the
 * notice would). Loaded into the calendar as provisional (暂定).
 */
export function provisionalHolidayYear(year: number): ProvisionalHolidayYear {
  const holidays = statutoryHolidays(year);
  return {
    year,
    provisional: true,
    offDays: holidays.map((h) => h.date),
    workDays: [],
    holidays,
    basis: basisOf(year),
  };
}

/** How many years after the last year with a notice the server counts provisionally. */
export const PROVISIONAL_YEARS_AHEAD = 2;

/**
 * The provisional years to load beside `years` (the years with a notice): every year without a
 * notice between the first and the last one, and the `ahead` years after the last one. A limit of
 * 45 + 15 working days with pauses, accepted in December, fits in two years.
 */
export function provisionalYearsFor(
  years: readonly Pick<HolidayYear, 'year'>[],
  ahead: number = PROVISIONAL_YEARS_AHEAD,
): ProvisionalHolidayYear[] {
  if (years.length === 0) return [];
  const known = new Set(years.map((y) => y.year));
  const first = Math.min(...known);
  const last = Math.min(Math.max(...known) + ahead, MAX_SUPPORTED_YEAR);
  const provisional: ProvisionalHolidayYear[] = [];
  for (let year = Math.max(first, MIN_SUPPORTED_YEAR); year <= last; year++) {
    if (!known.has(year)) provisional.push(provisionalHolidayYear(year));
  }
  return provisional;
}

/** 除夕 belongs to the 春节 block; the other names stand for themselves. */
function blockName(name: StatutoryHolidayName): StatutoryHolidayName {
  return name === '除夕' ? '春节' : name;
}

/**
 * Names the days off a notice lists: each run of consecutive off days takes the names of the
 * statutory holidays inside it (2025-10-01…08 is “国庆节、中秋节”; the weekend days of a block
 * share its name). A run with no statutory holiday (a one-off day) stays unnamed.
 */
export function nameNoticeOffDays(entry: Pick<HolidayYear, 'year' | 'offDays'>): NamedHoliday[] {
  const statutory = new Map<EpochDay, StatutoryHolidayName>();
  // Days of the previous December (元旦 joined to a weekend) hold no statutory holiday of their own.
  for (const holiday of statutoryHolidays(entry.year))
    statutory.set(parseIsoDate(holiday.date), holiday.name);
  const days = [...new Set(entry.offDays.map(parseIsoDate))].sort((a, b) => a - b);
  const named: NamedHoliday[] = [];
  let run: EpochDay[] = [];
  const flush = () => {
    const names: string[] = [];
    for (const day of run) {
      const name = statutory.get(day);
      if (name && !names.includes(blockName(name))) names.push(blockName(name));
    }
    if (names.length > 0) {
      const name = names.join('、');
      for (const day of run) named.push({ date: formatIsoDate(day), name });
    }
    run = [];
  };
  for (const day of days) {
    if (run.length > 0 && day !== run[run.length - 1]! + 1) flush();
    run.push(day);
  }
  flush();
  return named;
}

/**
 * The calendar the server and the CLI count with: the years with a notice, provisional years for
 * the gaps and the `ahead` years after them, holiday names for the explanation (计算依据), and
 * the optional local layer.
 */
export function buildCalendarWithProvisionalYears(
  input: Omit<CalendarInput, 'provisionalYears' | 'holidayNames'> & { ahead?: number },
): WorkingCalendar {
  const { ahead, ...rest } = input;
  const holidayNames: NamedHoliday[] = [];
  for (const entry of input.years) {
    if (entry.year >= MIN_SUPPORTED_YEAR && entry.year <= MAX_SUPPORTED_YEAR)
      holidayNames.push(...nameNoticeOffDays(entry));
  }
  return buildCalendar({
    ...rest,
    provisionalYears: provisionalYearsFor(input.years, ahead),
    holidayNames,
  });
}
