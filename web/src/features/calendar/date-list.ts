/*
 * Turning pasted text into a list of dates. Admins copy from the State Council notice or from a
 * spreadsheet, so both “2026-02-15” and “2026年2月15日至23日” must work; a month-day without a year
 * takes the year being edited.
 */

const YEAR = String.raw`(?:(\d{4})\s*[-/.年]\s*)`;
const RANGE_SEPARATOR = String.raw`\s*(?:至|到|~|～|—|–)\s*`;
/** “（周日）” as the notices write after a date. */
const WEEKDAY_NOTE = String.raw`(?:\s*[（(]\s*(?:周|星期)[一二三四五六日天]\s*[)）])?`;
const DATE_PATTERN = new RegExp(
  String.raw`${YEAR}?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?${WEEKDAY_NOTE}` +
    String.raw`(?:${RANGE_SEPARATOR}${YEAR}?(?:(\d{1,2})\s*[-/.月]\s*)?(\d{1,2})\s*日?${WEEKDAY_NOTE})?`,
  'g',
);
/** What may stand between dates without being “unrecognized”: separators and weekday notes. */
const FILLER =
  /[\s,，、;；。.]+|[（(]\s*(?:周|星期)[一二三四五六日天]\s*[)）]|(?:周|星期)[一二三四五六日天]/g;

export interface ParsedDateList {
  /** Valid dates, YYYY-MM-DD, ascending, without duplicates. */
  dates: string[];
  /** Pieces that looked like a date but are not one (2月30日), as written. */
  invalid: string[];
  /** Other text left over, so a typo is not dropped silently. */
  unrecognized: string[];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function toIso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Longest range we expand; a holiday block is at most 9 days, a typo could be a year. */
const MAX_RANGE_DAYS = 31;

export function parseDateList(text: string, defaultYear: number): ParsedDateList {
  const dates = new Set<string>();
  const invalid: string[] = [];
  let rest = '';
  let lastIndex = 0;
  for (const match of text.matchAll(DATE_PATTERN)) {
    rest += ` ${text.slice(lastIndex, match.index)} `;
    lastIndex = match.index + match[0].length;
    const [whole, y1, m1, d1, y2, m2, d2] = match;
    const startYear = y1 ? Number(y1) : defaultYear;
    const start = toIso(startYear, Number(m1), Number(d1));
    if (!start) {
      invalid.push(whole.trim());
      continue;
    }
    if (d2 === undefined) {
      dates.add(start);
      continue;
    }
    const endYear = y2 ? Number(y2) : startYear;
    const end = toIso(endYear, m2 ? Number(m2) : Number(m1), Number(d2));
    if (!end || end < start) {
      invalid.push(whole.trim());
      continue;
    }
    const startMs = Date.parse(`${start}T00:00:00Z`);
    const days = Math.round((Date.parse(`${end}T00:00:00Z`) - startMs) / 86_400_000);
    if (days > MAX_RANGE_DAYS) {
      invalid.push(whole.trim());
      continue;
    }
    for (let i = 0; i <= days; i += 1) {
      dates.add(new Date(startMs + i * 86_400_000).toISOString().slice(0, 10));
    }
  }
  rest += text.slice(lastIndex);
  const unrecognized = rest
    .replace(FILLER, ' ')
    .split(/\s+/)
    .filter((piece) => piece.length > 0);
  return { dates: [...dates].sort(), invalid, unrecognized };
}

/** Merges two date lists into one sorted list without duplicates. */
export function mergeDates(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}
