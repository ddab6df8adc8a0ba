import type { ModuleDescriptor } from '../../platform/module.ts';
import { CALENDAR_ERRORS } from './errors.ts';
import { calendarRoutes } from './routes.ts';
import { CALENDAR_TOPICS } from './events.ts';
import { invalidateCalendars } from './service.ts';

/** The working-day calendar: national schedules by year and local closures and working days. */
export const calendarModule: ModuleDescriptor = {
  name: 'calendar',
  tags: [{ name: 'calendar', description: 'Working-day calendar' }],
  routes: calendarRoutes,
  // Every instance drops its built calendars when any instance changes one.
  subscriptions: [{ topics: CALENDAR_TOPICS, handle: (ctx) => invalidateCalendars(ctx) }],
  errors: CALENDAR_ERRORS,
  permissions: {
    // Local closures and extra working days of the admin's own regions.
    'calendar.manage': ['center_admin', 'system_admin'],
    // The national holiday schedule: data no region of the deployment owns (see policy.ts).
    'calendar.national': ['system_admin'],
  },
};

declare module '../../platform/policy.ts' {
  interface Permissions {
    'calendar.manage': true;
    'calendar.national': true;
  }
}
