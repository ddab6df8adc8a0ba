import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/connection.ts';
import {
  caseCounters,
  caseHistory,
  caseMaterials,
  caseNotices,
  caseSequences,
  cases,
  caseSteps,
} from './schema.ts';

export type CaseRow = typeof cases.$inferSelect;
export type MaterialRow = typeof caseMaterials.$inferSelect;
export type StepRow = typeof caseSteps.$inferSelect;
export type HistoryRow = typeof caseHistory.$inferSelect;
export type NoticeRow = typeof caseNotices.$inferSelect;

export async function findCase(db: Executor, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id));
  return row;
}

export async function findCaseByNumber(db: Executor, caseNumber: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.caseNumber, caseNumber));
  return row;
}

/**
 * Locks the case row until the transaction ends. Every write to a case, its materials, steps and
 * notices takes this lock first and reads the case after it, so two clerks acting at once are served
 * one after the other and the second sees the state the first left.
 */
export async function lockCase(tx: Tx, id: string): Promise<CaseRow | undefined> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, id)).for('update');
  return row;
}

export function listMaterials(db: Executor, caseId: string): Promise<MaterialRow[]> {
  return db
    .select()
    .from(caseMaterials)
    .where(eq(caseMaterials.caseId, caseId))
    .orderBy(asc(caseMaterials.index));
}

export function listSteps(db: Executor, caseId: string): Promise<StepRow[]> {
  return db.select().from(caseSteps).where(eq(caseSteps.caseId, caseId)).orderBy(asc(caseSteps.index));
}

export function listHistory(db: Executor, caseId: string): Promise<HistoryRow[]> {
  return db.select().from(caseHistory).where(eq(caseHistory.caseId, caseId)).orderBy(asc(caseHistory.id));
}

export function listNotices(db: Executor, caseId: string): Promise<NoticeRow[]> {
  return db
    .select()
    .from(caseNotices)
    .where(eq(caseNotices.caseId, caseId))
    .orderBy(desc(caseNotices.issuedAt));
}

export async function findNotice(db: Executor, id: string): Promise<NoticeRow | undefined> {
  const [row] = await db.select().from(caseNotices).where(eq(caseNotices.id, id));
  return row;
}

/** The next number of a sequence (a region's day of case numbers, a kind's year of notices), in the caller's transaction. */
export async function nextInSequence(tx: Tx, scope: string): Promise<number> {
  const [row] = await tx
    .insert(caseSequences)
    .values({ scope, next: 2 })
    .onConflictDoUpdate({ target: caseSequences.scope, set: { next: sql`${caseSequences.next} + 1` } })
    .returning({ next: caseSequences.next });
  return row!.next - 1;
}

export const NO_WINDOW = '00000000-0000-0000-0000-000000000000';

export type CounterName =
  | 'received'
  | 'accepted'
  | 'rejected'
  | 'concluded'
  | 'concludedOnTime'
  | 'immediate'
  | 'released'
  | 'posted';

/** Adds to the day's counters of the case's region, department, item and window, in the change's transaction. */
export async function bumpCounters(
  tx: Tx,
  day: string,
  row: Pick<CaseRow, 'regionCode' | 'departmentId' | 'itemId' | 'windowId'>,
  names: readonly CounterName[],
): Promise<void> {
  if (names.length === 0) return;
  const values = Object.fromEntries(names.map((name) => [name, 1]));
  const set = Object.fromEntries(names.map((name) => [name, sql`${caseCounters[name]} + 1`]));
  await tx
    .insert(caseCounters)
    .values({
      day,
      regionCode: row.regionCode,
      departmentId: row.departmentId,
      itemId: row.itemId,
      windowId: row.windowId ?? NO_WINDOW,
      ...values,
    })
    .onConflictDoUpdate({
      target: [
        caseCounters.day,
        caseCounters.regionCode,
        caseCounters.departmentId,
        caseCounters.itemId,
        caseCounters.windowId,
      ],
      set,
    });
}

export async function updateMaterial(
  tx: Tx,
  key: { regionCode: string; caseId: string; index: number },
  set: Partial<MaterialRow>,
): Promise<void> {
  await tx
    .update(caseMaterials)
    .set(set)
    .where(
      and(
        eq(caseMaterials.regionCode, key.regionCode),
        eq(caseMaterials.caseId, key.caseId),
        eq(caseMaterials.index, key.index),
      ),
    );
}

export async function updateStep(
  tx: Tx,
  key: { regionCode: string; caseId: string; index: number },
  set: Partial<StepRow>,
): Promise<void> {
  await tx
    .update(caseSteps)
    .set(set)
    .where(
      and(
        eq(caseSteps.regionCode, key.regionCode),
        eq(caseSteps.caseId, key.caseId),
        eq(caseSteps.index, key.index),
      ),
    );
}
