/** Any change of a national schedule or a local day: every instance rebuilds its calendars. */
export const CALENDAR_CHANGED = 'calendar.changed' as const;
export const CALENDAR_TOPICS = [CALENDAR_CHANGED] as const;

/**
 * The payload of `calendar.changed`. `years` are the calendar years whose working days may have
 * changed: a saved notice's year (a notice that reaches into the previous December also names
 * that year), a local day's year. A subscriber recomputes what it derived from those years,
 * e.g. the due dates of open cases whose clock is provisional for a year whose notice was saved.
 * `regionCode` is null for the national schedule (every region) and the local day's region
 * otherwise (it and the regions below it). The local-day fields stay as they were before `years`.
 */
export type CalendarChangedPayload =
  | { change: 'year_saved'; years: number[]; regionCode: null; year: number }
  | {
      change: 'local_day_added';
      years: number[];
      regionCode: string;
      id: string;
      date: string;
      kind: 'closure' | 'extra_working_day';
      reason: string;
    }
  | {
      change: 'local_day_removed';
      years: number[];
      regionCode: string;
      id: string;
      date: string;
      removed: true;
    };
