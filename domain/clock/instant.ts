import { DomainError } from '../errors.ts';
import { daysInMonth, epochDayFromParts, type EpochDay } from '../calendar/dates.ts';

/** An ISO 8601 timestamp with a zone designator, e.g. `2025-03-03T01:30:00Z` or `…+08:00`. */
export type Instant = string;

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

function invalidInstant(value: unknown): DomainError {
  return new DomainError('INVALID_INSTANT', `时间格式不正确：${String(value)}，应为带时区的 ISO 8601 时间`, {
    value,
  });
}

// Month tables for 1970–2099 so the fast path does no division; other years take the slow path.
const TABLE_FIRST_YEAR = 1970;
const TABLE_YEARS = 130;
const MONTH_START = new Int32Array(TABLE_YEARS * 12);
const MONTH_LENGTH = new Uint8Array(TABLE_YEARS * 12);
for (let i = 0; i < TABLE_YEARS * 12; i++) {
  const year = TABLE_FIRST_YEAR + Math.floor(i / 12);
  const month = (i % 12) + 1;
  MONTH_START[i] = epochDayFromParts(year, month, 1);
  MONTH_LENGTH[i] = daysInMonth(year, month);
}

/** A digit's value, or a large negative number that keeps any sum built from it negative. */
function oneDigit(text: string, index: number): number {
  const d = text.charCodeAt(index) - 48;
  return d >= 0 && d <= 9 ? d : -100_000;
}

function twoDigits(text: string, index: number): number {
  return oneDigit(text, index) * 10 + oneDigit(text, index + 1);
}

const ZONED_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses an instant to epoch milliseconds. The canonical UTC form that `Date#toISOString` writes
 * (`YYYY-MM-DDTHH:mm:ss.sssZ`) is read by hand because the case clock parses millions of them;
 * other zoned forms go through `Date.parse`. A timestamp without a zone is rejected: it would be
 * read in the server's local zone, which is a guess.
 */
export function parseInstant(text: Instant): number {
  if (typeof text !== 'string') throw invalidInstant(text);
  const length = text.length;
  if (
    (length === 24 || length === 20) &&
    text.charCodeAt(length - 1) === 90 /* Z */ &&
    text.charCodeAt(10) === 84 /* T */ &&
    text.charCodeAt(4) === 45 &&
    text.charCodeAt(7) === 45 &&
    text.charCodeAt(13) === 58 &&
    text.charCodeAt(16) === 58 &&
    (length === 20 || text.charCodeAt(19) === 46)
  ) {
    const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
    const month = twoDigits(text, 5);
    const day = twoDigits(text, 8);
    const hour = twoDigits(text, 11);
    const minute = twoDigits(text, 14);
    const second = twoDigits(text, 17);
    const millis = length === 24 ? twoDigits(text, 20) * 10 + oneDigit(text, 22) : 0;
    const monthIndex = (year - TABLE_FIRST_YEAR) * 12 + month - 1;
    if (
      (year | month | day | hour | minute | second | millis) >= 0 &&
      month >= 1 &&
      month <= 12 &&
      monthIndex >= 0 &&
      monthIndex < MONTH_LENGTH.length &&
      day >= 1 &&
      day <= MONTH_LENGTH[monthIndex]! &&
      hour <= 23 &&
      minute <= 59 &&
      second <= 59
    ) {
      const epochDay = MONTH_START[monthIndex]! + day - 1;
      return (epochDay * 86_400 + hour * 3600 + minute * 60 + second) * 1000 + millis;
    }
  }
  if (!ZONED_INSTANT.test(text)) throw invalidInstant(text);
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw invalidInstant(text);
  // Date.parse rolls 2025-02-30 over to March; reject dates that do not exist.
  const day = Number(text.slice(8, 10));
  const month = Number(text.slice(5, 7));
  const year = Number(text.slice(0, 4));
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCDate() !== day || probe.getUTCMonth() !== month - 1) throw invalidInstant(text);
  return ms;
}

interface ZoneCache {
  formatter: Intl.DateTimeFormat;
  /**
   * Offset in minutes for each UTC day since 1970 (UNKNOWN until first asked, CHANGES on a day the
   * offset changes, e.g. DST). A typed array because the case clock asks millions of times.
   */
  offsetByUtcDay: Int16Array;
}

const CACHED_UTC_DAYS = 47_482; // 1970-01-01 … 2099-12-31
const UNKNOWN = -32768;
const CHANGES = -32767;

const zoneCaches = new Map<string, ZoneCache>();
let lastZoneName = '';
let lastZone: ZoneCache | undefined;

function zoneCache(timeZone: string): ZoneCache {
  if (timeZone === lastZoneName && lastZone) return lastZone;
  let cache = zoneCaches.get(timeZone);
  if (!cache) {
    let formatter: Intl.DateTimeFormat;
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new DomainError('INVALID_TIME_ZONE', `时区名称无效：${timeZone}`, { timeZone });
    }
    cache = { formatter, offsetByUtcDay: new Int16Array(CACHED_UTC_DAYS).fill(UNKNOWN) };
    zoneCaches.set(timeZone, cache);
  }
  lastZoneName = timeZone;
  lastZone = cache;
  return cache;
}

/** Offset of the zone from UTC at `ms`, in minutes, by asking Intl (slow; cached by callers). */
function offsetMinutesAt(formatter: Intl.DateTimeFormat, ms: number): number {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of formatter.formatToParts(ms)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      default:
        break;
    }
  }
  const localAsUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  return Math.round((localAsUtc - wholeSecond) / MS_PER_MINUTE);
}

/**
 * The local calendar day (epoch day) of an instant in a time zone. Offsets are cached per UTC day,
 * so a million instants cost a few hundred Intl calls; a day on which the offset changes (DST)
 * is resolved per instant.
 */
export function localEpochDay(ms: number, timeZone: string = DEFAULT_TIME_ZONE): EpochDay {
  const cache = zoneCache(timeZone);
  const utcDay = Math.floor(ms / MS_PER_DAY);
  const isCacheable = utcDay >= 0 && utcDay < CACHED_UTC_DAYS;
  let offset = isCacheable ? cache.offsetByUtcDay[utcDay]! : UNKNOWN;
  if (offset === UNKNOWN) {
    const atStart = offsetMinutesAt(cache.formatter, utcDay * MS_PER_DAY);
    const atEnd = offsetMinutesAt(cache.formatter, (utcDay + 1) * MS_PER_DAY - MS_PER_MINUTE);
    offset = atStart === atEnd ? atStart : CHANGES;
    if (isCacheable) cache.offsetByUtcDay[utcDay] = offset;
  }
  if (offset === CHANGES) offset = offsetMinutesAt(cache.formatter, ms);
  return Math.floor((ms + offset * MS_PER_MINUTE) / MS_PER_DAY);
}

/** Throws `INVALID_TIME_ZONE` unless the IANA name is known to this runtime. */
export function assertTimeZone(timeZone: string): void {
  zoneCache(timeZone);
}
