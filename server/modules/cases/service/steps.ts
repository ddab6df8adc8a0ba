import { type AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { type StaffActor, can } from '../../../platform/policy.ts';
import { listSteps, updateStep, type StepRow } from '../store.ts';
import { changeCase, requireReason, type WriteMeta } from './common.ts';
import { actOnCase } from './act.ts';

function activeStep(steps: StepRow[]): StepRow {
  const step = steps.find((s) => s.kind === 'step' && s.status === 'active');
  if (!step) throw new AppError('CASE_STEP_INVALID', '该环节不是当前待办环节');
  return step;
}

/** A reviewer takes the current step for themself (认领): the step's role, unassigned or already theirs. */
export async function claimStep(ctx: AppContext, actor: StaffActor, id: string, meta: WriteMeta) {
  return actOnCase(ctx, actor, id, 'processStep', { meta }, async (tx, row) => {
    const step = activeStep(await listSteps(tx, id));
    if (!actor.roles.includes(step.role as never)) {
      throw new AppError('CASE_STEP_NOT_YOURS', `「${step.name}」环节须由相应岗位人员办理`);
    }
    if (step.assigneeId && step.assigneeId !== actor.id) {
      throw new AppError('CASE_STEP_INVALID', `「${step.name}」环节已由他人认领`);
    }
    await updateStep(
      tx,
      { regionCode: row.regionCode, caseId: id, index: step.index },
      { assigneeId: actor.id },
    );
    await changeCase(tx, ctx, actor, meta, row, 'complete_step', {
      summary: `认领「${step.name}」环节`,
      details: { step: step.index, claimed: true },
    });
  });
}

/** The department's chief representative assigns the current step to a colleague (分派). */
export async function assignStep(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: { staffId: string; staffName: string; expectedVersion?: number },
  meta: WriteMeta,
) {
  if (!can(actor, 'cases.assign')) throw new AppError('FORBIDDEN', '只有首席代表可以分派办件');
  return actOnCase(
    ctx,
    actor,
    id,
    'processStep',
    { expectedVersion: input.expectedVersion, meta },
    async (tx, row) => {
      const step = activeStep(await listSteps(tx, id));
      await updateStep(
        tx,
        { regionCode: row.regionCode, caseId: id, index: step.index },
        { assigneeId: input.staffId },
      );
      await changeCase(tx, ctx, actor, meta, row, 'complete_step', {
        summary: `「${step.name}」环节分派给 ${input.staffName}`,
        details: { step: step.index, assignedTo: input.staffId },
      });
    },
  );
}

/** An opinion on the current step: pass moves to the next step, return sends it back to the one before. */
export async function completeStep(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: { outcome: 'pass' | 'return'; opinion: string; expectedVersion?: number },
  meta: WriteMeta,
) {
  const opinion = requireReason(input.opinion, '办理意见');
  return actOnCase(
    ctx,
    actor,
    id,
    'processStep',
    { expectedVersion: input.expectedVersion, meta },
    async (tx, row) => {
      const steps = await listSteps(tx, id);
      const step = activeStep(steps);
      if (step.assigneeId && step.assigneeId !== actor.id) {
        throw new AppError('CASE_STEP_NOT_YOURS', `「${step.name}」环节已分派给他人`);
      }
      if (!step.assigneeId && !actor.roles.includes(step.role as never)) {
        throw new AppError('CASE_STEP_NOT_YOURS', `「${step.name}」环节须由相应岗位人员办理`);
      }
      const now = ctx.clock.now();
      const key = { regionCode: row.regionCode, caseId: id };
      const ordinary = steps.filter((s) => s.kind === 'step');
      const position = ordinary.indexOf(step);
      if (input.outcome === 'return' && position === 0) {
        throw new AppError('CASE_STEP_INVALID', '第一个环节不能退回；如需申请人补正，请挂起并告知补正');
      }
      await updateStep(
        tx,
        { ...key, index: step.index },
        {
          status: 'done',
          assigneeId: actor.id,
          completedAt: now,
          completedBy: actor.id,
          outcome: input.outcome,
          opinion,
        },
      );
      const next = input.outcome === 'pass' ? ordinary[position + 1] : ordinary[position - 1];
      if (next) {
        await updateStep(
          tx,
          { ...key, index: next.index },
          {
            status: 'active',
            startedAt: now,
            completedAt: null,
            completedBy: null,
            outcome: null,
            opinion: null,
          },
        );
      }
      await changeCase(tx, ctx, actor, meta, row, 'complete_step', {
        summary: `「${step.name}」${input.outcome === 'pass' ? '通过' : '退回'}${next ? `，转「${next.name}」` : '，环节已全部完成，待办结'}`,
        note: opinion,
        details: { step: step.index, outcome: input.outcome },
      });
    },
  );
}
