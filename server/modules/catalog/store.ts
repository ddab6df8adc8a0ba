import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { IsoDate } from '../../../domain/calendar/index.ts';
import type { ItemContent } from '../../../domain/catalog/index.ts';
import type { Executor } from '../../db/connection.ts';
import { departments, itemRevisions, items, regions, themes } from '../../db/schema.ts';

export type ItemRow = typeof items.$inferSelect;
export type RevisionRow = Omit<typeof itemRevisions.$inferSelect, 'content'> & { content: ItemContent };

/** The SQL condition "this revision is in force on `day`". */
export function inForceOn(day: IsoDate): SQL {
  return and(
    eq(itemRevisions.state, 'published'),
    sql`${itemRevisions.effectiveOn} <= ${day}`,
    or(isNull(itemRevisions.effectiveUntil), sql`${itemRevisions.effectiveUntil} > ${day}`),
  )!;
}

/** In force and open to applications: neither abolished nor delegated away. */
export function openOn(day: IsoDate): SQL {
  return and(inForceOn(day), inArray(itemRevisions.changeKind, ['created', 'amended']))!;
}

export async function findItem(db: Executor, id: string, scope?: SQL) {
  const [row] = await db
    .select({ item: items, departmentName: departments.name, regionName: regions.name })
    .from(items)
    .innerJoin(
      departments,
      and(eq(departments.regionCode, items.regionCode), eq(departments.id, items.departmentId)),
    )
    .innerJoin(regions, eq(regions.code, items.regionCode))
    .where(and(eq(items.id, id), scope));
  return row;
}

export async function listRevisions(db: Executor, item: ItemRow): Promise<RevisionRow[]> {
  const rows = await db
    .select()
    .from(itemRevisions)
    .where(and(eq(itemRevisions.regionCode, item.regionCode), eq(itemRevisions.itemId, item.id)))
    .orderBy(desc(itemRevisions.version));
  return rows as RevisionRow[];
}

export async function findDepartment(db: Executor, regionCode: string, id: string) {
  const [row] = await db
    .select()
    .from(departments)
    .where(and(eq(departments.regionCode, regionCode), eq(departments.id, id)));
  return row;
}

export async function listThemeCodes(db: Executor): Promise<Set<string>> {
  const rows = await db.select({ code: themes.code }).from(themes);
  return new Set(rows.map((row) => row.code));
}

export async function listThemes(db: Executor) {
  return db.select().from(themes).orderBy(asc(themes.sortOrder), asc(themes.code));
}
