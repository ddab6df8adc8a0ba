import { and, eq, isNull, lt } from 'drizzle-orm';
import { type ItemContent } from '../../../../domain/catalog/index.ts';
import { acceptanceRefusal, type ChecklistLine } from '../../../../domain/cases/materials.ts';
import { type Tx } from '../../../db/connection.ts';
import { type AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { type StaffActor } from '../../../platform/policy.ts';
import { cases, caseSteps } from '../schema.ts';
import { listMaterials, type CaseRow } from '../store.ts';
import {
  changeCase,
  dueOf,
  issueNotice,
  localDay,
  newQueryCode,
  requireReason,
  type CaseActor,
  type WriteMeta,
  REMEDIES,
} from './common.ts';
import { actOnCase } from './act.ts';
import { type ChecklistEntry, revisionOf, linesOf, applyChecklist } from './checklist.ts';

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
  return actOnCase(
    ctx,
    actor,
    id,
    'accept',
    { expectedVersion: input.expectedVersion, meta },
    async (tx, row) => {
      const item = await revisionOf(tx, row);
      const lines = input.checklist?.length
        ? await applyChecklist(tx, ctx, row, input.checklist)
        : linesOf(await listMaterials(tx, row.id));
      const refusal = acceptanceRefusal(lines, item);
      if (refusal) throw new AppError(refusal.code, refusal.message);
      await acceptInTransaction(tx, ctx, actor, meta, row, item, lines, { deemed: false });
    },
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
  return actOnCase(
    ctx,
    actor,
    id,
    'reject',
    { expectedVersion: input.expectedVersion, meta },
    async (tx, row) => {
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
    },
  );
}

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
