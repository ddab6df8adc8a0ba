import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/connection.ts';
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

/**
 * Serialises saves of one year until the transaction ends (the row may not exist yet, so a row lock
 * cannot): each save reads the year the one before it left.
 */
export async function lockYear(tx: Tx, year: number): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`calendar_year:${year}`}, 0))`);
}

export async function findYear(db: Executor, year: number): Promise<HolidayYear | null> {
  const [row] = await db.select().from(calendarYears).where(eq(calendarYears.year, year));
  return row
    ? {
        year: row.year,
        offDays: row.offDays,
        workDays: row.workDays,
        source: row.source as HolidayYear['source'],
      }
    : null;
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

/** Deletes a local day and returns it; null when it is gone (a concurrent removal got there first). */
export async function deleteLocalDay(tx: Tx, id: string) {
  const [deleted] = await tx.delete(calendarLocalDays).where(eq(calendarLocalDays.id, id)).returning();
  return deleted ?? null;
}
