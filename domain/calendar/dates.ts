import { DomainError } from '../errors.ts';

/** A calendar date `YYYY-MM-DD` (no time, no zone). The API surface speaks these. */
export type IsoDate = string;

/** Days since 1970-01-01. Internals count in these: integer maths, no Date objects. */
export type EpochDay = number;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const DIGIT_0 = 48;

function digitAt(text: string, index: number): number {
  const d = text.charCodeAt(index) - DIGIT_0;
  return d >= 0 && d <= 9 ? d : -1;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  switch (month) {
    case 2:
      return isLeapYear(year) ? 29 : 28;
    case 4:
    case 6:
    case 9:
    case 11:
      return 30;
    default:
      return 31;
  }
}

/** Civil date → epoch day (H. Hinnant's days_from_civil; exact for the proleptic Gregorian calendar). */
export function epochDayFromParts(year: number, month: number, day: number): EpochDay {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Epoch day → civil date parts (civil_from_days). */
export function partsFromEpochDay(epochDay: EpochDay): { year: number; month: number; day: number } {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Parses `YYYY-MM-DD` (4-digit year, real calendar date) to an epoch day, or returns NaN.
 * Hand-rolled on char codes because it sits in the hot path of the calendar functions.
 */
export function tryParseIsoDate(text: string): EpochDay {
  if (
    typeof text !== 'string' ||
    text.length !== 10 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45
  ) {
    return NaN;
  }
  const y0 = digitAt(text, 0);
  const y1 = digitAt(text, 1);
  const y2 = digitAt(text, 2);
  const y3 = digitAt(text, 3);
  const m0 = digitAt(text, 5);
  const m1 = digitAt(text, 6);
  const d0 = digitAt(text, 8);
  const d1 = digitAt(text, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return NaN;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return epochDayFromParts(year, month, day);
}

export function isIsoDate(text: unknown): text is IsoDate {
  return typeof text === 'string' && !Number.isNaN(tryParseIsoDate(text));
}

/** Parses `YYYY-MM-DD`; throws `INVALID_DATE` with a Chinese message otherwise. */
export function parseIsoDate(text: IsoDate): EpochDay {
  const day = tryParseIsoDate(text);
  if (Number.isNaN(day)) {
    throw new DomainError('INVALID_DATE', `日期格式不正确：${String(text)}，应为 YYYY-MM-DD 格式的有效日期`, {
      value: text,
    });
  }
  return day;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function formatIsoDate(epochDay: EpochDay): IsoDate {
  const { year, month, day } = partsFromEpochDay(epochDay);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function isoWeekday(epochDay: EpochDay): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  return (((((epochDay + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

export function isWeekend(epochDay: EpochDay): boolean {
  return isoWeekday(epochDay) >= 6;
}

export function yearOfEpochDay(epochDay: EpochDay): number {
  return partsFromEpochDay(epochDay).year;
}

export function firstDayOfYear(year: number): EpochDay {
  return epochDayFromParts(year, 1, 1);
}

export function lastDayOfYear(year: number): EpochDay {
  return epochDayFromParts(year, 12, 31);
}

/** Adds calendar (not working) days to an ISO date. */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return formatIsoDate(parseIsoDate(date) + days);
}
