import { type PauseReason, PAUSE_REASON_LABELS } from '../../../../domain/clock/index.ts';
import { type AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { type StaffActor } from '../../../platform/policy.ts';
import { listMaterials } from '../store.ts';
import { changeCase, dueOf, issueNotice, requireReason, type WriteMeta, nextClockEvents } from './common.ts';
import { actOnCase } from './act.ts';

/** 挂起: a correction after acceptance or a special procedure (§45); the applicant is told in writing. */
export async function suspend(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: {
    reason: PauseReason;
    explanation: string;
    expectedDays: number;
    materials?: { index: number; reason: string }[];
    expectedVersion?: number;
  },
  meta: WriteMeta,
) {
  const explanation = requireReason(input.explanation, '挂起原因及告知内容');
  return actOnCase(
    ctx,
    actor,
    id,
    'suspend',
    { expectedVersion: input.expectedVersion, meta },
    async (tx, row) => {
      const events = nextClockEvents(ctx, row, { type: 'suspend', reason: input.reason });
      const label = PAUSE_REASON_LABELS[input.reason];
      const materials = await listMaterials(tx, id);
      const toCorrect = (input.materials ?? []).map((m) => {
        const line = materials.find((x) => x.index === m.index);
        if (!line) throw new AppError('CASE_MATERIAL_UNKNOWN', `本事项没有第 ${m.index + 1} 项材料`);
        return { index: m.index, name: line.name, reason: m.reason.trim() };
      });
      if (input.reason === 'correction' && toCorrect.length === 0) {
        throw new AppError('CASE_CORRECTION_EMPTY', '办理中补正须列明每一项需补正的材料及原因');
      }
      await issueNotice(
        tx,
        ctx,
        actor,
        row,
        input.reason === 'correction' ? 'correction' : 'special_procedure',
        {
          procedure: label,
          explanation,
          expectedDays: input.expectedDays,
          items: toCorrect,
          afterAcceptance: true,
        },
      );
      await changeCase(tx, ctx, actor, meta, row, 'suspend', {
        set: { clockEvents: events, ...(await dueOf(ctx, tx, row, events, row.acceptedAt!)) },
        summary: `${label}，暂停计时（预计 ${input.expectedDays} 天）`,
        note: explanation,
        details: { reason: input.reason, expectedDays: input.expectedDays, materials: toCorrect },
        notify: `因${label}暂停计时，预计需要 ${input.expectedDays} 天，期间不计入办理期限。`,
      });
    },
  );
}

export async function resume(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: { result?: string; expectedVersion?: number },
  meta: WriteMeta,
) {
  return actOnCase(
    ctx,
    actor,
    id,
    'resume',
    { expectedVersion: input.expectedVersion, meta },
    async (tx, row) => {
      const events = nextClockEvents(ctx, row, { type: 'resume' });
      await changeCase(tx, ctx, actor, meta, row, 'resume', {
        set: { clockEvents: events, ...(await dueOf(ctx, tx, row, events, row.acceptedAt!)) },
        summary: '恢复办理，继续计时',
        note: input.result?.trim() || null,
        notify: '已恢复办理，继续计时。',
      });
    },
  );
}

/** 延长期限: once, approved by the organ's head (许可法 §42), the applicant told the reason. */
export async function extend(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: { days: number; reason: string; expectedVersion?: number },
  meta: WriteMeta,
) {
  const reason = requireReason(input.reason, '延长理由');
  return actOnCase(
    ctx,
    actor,
    id,
    'extend',
    { expectedVersion: input.expectedVersion, meta },
    async (tx, row) => {
      const events = nextClockEvents(ctx, row, {
        type: 'extend',
        days: input.days,
        approver: actor.displayName,
        reason,
      });
      const due = await dueOf(ctx, tx, row, events, row.acceptedAt!);
      await issueNotice(tx, ctx, actor, row, 'extension', {
        days: input.days,
        reason,
        dueOn: due.dueOn,
        approver: actor.displayName,
      });
      await changeCase(tx, ctx, actor, meta, row, 'extend', {
        set: { clockEvents: events, ...due },
        summary: `延长办理期限 ${input.days} 个工作日，经 ${actor.displayName} 批准`,
        note: reason,
        notify: `办理期限延长 ${input.days} 个工作日，理由：${reason}。`,
      });
    },
  );
}
