import { and, eq, isNull, lt } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { ItemContent } from '../../../../domain/catalog/index.ts';
import {
  acceptanceRefusal,
  correctionCompletionRefusal,
  correctionRefusal,
  type ChecklistLine,
} from '../../../../domain/cases/materials.ts';
import { correctionNoticeDeadline } from '../../../../domain/clock/index.ts';
import type { Executor, Tx } from '../../../db/connection.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { assertCan as assertPermission, type StaffActor } from '../../../platform/policy.ts';
import { auditContextOf, transact } from '../../../platform/transaction.ts';
import { recordChange } from '../../../platform/audit.ts';
import { getWorkingCalendar } from '../../calendar/index.ts';
import { findOpenRevision, findRevisionContent } from '../../catalog/index.ts';
import { findDutyWindow } from '../../org/index.ts';
import { assertCan } from '../policy.ts';
import { caseHistory, caseMaterials, cases, caseSteps } from '../schema.ts';
import { bumpCounters, listMaterials, updateMaterial, type CaseRow, type MaterialRow } from '../store.ts';
import { agentColumn, applicantColumns, findReusableMaterial, type ApplicantInput } from './applicants.ts';
import {
  changeCase,
  dueOf,
  issueNotice,
  localDay,
  lockForChange,
  newCaseNumber,
  newQueryCode,
  notifyApplicant,
  requireReason,
  type CaseActor,
  type WriteMeta,
} from './common.ts';
import { presentCase } from './read.ts';

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

/** The §32 deadline of the one-time notice, from the day of receipt. */
async function noticeDueOnFor(
  ctx: AppContext,
  regionCode: string,
  db: Executor = ctx.db,
): Promise<string | null> {
  const calendar = await getWorkingCalendar(ctx, regionCode, db);
  try {
    return correctionNoticeDeadline(calendar, localDay(ctx));
  } catch {
    return null;
  }
}

/**
 * 窗口收件: a clerk opens a case for a walk-in applicant or their agent, with the checklist ticked.
 * At a general window the item may be any department's it covers; the case goes to that department.
 */
