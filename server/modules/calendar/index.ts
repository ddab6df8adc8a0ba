// What other modules may use of the calendar: its topics and their payload, today's date, the
// region's working calendar (with provisional years) and working-day arithmetic. The pure rules
// (isYearProvisional, explainDueDate, …) are imported from domain/ directly.
export { CALENDAR_CHANGED, CALENDAR_TOPICS, type CalendarChangedPayload } from './events.ts';
export { countWorkingDays, getWorkingCalendar, todayIn } from './service.ts';
export { PROVISIONAL_YEARS_AHEAD } from '../../../domain/calendar/statutory.ts';
