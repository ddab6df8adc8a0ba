import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connection.ts';
import { calendarLocalDays, calendarYears } from './schema.ts';
import type { HolidayYear } from '../../../domain/calendar/index.ts';

export async function listYears(db: Executor): Promise<HolidayYear[]> {
  const rows = await db.select().from(calendarYears).orderBy(asc(calendarYears.year));
  return rows.map((row) => ({
    year: row.year,
    offDays: row.offDays,
    workDays: row.workDays,
    source: row.source as HolidayYear['source'],
  }));
}

export async function upsertYear(db: Executor, year: HolidayYear, updatedBy: string | null): Promise<void> {
  const values = {
    year: year.year,
    offDays: [...year.offDays],
    workDays: [...year.workDays],
    source: year.source,
    updatedAt: sql`now()`,
    updatedBy,
  };
  await db
    .insert(calendarYears)
    .values(values)
    .onConflictDoUpdate({ target: calendarYears.year, set: values });
}

/** Inserts shipped years that the table does not have; never overwrites what an admin entered. */
export async function insertMissingYears(db: Executor, years: readonly HolidayYear[]): Promise<number> {
  const inserted = await db
    .insert(calendarYears)
    .values(
      years.map((y) => ({
        year: y.year,
        offDays: [...y.offDays],
        workDays: [...y.workDays],
        source: y.source,
      })),
    )
    .onConflictDoNothing()
    .returning({ year: calendarYears.year });
  return inserted.length;
}

export function listLocalDays(db: Executor, regionCodes: string[]) {
  return db
    .select()
    .from(calendarLocalDays)
    .where(inArray(calendarLocalDays.regionCode, regionCodes))
    .orderBy(asc(calendarLocalDays.date));
}

export async function insertLocalDay(db: Executor, row: typeof calendarLocalDays.$inferInsert) {
  const inserted = await db.insert(calendarLocalDays).values(row).onConflictDoNothing().returning();
  return inserted[0] ?? null;
}

export async function deleteLocalDay(db: Executor, regionCode: string, id: string): Promise<boolean> {
  const deleted = await db
    .delete(calendarLocalDays)
    .where(and(eq(calendarLocalDays.regionCode, regionCode), eq(calendarLocalDays.id, id)))
    .returning({ id: calendarLocalDays.id });
  return deleted.length > 0;
}

export async function findLocalDay(db: Executor, id: string) {
  const rows = await db.select().from(calendarLocalDays).where(eq(calendarLocalDays.id, id)).limit(1);
  return rows[0] ?? null;
}
