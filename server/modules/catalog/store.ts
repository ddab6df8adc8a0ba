import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { IsoDate } from '../../../domain/calendar/index.ts';
import type { ItemContent } from '../../../domain/catalog/index.ts';
import type { Executor, Tx } from '../../db/connection.ts';
import { itemForms, itemRevisions, items, themes } from './schema.ts';
import { findDepartmentInRegion, findRegion } from '../org/index.ts';

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

/** An item with the names of its department and region (the organisation's, read through org). */
export async function findItem(db: Executor, id: string, scope?: SQL) {
  const [item] = await db
    .select()
    .from(items)
    .where(and(eq(items.id, id), scope));
  if (!item) return undefined;
  const [department, region] = await Promise.all([
    findDepartmentInRegion(db, item.regionCode, item.departmentId),
    findRegion(db, item.regionCode),
  ]);
  return { item, departmentName: department?.name ?? '', regionName: region?.name ?? '' };
}

/**
 * Locks the item row until the transaction ends: every write to an item or its revisions takes this
 * lock first and reads the revisions after it, so two admins acting at once are served one after the
 * other and the second sees what the first did.
 */
export async function lockItem(tx: Tx, item: Pick<ItemRow, 'regionCode' | 'id'>): Promise<ItemRow> {
  const [row] = await tx
    .select()
    .from(items)
    .where(and(eq(items.regionCode, item.regionCode), eq(items.id, item.id)))
    .for('update');
  return row!;
}

/** Records that the item changed: the version a stale editor's save is checked against. */
export async function bumpItemVersion(
  tx: Tx,
  item: Pick<ItemRow, 'regionCode' | 'id'>,
  changes: Partial<Pick<ItemRow, 'departmentId' | 'hotRank'>> = {},
): Promise<void> {
  await tx
    .update(items)
    .set({ ...changes, version: sql`${items.version} + 1` })
    .where(and(eq(items.regionCode, item.regionCode), eq(items.id, item.id)));
}

export async function listRevisions(db: Executor, item: ItemRow): Promise<RevisionRow[]> {
  const rows = await db
    .select()
    .from(itemRevisions)
    .where(and(eq(itemRevisions.regionCode, item.regionCode), eq(itemRevisions.itemId, item.id)))
    .orderBy(desc(itemRevisions.version));
  return rows as RevisionRow[];
}

export async function listThemeCodes(db: Executor): Promise<Set<string>> {
  const rows = await db.select({ code: themes.code }).from(themes);
  return new Set(rows.map((row) => row.code));
}

export async function listThemes(db: Executor) {
  return db.select().from(themes).orderBy(asc(themes.sortOrder), asc(themes.code));
}

/** Items by id, wherever they are: just their keys. */
export function findItemKeys(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select({ regionCode: items.regionCode, id: items.id }).from(items).where(inArray(items.id, ids));
}

/** Code and in-force name of each item, in code order; items not in force on `day` are left out. */
export function listItemNamesInForce(db: Executor, keys: { regionCode: string; id: string }[], day: IsoDate) {
  if (keys.length === 0) return Promise.resolve([]);
  return db
    .select({ id: items.id, implementationCode: items.implementationCode, name: itemRevisions.name })
    .from(items)
    .innerJoin(
      itemRevisions,
      and(eq(itemRevisions.regionCode, items.regionCode), eq(itemRevisions.itemId, items.id), inForceOn(day)),
    )
    .where(
      inArray(
        items.id,
        keys.map((key) => key.id),
      ),
    )
    .orderBy(asc(items.implementationCode));
}

/**
 * The revision of an item open to applications on `day` (in force, neither abolished nor delegated), with
 * what a case keeps of the item; undefined when the item takes no applications that day.
 */
export async function findOpenRevision(db: Executor, itemId: string, day: IsoDate) {
  const [row] = await db
    .select({
      regionCode: items.regionCode,
      itemId: items.id,
      implementationCode: items.implementationCode,
      departmentId: items.departmentId,
      revisionId: itemRevisions.id,
      content: itemRevisions.content,
    })
    .from(items)
    .innerJoin(
      itemRevisions,
      and(eq(itemRevisions.regionCode, items.regionCode), eq(itemRevisions.itemId, items.id), openOn(day)),
    )
    .where(eq(items.id, itemId));
  return row && { ...row, content: row.content as ItemContent };
}

/** A revision by id, whatever its state: the one a case was applied for. */
export async function findRevisionContent(
  db: Executor,
  revision: { regionCode: string; id: string },
): Promise<ItemContent | undefined> {
  const [row] = await db
    .select({ content: itemRevisions.content })
    .from(itemRevisions)
    .where(and(eq(itemRevisions.regionCode, revision.regionCode), eq(itemRevisions.id, revision.id)));
  return row?.content as ItemContent | undefined;
}

export type ItemFormRow = typeof itemForms.$inferSelect;

/** An item's forms (表格下载), by material, blank before sample, oldest first. */
export function listItemForms(
  db: Executor,
  item: Pick<ItemRow, 'regionCode' | 'id'>,
): Promise<ItemFormRow[]> {
  return db
    .select()
    .from(itemForms)
    .where(and(eq(itemForms.regionCode, item.regionCode), eq(itemForms.itemId, item.id)))
    .orderBy(asc(itemForms.materialName), asc(itemForms.kind), asc(itemForms.uploadedAt), asc(itemForms.id));
}

export async function findItemForm(db: Executor, itemId: string, formId: string) {
  const [form] = await db
    .select()
    .from(itemForms)
    .where(and(eq(itemForms.id, formId), eq(itemForms.itemId, itemId)));
  return form;
}

export async function insertItemForm(tx: Tx, form: typeof itemForms.$inferInsert): Promise<void> {
  await tx.insert(itemForms).values(form);
}

export async function deleteItemForm(tx: Tx, form: Pick<ItemFormRow, 'regionCode' | 'id'>) {
  const [deleted] = await tx
    .delete(itemForms)
    .where(and(eq(itemForms.regionCode, form.regionCode), eq(itemForms.id, form.id)))
    .returning();
  return deleted;
}
