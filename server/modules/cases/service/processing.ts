import { and, eq, lt } from 'drizzle-orm';
import { addWorkingDays } from '../../../../domain/calendar/index.ts';
import { releaseRefusal } from '../../../../domain/cases/materials.ts';
import {
  validateClockEvents,
  type ClockEvent,
  type PauseReason,
  PAUSE_REASON_LABELS,
} from '../../../../domain/clock/index.ts';
import { maskIdCardNumber, validateIdCardNumber } from '../../../../domain/validators/index.ts';
import type { Tx } from '../../../db/connection.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { can, type StaffActor } from '../../../platform/policy.ts';
import { transact } from '../../../platform/transaction.ts';
import { getWorkingCalendar } from '../../calendar/index.ts';
import { assertCan } from '../policy.ts';
import { caseSteps } from '../schema.ts';
import { listMaterials, listSteps, updateStep, type CaseRow, type StepRow } from '../store.ts';
import {
  changeCase,
  clockOf,
  dueOf,
  issueNotice,
  localDay,
  lockForChange,
  requireReason,
  type WriteMeta,
} from './common.ts';
import { linesOf, REMEDIES, revisionOf } from './intake.ts';
import { departmentName } from './departments.ts';
import { issueLicenseInTransaction } from '../../licenses/index.ts';
import { createShipmentInTransaction } from '../../delivery/index.ts';
import { presentCase } from './read.ts';

const at = (ctx: AppContext) => ctx.clock.now().toISOString();

function activeStep(steps: StepRow[], index?: number): StepRow {
  const step = steps.find(
    (s) => s.kind === 'step' && s.status === 'active' && (index === undefined || s.index === index),
  );
  if (!step) throw new AppError('CASE_STEP_INVALID', '该环节不是当前待办环节');
  return step;
}

