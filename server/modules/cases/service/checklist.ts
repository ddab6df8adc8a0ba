import { type ItemContent } from '../../../../domain/catalog/index.ts';
import { type ChecklistLine } from '../../../../domain/cases/materials.ts';
import { type Executor, type Tx } from '../../../db/connection.ts';
import { type AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { findRevisionContent } from '../../catalog/index.ts';
import { listMaterials, updateMaterial, type CaseRow, type MaterialRow } from '../store.ts';
import { findReusableMaterial } from './applicants.ts';
import { localDay, requireReason } from './common.ts';

export interface ChecklistEntry {
  index: number;
  status: 'submitted' | 'reused' | 'missing' | 'deferred' | 'committed';
  deferredUntil?: string;
  reusedFromCaseNumber?: string;
}

/** The item's revision a case is handled under. */
export async function revisionOf(db: Executor, row: CaseRow): Promise<ItemContent> {
  const content = await findRevisionContent(db, { regionCode: row.itemRegionCode, id: row.revisionId });
  if (!content) throw new Error(`revision ${row.revisionId} of case ${row.id} is missing`);
  return content;
}

export const linesOf = (rows: MaterialRow[]): ChecklistLine[] =>
  rows.map((m) => ({
    index: m.index,
    name: m.name,
    required: m.required,
    deferrable: m.deferrable,
    status: m.status,
    reason: m.reason,
    deferredUntil: m.deferredUntil,
  }));

/** One line per material of the item's list, all missing: the checklist a new case starts with. */
export function materialRows(ctx: AppContext, regionCode: string, caseId: string, item: ItemContent) {
  return item.materials.map((material, index) => ({
    regionCode,
    caseId,
    index,
    name: material.name,
    required: material.required,
    deferrable: material.deferrable,
    status: 'missing' as const,
    updatedAt: ctx.clock.now(),
  }));
}

/** Applies the clerk's ticks to the checklist (at the window, where the originals are seen). */
export async function applyChecklist(
  tx: Tx,
  ctx: AppContext,
  row: CaseRow,
  entries: readonly ChecklistEntry[],
): Promise<ChecklistLine[]> {
  const current = await listMaterials(tx, row.id);
  const today = localDay(ctx);
  for (const entry of entries) {
    const line = current.find((m) => m.index === entry.index);
    if (!line) throw new AppError('CASE_MATERIAL_UNKNOWN', `本事项没有第 ${entry.index + 1} 项材料`);
    if (entry.status === 'deferred' && entry.deferredUntil && entry.deferredUntil <= today) {
      throw new AppError('CASE_DEFERRAL_DATE_INVALID', `「${line.name}」的补交期限须晚于今天`);
    }
    const reusedFromCaseId =
      entry.status === 'reused'
        ? await findReusableMaterial(
            tx,
            row.applicantIdIndex,
            requireReason(entry.reusedFromCaseNumber, '复用材料的原办件编号'),
            row.id,
          )
        : null;
    const set = {
      status: entry.status,
      deferredUntil: entry.status === 'deferred' ? (entry.deferredUntil ?? null) : null,
      reusedFromCaseId,
      reason: null,
      updatedAt: ctx.clock.now(),
    };
    await updateMaterial(tx, { regionCode: row.regionCode, caseId: row.id, index: entry.index }, set);
    Object.assign(line, set);
  }
  return linesOf(current);
}

export async function markToCorrect(
  tx: Tx,
  ctx: AppContext,
  row: CaseRow,
  listed: { index: number; reason: string }[],
) {
  const current = await listMaterials(tx, row.id);
  for (const entry of listed) {
    if (!current.some((m) => m.index === entry.index)) {
      throw new AppError('CASE_MATERIAL_UNKNOWN', `本事项没有第 ${entry.index + 1} 项材料`);
    }
    await updateMaterial(
      tx,
      { regionCode: row.regionCode, caseId: row.id, index: entry.index },
      { status: 'to_correct', reason: entry.reason.trim(), updatedAt: ctx.clock.now() },
    );
  }
  return current;
}
