import dayjs, { type Dayjs } from 'dayjs';

/** Today as YYYY-MM-DD in the browser's time zone (the hall's clock). */
export function todayIsoDate(now: Dayjs = dayjs()): string {
  return now.format('YYYY-MM-DD');
}

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/** “2026年11月23日 星期一” — independent of the dayjs locale being loaded. */
export function formatChineseDate(date: Dayjs | string): string {
  const day = dayjs(date);
  return `${day.year()}年${day.month() + 1}月${day.date()}日 ${WEEKDAYS[day.day()]}`;
}

/** “11月23日（周一）” for compact lists. */
export function formatShortChineseDate(date: string): string {
  const day = dayjs(date);
  return `${day.month() + 1}月${day.date()}日（周${'日一二三四五六'[day.day()]}）`;
}

/** The hall's time zone: record times are shown as the center's clock reads them. */
export const HALL_TIME_ZONE = 'Asia/Shanghai';

const hallDateTimeFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: HALL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** “2026-11-23 18:43:27” in Asia/Shanghai, whatever the browser's zone; `—` for no value. */
export function formatHallDateTime(instant: string | Date | null | undefined): string {
  if (!instant) return '—';
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return '—';
  const parts: Record<string, string> = {};
  for (const part of hallDateTimeFormat.formatToParts(date)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** The first and last instant of hall-local days, as ISO instants for a query (`from`, `to`). */
export function hallDayRange(fromDate: string, toDate: string): { from: string; to: string } {
  return {
    from: new Date(`${fromDate}T00:00:00.000+08:00`).toISOString(),
    to: new Date(`${toDate}T23:59:59.999+08:00`).toISOString(),
  };
}

/** “2026年11月23日” — a date without its weekday, e.g. when a rule takes effect. */
export function formatChineseDay(date: Dayjs | string | null | undefined): string {
  if (!date) return '—';
  const day = dayjs(date);
  if (!day.isValid()) return '—';
  return `${day.year()}年${day.month() + 1}月${day.date()}日`;
}

const hallDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: HALL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const hallHourFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: HALL_TIME_ZONE,
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The greeting for the hour on the hall's clock, not the browser's (a laptop set to UTC at 08:17 Beijing time). */
export function greetingFor(now: Date = new Date()): string {
  const hour = Number(hallHourFormat.format(now));
  if (hour < 5) return '夜深了';
  if (hour < 11) return '早上好';
  if (hour < 13) return '中午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

/** Today as YYYY-MM-DD on the hall's clock, whatever the browser's zone: the date the server calls today. */
export function hallTodayIsoDate(now: Date = new Date()): string {
  return hallDateFormat.format(now);
}