/** A reviewer takes the current step for themself (认领): the step's role, unassigned or already theirs. */
export async function claimStep(ctx: AppContext, actor: StaffActor, id: string, meta: WriteMeta) {
  return transact(
    ctx,
    async (tx) => {
      const row = await lockForChange(tx, id);
      assertCan(actor, 'processStep', row);
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
      return presentCase(ctx, tx, actor, id);
    },
    meta.idempotency,
  );
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
  return transact(
    ctx,
    async (tx) => {
      const row = await lockForChange(tx, id, input.expectedVersion);
      assertCan(actor, 'processStep', row);
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
      return presentCase(ctx, tx, actor, id);
    },
    meta.idempotency,
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
  return transact(
    ctx,
    async (tx) => {
      const row = await lockForChange(tx, id, input.expectedVersion);
      assertCan(actor, 'processStep', row);
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
      return presentCase(ctx, tx, actor, id);
    },
    meta.idempotency,
  );
}

/** 联办件: the lead department asks a co-department's countersign; unanswered by the deadline it counts as consent. */
export async function requestCountersign(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: { departmentId: string; departmentName: string; hours?: number },
  meta: WriteMeta,
) {
  return transact(
    ctx,
    async (tx) => {
      const row = await lockForChange(tx, id);
      assertCan(actor, 'processStep', row);
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
      return presentCase(ctx, tx, actor, id);
    },
    meta.idempotency,
  );
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
  return transact(
    ctx,
    async (tx) => {
      const row = await lockForChange(tx, id);
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
      return presentCase(ctx, tx, actor, id);
    },
    meta.idempotency,
  );
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

function nextClockEvents(row: CaseRow, event: ClockEvent): ClockEvent[] {
  const events = [...row.clockEvents, event];
  validateClockEvents({
    handlingKind: row.handlingKind,
    acceptedAt: row.acceptedAt!.toISOString(),
    events,
  } as Parameters<typeof validateClockEvents>[0]);
  return events;
}

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
  return transact(
    ctx,
    async (tx) => {
      const row = await lockForChange(tx, id, input.expectedVersion);
      assertCan(actor, 'suspend', row);
      const events = nextClockEvents(row, { type: 'suspend', at: at(ctx), reason: input.reason });
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
      return presentCase(ctx, tx, actor, id);
    },
    meta.idempotency,
  );
}

export async function resume(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: { result?: string; expectedVersion?: number },
  meta: WriteMeta,
) {
  return transact(
    ctx,
    async (tx) => {
      const row = await lockForChange(tx, id, input.expectedVersion);
      assertCan(actor, 'resume', row);
      const events = nextClockEvents(row, { type: 'resume', at: at(ctx) });
      await changeCase(tx, ctx, actor, meta, row, 'resume', {
        set: { clockEvents: events, ...(await dueOf(ctx, tx, row, events, row.acceptedAt!)) },
        summary: '恢复办理，继续计时',
        note: input.result?.trim() || null,
        notify: '已恢复办理，继续计时。',
      });
      return presentCase(ctx, tx, actor, id);
    },
    meta.idempotency,
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
  return transact(
    ctx,
    async (tx) => {
      const row = await lockForChange(tx, id, input.expectedVersion);
      assertCan(actor, 'extend', row);
      const events = nextClockEvents(row, {
        type: 'extend',
        at: at(ctx),
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
      return presentCase(ctx, tx, actor, id);
    },
    meta.idempotency,
  );
}

/**
 * 办结: approved (the result, and the e-licence where the item issues one) or denied (reasons and
 * remedies). Every step done first, and every countersign answered or defaulted; an immediate case
 * is concluded at the window the same day.
 */
export async function conclude(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: {
    outcome: 'approved' | 'denied';
    opinion: string;
    legalBasis?: string;
    resultName?: string;
    validUntil?: string;
    expectedVersion?: number;
  },
  meta: WriteMeta,
) {
  const opinion = requireReason(input.opinion, input.outcome === 'approved' ? '办结意见' : '不予许可的理由');
  return transact(
    ctx,
    async (tx) => {
      const row = await lockForChange(tx, id, input.expectedVersion);
      const immediateAtWindow = row.handlingKind === 'immediate' && can(actor, 'cases.intake');
      if (immediateAtWindow) assertCan(actor, 'accept', { ...row, state: 'received' });
      else assertCan(actor, 'conclude', row);
      const steps = await listSteps(tx, id);
      const outstanding = steps.filter(
        (s) => s.status !== 'done' && (s.kind === 'countersign' || !immediateAtWindow),
      );
      if (outstanding.length > 0) {
        throw new AppError(
          'CASE_STEPS_OUTSTANDING',
          `尚有环节未完成：${outstanding.map((s) => s.name).join('、')}`,
        );
      }
      if (input.outcome === 'denied') requireReason(input.legalBasis, '不予许可的法律依据');
      const now = ctx.clock.now();
      const events = nextClockEvents(row, { type: 'conclude', at: now.toISOString() });
      const clock = await clockOf(ctx, { ...row, clockEvents: events }, tx, now);
      const calendar = await getWorkingCalendar(ctx, row.regionCode, tx);
      let releaseDueOn: string | null = null;
      try {
        releaseDueOn = addWorkingDays(calendar, localDay(ctx, now), 10);
      } catch {
        releaseDueOn = null;
      }
      const onTime = clock ? !clock.isPastDue : null;
      if (input.outcome === 'approved') {
        const resultName = input.resultName?.trim() || row.itemName;
        const item = await revisionOf(tx, row);
        const license =
          item.result.issuesELicense && row.centerId
            ? await issueLicenseInTransaction(tx, ctx, {
                actor,
                clientAddress: meta.clientAddress,
                caseId: row.id,
                caseNumber: row.caseNumber ?? '',
                centerId: row.centerId,
                regionCode: row.regionCode,
                itemId: row.itemId,
                itemName: row.itemName,
                licenseName: item.result.name || resultName,
                holderName: row.applicantName,
                holderKind: row.applicantKind,
                holderIdNumber: ctx.personalData.decrypt(row.applicantIdEncrypted),
                holderMobile: ctx.personalData.decrypt(row.applicantMobileEncrypted),
                validUntil: input.validUntil ?? null,
                departmentName: await departmentName(ctx, row.departmentId, tx),
                content: { 名称: resultName, 许可内容: opinion },
              })
            : null;
        await issueNotice(tx, ctx, actor, row, 'approval', {
          opinion,
          resultName,
          validUntil: input.validUntil ?? null,
          legalBasis: input.legalBasis?.trim() ?? '',
          license: license && {
            id: license.id,
            licenseNumber: license.licenseNumber,
            verificationCode: license.verificationCode,
            verificationPath: license.verificationPath,
          },
        });
      } else {
        await issueNotice(tx, ctx, actor, row, 'denial', {
          reasons: opinion,
          legalBasis: input.legalBasis!.trim(),
          remedies: REMEDIES,
        });
      }
      await changeCase(tx, ctx, actor, meta, row, 'conclude', {
        set: {
          clockEvents: events,
          outcome: input.outcome,
          concludedAt: now,
          concludedOnTime: onTime,
          releaseDueOn,
        },
        summary: input.outcome === 'approved' ? '办结：准予许可' : '办结：不予许可',
        note: opinion,
        counters: onTime ? ['concluded', 'concludedOnTime'] : ['concluded'],
        notify:
          input.outcome === 'approved'
            ? `已办结（准予）。${row.deliveryMethod === 'post' ? '结果将免费邮寄给您。' : '请凭身份证件到窗口领取结果。'}`
            : '已办结（不予许可），理由及救济途径详见决定书。',
      });
      return presentCase(ctx, tx, actor, id);
    },
    meta.idempotency,
  );
}

/** 出件: at the window (who collected, with what ID) or by post; deferred materials must be in first. */
export async function release(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: {
    method: 'window' | 'post';
    collectorName?: string;
    collectorIdNumber?: string;
    expectedVersion?: number;
  },
  meta: WriteMeta,
) {
  return transact(
    ctx,
    async (tx) => {
      const row = await lockForChange(tx, id, input.expectedVersion);
      assertCan(actor, 'release', row);
      const refusal = releaseRefusal(linesOf(await listMaterials(tx, id)));
      if (refusal) throw new AppError(refusal.code, refusal.message);
      let collector: { name: string; idNumberMasked: string } | null = null;
      if (input.method === 'window') {
        const name = requireReason(input.collectorName, '领取人姓名');
        const idNumber = requireReason(input.collectorIdNumber, '领取人身份证号').toUpperCase();
        const check = validateIdCardNumber(idNumber, { today: localDay(ctx) });
        if (!check.ok) throw new AppError('CASE_DELIVERY_INVALID', `领取人${check.message}`);
        collector = { name, idNumberMasked: maskIdCardNumber(idNumber) };
      } else {
        if (!row.deliveryAddress)
          throw new AppError('CASE_DELIVERY_INVALID', '申请时未填写邮寄地址，不能邮寄');
        if (!row.centerId) throw new AppError('CASE_DELIVERY_INVALID', '办件没有受理中心，不能邮寄');
        const address = row.deliveryAddress;
        await createShipmentInTransaction(tx, ctx, {
          caseId: row.id,
          caseNumber: row.caseNumber ?? '',
          regionCode: row.regionCode,
          centerId: row.centerId,
          applicantId: row.applicantId,
          recipient: {
            name: address.recipient ?? row.applicantName,
            mobile: address.mobile ?? '',
            address: address.address ?? '',
            postcode: address.postcode ?? null,
          },
          contents: `${row.itemName}办理结果`,
          actor,
          clientAddress: meta.clientAddress,
        });
      }
      await issueNotice(tx, ctx, actor, row, 'release', {
        method: input.method,
        collector,
        address: input.method === 'post' ? row.deliveryAddress : null,
        releasedOn: localDay(ctx),
      });
      await changeCase(tx, ctx, actor, meta, row, 'release', {
        set: { releasedAt: ctx.clock.now() },
        summary: input.method === 'window' ? `窗口出件，由 ${collector!.name} 领取` : '结果已交寄',
        counters: input.method === 'post' ? ['released', 'posted'] : ['released'],
        notify:
          input.method === 'window' ? '结果已领取。感谢您的办理，欢迎评价。' : '结果已交寄，请注意查收。',
      });
      return presentCase(ctx, tx, actor, id);
    },
    meta.idempotency,
  );
}

/** 终止办理: ended without a decision, with the reason. */
export async function terminate(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: { reason: string; expectedVersion?: number },
  meta: WriteMeta,
) {
  const reason = requireReason(input.reason, '终止理由');
  return transact(
    ctx,
    async (tx) => {
      const row = await lockForChange(tx, id, input.expectedVersion);
      assertCan(actor, 'terminate', row);
      await changeCase(tx, ctx, actor, meta, row, 'terminate', {
        summary: `终止办理：${reason}`,
        notify: `已终止办理，理由：${reason}。`,
      });
      return presentCase(ctx, tx, actor, id);
    },
    meta.idempotency,
  );
}
