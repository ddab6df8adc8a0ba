import {
  char,
  date,
  jsonb,
  foreignKey,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
// Foreign keys only: the rows are the org module's.
import { regions } from '../org/schema.ts';

/*
 * The working-day calendar, owned by the calendar module.
 */

/** The State Council's holiday schedule, one row per year; national reference data. */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  offDays: date('off_days', { mode: 'string' }).array().notNull(),
  workDays: date('work_days', { mode: 'string' }).array().notNull(),
  /** The notice the schedule comes from: { notice, title, issuedOn, url, note? } */
  source: jsonb('source').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: text('updated_by'),
});

/** A region's own closures (a typhoon day) and extra working days, layered on the national calendar. */
export const calendarLocalDays = pgTable(
  'calendar_local_days',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: ['closure', 'extra_working_day'] }).notNull(),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('calendar_local_days_region_date_uq').on(t.regionCode, t.date),
    foreignKey({ columns: [t.regionCode], foreignColumns: [regions.code] }),
  ],
);
