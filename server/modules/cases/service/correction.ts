import { and, eq } from 'drizzle-orm';
import { correctionCompletionRefusal, correctionRefusal } from '../../../../domain/cases/materials.ts';
import { type Tx } from '../../../db/connection.ts';
import { type AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { type StaffActor } from '../../../platform/policy.ts';
import { assertCan } from '../policy.ts';
import { caseHistory, caseMaterials } from '../schema.ts';
import { listMaterials, type CaseRow } from '../store.ts';
import { changeCase, issueNotice, type CaseActor, type WriteMeta, noticeDueOnFor } from './common.ts';
import { actOnCase } from './act.ts';
import { type ChecklistEntry, linesOf, applyChecklist, markToCorrect } from './checklist.ts';

/** 一次性告知: every missing or faulty material with its reason, at once, as a notice. */
export async function requestCorrection(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: { materials: { index: number; reason: string }[]; note?: string; expectedVersion?: number },
  meta: WriteMeta,
) {
  const refusal = correctionRefusal(input.materials);
  if (refusal) throw new AppError(refusal.code, refusal.message);
  return actOnCase(
    ctx,
    actor,
    id,
    'requestCorrection',
    { expectedVersion: input.expectedVersion, meta },
    async (tx, row) => {
      const current = await markToCorrect(tx, ctx, row, input.materials);
      const count = row.correctionCount + 1;
      const items = input.materials.map((entry) => ({
        index: entry.index,
        name: current.find((m) => m.index === entry.index)!.name,
        reason: entry.reason.trim(),
      }));
      await issueNotice(tx, ctx, actor, row, 'correction', {
        items,
        note: input.note?.trim() ?? '',
        round: count,
      });
      await changeCase(tx, ctx, actor, meta, row, 'request_correction', {
        set: {
          correctionCount: count,
          // A second correction of one case is for supervision to look at (一次性告知 means once).
          flags:
            count >= 2 && !row.flags.includes('second_correction')
              ? [...row.flags, 'second_correction']
              : row.flags,
        },
        summary: `一次性告知补正（第 ${count} 次）：${items.map((i) => i.name).join('、')}`,
        note: input.note?.trim() || null,
        details: { materials: items },
        notify: `需补正 ${items.length} 项材料，请查看补正通知书，一次补齐后再提交。`,
      });
    },
  );
}

/** The correction is complete when every material the notice listed is now submitted. */
export async function completeCorrectionInTransaction(
  tx: Tx,
  ctx: AppContext,
  actor: CaseActor,
  meta: WriteMeta,
  row: CaseRow,
  checklist: readonly ChecklistEntry[],
): Promise<CaseRow> {
  if (checklist.length > 0) await applyChecklist(tx, ctx, row, checklist);
  const lines = linesOf(await listMaterials(tx, row.id));
  const [notice] = await tx
    .select({ details: caseHistory.details })
    .from(caseHistory)
    .where(and(eq(caseHistory.caseId, row.id), eq(caseHistory.action, 'request_correction')))
    .orderBy(caseHistory.id);
  const listed = ((notice?.details.materials as { index: number }[] | undefined) ?? []).map((m) => m.index);
  const refusal = correctionCompletionRefusal(lines, listed);
  if (refusal) throw new AppError(refusal.code, refusal.message);
  await tx
    .update(caseMaterials)
    .set({ reason: null })
    .where(and(eq(caseMaterials.regionCode, row.regionCode), eq(caseMaterials.caseId, row.id)));
  return changeCase(tx, ctx, actor, meta, row, 'complete_correction', {
    set: { receivedAt: ctx.clock.now(), noticeDueOn: await noticeDueOnFor(ctx, row.regionCode, tx) },
    summary: '补正材料已齐全，待受理',
  });
}

export async function completeCorrection(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: { checklist?: ChecklistEntry[]; expectedVersion?: number },
  meta: WriteMeta,
) {
  return actOnCase(
    ctx,
    actor,
    id,
    null,
    { expectedVersion: input.expectedVersion, meta },
    async (tx, row) => {
      assertCan(actor, 'requestCorrection', { ...row, state: 'received' });
      await completeCorrectionInTransaction(tx, ctx, actor, meta, row, input.checklist ?? []);
    },
  );
}
