/** Any change of a national schedule or a local day: every instance rebuilds its calendars. */
export const CALENDAR_CHANGED = 'calendar.changed' as const;
export const CALENDAR_TOPICS = [CALENDAR_CHANGED] as const;