export async function openWalkIn(
  ctx: AppContext,
  actor: StaffActor,
  input: {
    itemId: string;
    applicant: ApplicantInput;
    agent?: { name: string; idNumber: string; authority: string };
    assisted?: boolean;
    formData?: Record<string, string>;
    delivery?: { method: 'window' | 'post'; address?: Record<string, string> };
    checklist: ChecklistEntry[];
  },
  meta: WriteMeta,
) {
  assertPermission(actor, 'cases.intake');
  const today = localDay(ctx);
  const item = await findOpenRevision(ctx.db, input.itemId, today);
  if (!item) throw new AppError('CASE_ITEM_NOT_OPEN', '该事项今日不受理申请（未发布、已取消或已下放）');
  const window = await findDutyWindow(ctx.db, actor.id, { regionCode: item.regionCode, id: item.itemId });
  if (window && !window.acceptsItem) {
    throw new AppError('CASE_ITEM_NOT_AT_WINDOW', `${window.number}号窗口不受理该事项，请引导至相应窗口`);
  }
  const regionCode = window?.regionCode ?? actor.regionCode;
  assertCan(actor, 'read', { regionCode, departmentId: item.departmentId, state: 'received' });
  if (input.assisted && !actor.roles.includes('agent')) {
    throw new AppError('FORBIDDEN', '帮办代办须由中心代办员办理');
  }
  const applicant = applicantColumns(ctx, input.applicant, item.content);
  const agent = input.agent ? agentColumn(ctx, input.agent) : null;
  const delivery = deliveryColumns(item.content, input.delivery);
  const noticeDueOn = await noticeDueOnFor(ctx, regionCode);
  return transact(
    ctx,
    async (tx) => {
      const id = uuidv7();
      const now = ctx.clock.now();
      const caseNumber = await newCaseNumber(tx, ctx, regionCode);
      const queryCode = newQueryCode();
      const [row] = await tx
        .insert(cases)
        .values({
          regionCode,
          id,
          caseNumber,
          state: 'received',
          channel: 'window',
          itemRegionCode: item.regionCode,
          itemId: item.itemId,
          revisionId: item.revisionId,
          itemName: item.content.name,
          departmentId: item.departmentId,
          centerId: window?.centerId ?? actor.centerId,
          windowId: window?.id ?? null,
          handlingKind: item.content.handlingKind,
          promisedLimitDays: item.content.promisedLimitDays ?? item.content.statutoryLimitDays,
          statutoryLimitDays: item.content.statutoryLimitDays,
          ...applicant,
          agent,
          assistedBy: input.assisted ? actor.id : null,
          formData: input.formData ?? {},
          ...delivery,
          queryCodeEncrypted: ctx.personalData.encrypt(queryCode.code),
          receivedAt: now,
          noticeDueOn,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await tx.insert(caseMaterials).values(materialRows(ctx, regionCode, id, item.content));
      if (input.checklist.length > 0) await applyChecklist(tx, ctx, row!, input.checklist);
      await recordCreation(tx, ctx, actor, meta, row!, {
        action: 'receive',
        summary: `${window ? `${window.number}号窗口` : '窗口'}收件${input.assisted ? '（帮办代办）' : ''}${agent ? `，代理人 ${agent.name}` : ''}`,
      });
      await notifyApplicant(
        tx,
        ctx,
        row!,
        `已在窗口收件，查询码 ${queryCode.code}，可凭办件编号和查询码查询办理进度。`,
      );
      return presentCase(ctx, tx, actor, id);
    },
    meta.idempotency,
    { status: 201 },
  );
}

export function deliveryColumns(
  item: ItemContent,
  delivery: { method: 'window' | 'post'; address?: Record<string, string> } | undefined,
) {
  if (!delivery) return { deliveryMethod: 'window' as const, deliveryAddress: null };
  if (delivery.method === 'post') {
    if (!item.delivery.includes('post'))
      throw new AppError('CASE_DELIVERY_INVALID', '本事项的办理结果不支持邮寄');
    if (!delivery.address) throw new AppError('CASE_DELIVERY_INVALID', '选择邮寄时请填写收件地址');
    if (!/^1[3-9]\d{9}$/.test(delivery.address.mobile ?? '')) {
      throw new AppError('CASE_DELIVERY_INVALID', '收件人手机号码不正确');
    }
  }
  return {
    deliveryMethod: delivery.method,
    deliveryAddress: delivery.method === 'post' ? delivery.address! : null,
  };
}

/** The first timeline entry and audit record of a new case (it enters the machine in its first state). */
export async function recordCreation(
  tx: Tx,
  ctx: AppContext,
  actor: CaseActor,
  meta: WriteMeta,
  row: CaseRow,
  entry: { action: string; summary: string },
): Promise<void> {
  await tx.insert(caseHistory).values({
    regionCode: row.regionCode,
    caseId: row.id,
    at: ctx.clock.now(),
    action: entry.action,
    fromState: null,
    toState: row.state,
    actorKind: actor.kind,
    actorId: actor.kind === 'system' ? null : actor.id,
    actorName:
      actor.kind === 'staff'
        ? actor.displayName
        : actor.kind === 'applicant'
          ? (actor.name ?? '申请人')
          : actor.name,
    summary: entry.summary,
  });
  recordChange(tx, auditContextOf(ctx), {
    actor,
    action: `cases.case.${entry.action}`,
    targetType: 'case',
    targetId: row.id,
    regionCode: row.regionCode,
    after: { state: row.state, version: row.version },
    summary: `${row.caseNumber ?? '办件'}：${entry.summary}`,
    clientAddress: meta.clientAddress,
    event: {
      topic: `cases.case.${entry.action}`,
      payload: { caseId: row.id, regionCode: row.regionCode, to: row.state },
    },
  });
  if (row.state === 'received') await bumpCounters(tx, localDay(ctx), row, ['received']);
}

/** 预审: pass (the application is received) or return with a reason per material. */
export async function preReview(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: {
    decision: 'pass' | 'return';
    materials?: { index: number; reason: string }[];
    note?: string;
    expectedVersion?: number;
  },
  meta: WriteMeta,
) {
  const noticeDue = await noticeDueOnFor(ctx, actor.regionCode);
  return transact(
    ctx,
    async (tx) => {
      const row = await lockForChange(tx, id, input.expectedVersion);
      assertCan(actor, 'preReview', row);
      if (input.decision === 'pass') {
        await changeCase(tx, ctx, actor, meta, row, 'pass_pre_review', {
          set: { receivedAt: ctx.clock.now(), noticeDueOn: noticeDue },
          summary: '网上预审通过，待受理',
          note: input.note?.trim() || null,
          counters: ['received'],
          notify: '已通过网上预审，请按预约时间携带材料原件到窗口办理，或等待受理。',
        });
      } else {
        const listed = input.materials ?? [];
        if (listed.length === 0 && !input.note?.trim()) {
          throw new AppError('CASE_REASON_REQUIRED', '退回时请写明每项需修改的材料及原因');
        }
        await markToCorrect(tx, ctx, row, listed);
        await changeCase(tx, ctx, actor, meta, row, 'return_pre_review', {
          summary: `预审退回：${listed.length} 项材料需修改`,
          note: input.note?.trim() || null,
          details: { materials: listed },
          notify: '网上预审未通过，请登录查看需修改的材料及原因，修改后重新提交。',
        });
      }
      return presentCase(ctx, tx, actor, id);
    },
    meta.idempotency,
  );
}

async function markToCorrect(
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
  return transact(
    ctx,
    async (tx) => {
      const row = await lockForChange(tx, id, input.expectedVersion);
      assertCan(actor, 'requestCorrection', row);
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
      return presentCase(ctx, tx, actor, id);
    },
    meta.idempotency,
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
  return transact(
    ctx,
    async (tx) => {
      const row = await lockForChange(tx, id, input.expectedVersion);
      assertCan(actor, 'requestCorrection', { ...row, state: 'received' });
      await completeCorrectionInTransaction(tx, ctx, actor, meta, row, input.checklist ?? []);
      return presentCase(ctx, tx, actor, id);
    },
    meta.idempotency,
  );
}

/** The steps of the item's revision, the first one active. */
export function stepRows(ctx: AppContext, row: CaseRow, item: ItemContent) {
  // The clerk's steps of the item's flow (受理, 制证, 送达) are acceptance and release themselves.
  const backOffice = item.steps.filter((step) => step.role !== 'clerk');
  const steps =
    backOffice.length > 0 ? backOffice : [{ name: '审批', role: 'reviewer' as const, limitDays: 0 }];
  return steps.map((step, index) => ({
    regionCode: row.regionCode,
    caseId: row.id,
    index,
    kind: 'step' as const,
    name: step.name,
    role: step.role,
    limitDays: step.limitDays,
    status: index === 0 ? ('active' as const) : ('waiting' as const),
    startedAt: index === 0 ? ctx.clock.now() : null,
  }));
}

/** 受理: the checklist satisfied (or deferred, or committed where allowed), the clock starts. */
export async function accept(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: { checklist?: ChecklistEntry[]; expectedVersion?: number },
  meta: WriteMeta,
) {
  return transact(
    ctx,
    async (tx) => {
      const row = await lockForChange(tx, id, input.expectedVersion);
      assertCan(actor, 'accept', row);
      const item = await revisionOf(tx, row);
      const lines = input.checklist?.length
        ? await applyChecklist(tx, ctx, row, input.checklist)
        : linesOf(await listMaterials(tx, row.id));
      const refusal = acceptanceRefusal(lines, item);
      if (refusal) throw new AppError(refusal.code, refusal.message);
      await acceptInTransaction(tx, ctx, actor, meta, row, item, lines, { deemed: false });
      return presentCase(ctx, tx, actor, id);
    },
    meta.idempotency,
  );
}

async function acceptInTransaction(
  tx: Tx,
  ctx: AppContext,
  actor: CaseActor,
  meta: WriteMeta,
  row: CaseRow,
  item: ItemContent,
  lines: ChecklistLine[],
  options: { deemed: boolean },
): Promise<CaseRow> {
  const acceptedAt = options.deemed ? row.receivedAt! : ctx.clock.now();
  const due = await dueOf(ctx, tx, row, [], acceptedAt);
  const deferred = lines.filter((line) => line.status === 'deferred');
  const committed = lines.filter((line) => line.status === 'committed');
  const queryCode = row.queryCodeEncrypted ? null : newQueryCode();
  await issueNotice(tx, ctx, actor, row, 'acceptance', {
    acceptedOn: localDay(ctx, acceptedAt),
    promisedLimitDays: row.promisedLimitDays,
    dueOn: due.dueOn,
    dueProvisional: due.dueProvisional,
    handlingKind: row.handlingKind,
    deemed: options.deemed,
    materials: lines.map((line) => ({ name: line.name, status: line.status })),
    committed: committed.map((line) => line.name),
  });
  if (deferred.length > 0) {
    await issueNotice(tx, ctx, actor, row, 'deferral', {
      items: deferred.map((line) => ({ name: line.name, deferredUntil: line.deferredUntil })),
      consequence: '逾期未补交的，办理结果暂不发放；经核实材料不符合要求的，依法撤销相关决定。',
    });
  }
  await tx.insert(caseSteps).values(stepRows(ctx, row, item));
  const event = options.deemed ? 'deem_accepted' : 'accept';
  const suffix =
    deferred.length > 0 ? `（容缺受理 ${deferred.length} 项）` : committed.length > 0 ? '（告知承诺）' : '';
  return changeCase(tx, ctx, actor, meta, row, event, {
    set: {
      acceptedAt,
      acceptedBy: actor.kind === 'staff' ? actor.id : null,
      // An online case belongs to the center whose clerk accepted it (it issues and posts the result).
      centerId: row.centerId ?? (actor.kind === 'staff' ? actor.centerId : null),
      deemedAccepted: options.deemed,
      clockEvents: [],
      ...due,
      ...(queryCode ? { queryCodeEncrypted: ctx.personalData.encrypt(queryCode.code) } : {}),
      flags: options.deemed ? [...row.flags, 'deemed_accepted'] : row.flags,
    },
    summary: options.deemed
      ? '收件后 5 个工作日内未一次性告知补正，依《行政许可法》第三十二条自收到材料之日起视为受理'
      : `已受理${suffix}`,
    counters: row.handlingKind === 'immediate' ? ['accepted', 'immediate'] : ['accepted'],
    notify: options.deemed
      ? '依法自收到材料之日起视为受理，将按期办理。'
      : `已受理，${due.dueOn ? `承诺 ${due.dueOn}${due.dueProvisional ? '（暂定）' : ''}前办结` : '将按期办结'}。`,
  });
}

/** 不予受理: with the reason, the legal basis and, when not competent, where to apply instead. */
export async function reject(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: { reason: string; legalBasis: string; referTo?: string; expectedVersion?: number },
  meta: WriteMeta,
) {
  const reason = requireReason(input.reason, '不予受理的理由');
  const legalBasis = requireReason(input.legalBasis, '法律依据');
  return transact(
    ctx,
    async (tx) => {
      const row = await lockForChange(tx, id, input.expectedVersion);
      assertCan(actor, 'reject', row);
      await issueNotice(tx, ctx, actor, row, 'rejection', {
        reason,
        legalBasis,
        referTo: input.referTo?.trim() ?? '',
        remedies: REMEDIES,
      });
      await changeCase(tx, ctx, actor, meta, row, 'reject', {
        summary: `不予受理：${reason}`,
        details: { legalBasis, referTo: input.referTo?.trim() ?? null },
        counters: ['rejected'],
        notify: `不予受理，理由：${reason}。详见不予受理通知书。`,
      });
      return presentCase(ctx, tx, actor, id);
    },
    meta.idempotency,
  );
}

/** The applicant's remedies, as every refusal and denial states them. */
export const REMEDIES = [
  '如不服本决定，可以自收到本通知之日起六十日内依法申请行政复议（《中华人民共和国行政复议法》第二十条），',
  '或者自收到本通知之日起六个月内依法向人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）。',
].join('');

/**
 * §32's lapse: an application received and neither notified for correction nor accepted within 5
 * working days counts as accepted on the day of receipt. The daily job records it and flags it.
 */
export async function deemLapsedApplicationsAccepted(tx: Tx, ctx: AppContext): Promise<number> {
  const today = localDay(ctx);
  const lapsed = await tx
    .select()
    .from(cases)
    .where(and(eq(cases.state, 'received'), isNull(cases.closedAt), lt(cases.noticeDueOn, today)))
    .limit(200)
    .for('update', { skipLocked: true });
  const system = { kind: 'system' as const, name: '一次性告知期限' };
  for (const row of lapsed) {
    const item = await revisionOf(tx, row);
    const lines = linesOf(await listMaterials(tx, row.id));
    await acceptInTransaction(tx, ctx, system, { clientAddress: null }, row, item, lines, { deemed: true });
  }
  return lapsed.length;
}
