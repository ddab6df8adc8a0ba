import {
  firstDayOfYear,
  formatIsoDate,
  isWeekend,
  lastDayOfYear,
  tryParseIsoDate,
  type EpochDay,
  type IsoDate,
} from './dates.ts';
import type { HolidayYear } from './types.ts';

export type HolidayYearIssueCode =
  | 'YEAR_OUT_OF_RANGE'
  | 'SOURCE_INCOMPLETE'
  | 'DATE_INVALID'
  | 'DATE_OUTSIDE_YEAR'
  | 'DATE_DUPLICATE'
  | 'DATE_BOTH_OFF_AND_WORK'
  | 'WORK_DAY_NOT_WEEKEND'
  | 'OFF_BLOCK_ONLY_WEEKEND'
  | 'PREVIOUS_YEAR_DATE_NOT_NEW_YEAR'
  | 'NET_DAYS_OFF_MISMATCH';

export interface HolidayYearIssue {
  code: HolidayYearIssueCode;
  /** Errors make the year unusable; warnings ask a person to double-check against the notice. */
  severity: 'error' | 'warning';
  message: string;
  date?: IsoDate;
}

export const MIN_SUPPORTED_YEAR = 2008;
export const MAX_SUPPORTED_YEAR = 2100;

/**
 * Statutory public-holiday days per year for the whole population (全体公民放假的节日): 11 under the
 * 2007/2013 revisions of 《全国年节及纪念日放假办法》, 13 from 2025 under 国务院令第795号.
 */
export function statutoryDaysOff(year: number): number {
  return year >= 2025 ? 13 : 11;
}

/** How far into the previous December a notice may reach (元旦 joined to a weekend, or its swap day). */
const PREVIOUS_DECEMBER_DAYS = 7;

interface ParsedList {
  days: EpochDay[];
  issues: HolidayYearIssue[];
}

function parseList(dates: readonly IsoDate[], year: number, label: string): ParsedList {
  const issues: HolidayYearIssue[] = [];
  const days: EpochDay[] = [];
  const seen = new Set<EpochDay>();
  const yearStart = firstDayOfYear(year);
  const yearEnd = lastDayOfYear(year);
  for (const date of dates) {
    const day = tryParseIsoDate(date);
    if (Number.isNaN(day)) {
      issues.push({
        code: 'DATE_INVALID',
        severity: 'error',
        message: `${label}日期格式不正确：${String(date)}`,
        date,
      });
      continue;
    }
    if (day > yearEnd || day < yearStart - PREVIOUS_DECEMBER_DAYS) {
      issues.push({
        code: 'DATE_OUTSIDE_YEAR',
        severity: 'error',
        message: `${label}${date}不在${year}年内（仅允许与元旦相连的上一年12月最后${PREVIOUS_DECEMBER_DAYS}天）`,
        date,
      });
      continue;
    }
    if (seen.has(day)) {
      issues.push({ code: 'DATE_DUPLICATE', severity: 'error', message: `${label}${date}重复填写`, date });
      continue;
    }
    seen.add(day);
    days.push(day);
  }
  days.sort((a, b) => a - b);
  return { days, issues };
}

/**
 * Checks one year's schedule as data, before it is loaded. Every rule here is a property every
 * official notice has; the net-days check is only a warning because one-off notices (2015's
 * 9月3日) have broken it.
 */
export function validateHolidayYear(input: HolidayYear): HolidayYearIssue[] {
  const { year } = input;
  if (!Number.isInteger(year) || year < MIN_SUPPORTED_YEAR || year > MAX_SUPPORTED_YEAR) {
    return [
      {
        code: 'YEAR_OUT_OF_RANGE',
        severity: 'error',
        message: `年份${String(year)}无效，仅支持${MIN_SUPPORTED_YEAR}年至${MAX_SUPPORTED_YEAR}年的节假日安排`,
      },
    ];
  }
  const issues: HolidayYearIssue[] = [];
  const source = input.source as Partial<HolidayYear['source']> | undefined;
  if (
    !source ||
    !source.notice?.trim() ||
    !source.title?.trim() ||
    Number.isNaN(tryParseIsoDate(source.issuedOn ?? '')) ||
    !/^https?:\/\/\S+$/.test(source.url ?? '')
  ) {
    issues.push({
      code: 'SOURCE_INCOMPLETE',
      severity: 'error',
      message: `${year}年节假日安排缺少完整的通知来源（文号、标题、发布日期、网址）`,
    });
  }

  const off = parseList(input.offDays, year, '放假日');
  const work = parseList(input.workDays, year, '调休上班日');
  issues.push(...off.issues, ...work.issues);

  const offSet = new Set(off.days);
  for (const day of work.days) {
    const date = formatIsoDate(day);
    if (offSet.has(day)) {
      issues.push({
        code: 'DATE_BOTH_OFF_AND_WORK',
        severity: 'error',
        message: `${date}同时被列为放假日和调休上班日`,
        date,
      });
    }
    // A notice only ever moves weekend days to work; a weekday is a working day already.
    if (!isWeekend(day)) {
      issues.push({
        code: 'WORK_DAY_NOT_WEEKEND',
        severity: 'error',
        message: `调休上班日${date}不是周六或周日`,
        date,
      });
    }
  }

  const yearStart = firstDayOfYear(year);
  for (const run of consecutiveRuns(off.days)) {
    const first = run[0]!;
    const last = run[run.length - 1]!;
    // Weekend days are listed only as part of a holiday block; a block of weekend days alone
    // would mean a typo (a holiday on a weekend is always compensated on a weekday).
    if (run.every(isWeekend)) {
      issues.push({
        code: 'OFF_BLOCK_ONLY_WEEKEND',
        severity: 'error',
        message: `放假日${formatIsoDate(first)}至${formatIsoDate(last)}均为周末，假期应包含工作日`,
        date: formatIsoDate(first),
      });
    }
    if (first < yearStart && last < yearStart) {
      issues.push({
        code: 'PREVIOUS_YEAR_DATE_NOT_NEW_YEAR',
        severity: 'error',
        message: `放假日${formatIsoDate(first)}属于上一年，只有与${year}年元旦相连的假期可以跨年`,
        date: formatIsoDate(first),
      });
    }
  }

  const weekdayOffDays = off.days.filter((d) => !isWeekend(d) && !work.days.includes(d)).length;
  const workingWeekendDays = work.days.filter((d) => isWeekend(d) && !offSet.has(d)).length;
  const net = weekdayOffDays - workingWeekendDays;
  const expected = statutoryDaysOff(year);
  if (net !== expected) {
    issues.push({
      code: 'NET_DAYS_OFF_MISMATCH',
      severity: 'warning',
      message: `${year}年安排净休息${net}天（工作日放假${weekdayOffDays}天减调休上班${workingWeekendDays}天），与法定节假日${expected}天不符，请与通知核对`,
    });
  }
  return issues;
}

function consecutiveRuns(sortedDays: readonly EpochDay[]): EpochDay[][] {
  const runs: EpochDay[][] = [];
  let current: EpochDay[] = [];
  for (const day of sortedDays) {
    if (current.length > 0 && day !== current[current.length - 1]! + 1) {
      runs.push(current);
      current = [];
    }
    current.push(day);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}
