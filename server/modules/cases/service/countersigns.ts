import { and, eq, lt } from 'drizzle-orm';
import { type Tx } from '../../../db/connection.ts';
import { type AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { type StaffActor, can } from '../../../platform/policy.ts';
import { caseSteps } from '../schema.ts';
import { listSteps, updateStep } from '../store.ts';
import { changeCase, lockForChange, requireReason, type WriteMeta } from './common.ts';
import { actOnCase } from './act.ts';

/** 联办件: the lead department asks a co-department's countersign; unanswered by the deadline it counts as consent. */
export async function requestCountersign(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: { departmentId: string; departmentName: string; hours?: number },
  meta: WriteMeta,
) {
  return actOnCase(ctx, actor, id, 'processStep', { meta }, async (tx, row) => {
    if (input.departmentId === row.departmentId)
      throw new AppError('CASE_STEP_INVALID', '会签部门不能是本部门');
    const steps = await listSteps(tx, id);
    const now = ctx.clock.now();
    const hours = input.hours ?? 48;
    await tx.insert(caseSteps).values({
      regionCode: row.regionCode,
      caseId: id,
      index: Math.max(...steps.map((s) => s.index), -1) + 1,
      kind: 'countersign',
      name: `${input.departmentName}会签`,
      role: 'reviewer',
      limitDays: 0,
      departmentId: input.departmentId,
      status: 'active',
      startedAt: now,
      answerBy: new Date(now.getTime() + hours * 3600_000),
    });
    await changeCase(tx, ctx, actor, meta, row, 'complete_step', {
      summary: `请${input.departmentName}会签，${hours} 小时内未回复视为同意`,
    });
  });
}

/** A co-department's reviewer answers a countersign: consent or objection, with an opinion. */
export async function answerCountersign(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  index: number,
  input: { outcome: 'consent' | 'object'; opinion: string },
  meta: WriteMeta,
) {
  const opinion = requireReason(input.opinion, '会签意见');
  return actOnCase(ctx, actor, id, null, { meta }, async (tx, row) => {
    const step = (await listSteps(tx, id)).find((s) => s.index === index && s.kind === 'countersign');
    if (!step || step.status !== 'active') throw new AppError('CASE_STEP_INVALID', '该会签不在待办状态');
    if (!can(actor, 'cases.process') || actor.departmentId !== step.departmentId) {
      throw new AppError('FORBIDDEN', '只有被请求会签的部门可以回复');
    }
    await updateStep(
      tx,
      { regionCode: row.regionCode, caseId: id, index },
      {
        status: 'done',
        completedAt: ctx.clock.now(),
        completedBy: actor.id,
        outcome: input.outcome,
        opinion,
      },
    );
    await changeCase(tx, ctx, actor, meta, row, 'complete_step', {
      summary: `${step.name}：${input.outcome === 'consent' ? '同意' : '不同意'}`,
      note: opinion,
    });
  });
}

/** 默认同意: countersigns past their deadline count as consent, recorded as such. */
export async function defaultOverdueCountersigns(tx: Tx, ctx: AppContext): Promise<number> {
  const due = await tx
    .select({ caseId: caseSteps.caseId, index: caseSteps.index, name: caseSteps.name })
    .from(caseSteps)
    .where(
      and(
        eq(caseSteps.status, 'active'),
        eq(caseSteps.kind, 'countersign'),
        lt(caseSteps.answerBy, ctx.clock.now()),
      ),
    )
    .limit(200);
  const system = { kind: 'system' as const, name: '会签期限' };
  for (const step of due) {
    const row = await lockForChange(tx, step.caseId);
    if (row.state !== 'processing') continue;
    await updateStep(
      tx,
      { regionCode: row.regionCode, caseId: row.id, index: step.index },
      {
        status: 'done',
        completedAt: ctx.clock.now(),
        outcome: 'default_consent',
        opinion: '会签期限内未回复，视为同意',
      },
    );
    await changeCase(tx, ctx, system, { clientAddress: null }, row, 'complete_step', {
      summary: `${step.name}：期限内未回复，视为同意`,
    });
  }
  return due.length;
}
