// What other modules may use of the calendar: its topics, today's date and working-day arithmetic.
export { CALENDAR_TOPICS } from './events.ts';
export { countWorkingDays, getWorkingCalendar, todayIn } from './service.ts';
