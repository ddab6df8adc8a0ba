import { and, asc, count, desc, eq, ilike, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { addWorkingDays } from '../../../../domain/calendar/index.ts';
import { CASE_STATE_LABELS } from '../../../../domain/cases/machine.ts';
import { MATERIAL_STATUS_LABELS } from '../../../../domain/cases/materials.ts';
import type { CaseClock } from '../../../../domain/clock/index.ts';
import { maskIdCardNumber } from '../../../../domain/validators/index.ts';
import { presentIdNumber } from '../../../platform/personal-data.ts';
import { maskMobile } from '../../applicant-auth/index.ts';
import type { Executor } from '../../../db/connection.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { can, withinRegionOf, type StaffActor } from '../../../platform/policy.ts';
import { getWorkingCalendar } from '../../calendar/index.ts';
import { staffNames } from '../../users/index.ts';
import { assertCan, presentActions } from '../policy.ts';
import { cases, caseSteps, type NoticeKind } from '../schema.ts';
import type { ClockViewType } from '../schemas.ts';
import {
  findCase,
  listHistory,
  listMaterials,
  listNotices,
  listSteps,
  type CaseRow,
  type HistoryRow,
} from '../store.ts';
import { clockOf, localDay } from './common.ts';

export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = {
  acceptance: '受理通知书',
  correction: '补正材料通知书（一次性告知）',
  rejection: '不予受理通知书',
  deferral: '容缺受理通知书',
  special_procedure: '特别程序告知书',
  extension: '延长办理期限告知书',
  approval: '准予许可决定书',
  denial: '不予许可决定书',
  release: '送达回证',
};

export function clockView(clock: CaseClock | null): ClockViewType | null {
  if (!clock) return null;
  return {
    status: clock.status,
    explanation: clock.explanation,
    dueDate: clock.dueDate,
    isPastDue: clock.isPastDue,
    leftDays: clock.leftDays,
    usedDays: clock.usedDays,
    overdueDays: clock.overdueDays,
    limitDays: clock.limitDays,
    extensionDays: clock.extensionDays,
    pausedDays: clock.pausedDays,
    provisional: clock.provisional,
  };
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export async function presentSummary(ctx: AppContext, row: CaseRow, db: Executor = ctx.db) {
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    state: row.state,
    stateLabel: CASE_STATE_LABELS[row.state],
    channel: row.channel,
    itemId: row.itemId,
    itemName: row.itemName,
    departmentId: row.departmentId,
    handlingKind: row.handlingKind,
    applicantName: row.applicantName,
    submittedAt: iso(row.submittedAt),
    receivedAt: iso(row.receivedAt),
    acceptedAt: iso(row.acceptedAt),
    dueOn: row.dueOn,
    dueProvisional: row.dueProvisional,
    outcome: row.outcome,
    flags: row.flags,
    clock: clockView(await clockOf(ctx, row, db)),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function timelineOf(history: HistoryRow[], showActors: boolean) {
  return history.map((entry) => ({
    at: entry.at.toISOString(),
    action: entry.action,
    toState: entry.toState,
    stateLabel: CASE_STATE_LABELS[entry.toState],
    summary: entry.summary,
    note: entry.note,
    actorName: showActors ? entry.actorName : entry.actorKind === 'system' ? '系统' : null,
  }));
}

/** 计算依据, line by line: acceptance day, limit, paused spans, extension and the due date. */
export function clockBasisOf(row: CaseRow, clock: CaseClock | null): string[] {
  if (!row.acceptedAt || !clock) {
    return row.acceptedAt ? ['办理期限跨入尚未发布放假安排的年份，暂无法计算'] : [];
  }
  const lines = [
    `受理日：${clock.acceptedOn}（受理当日不计入期限）`,
    `${row.handlingKind === 'immediate' ? '即办件：当日办结' : `承诺期限：${clock.limitDays} 个工作日`}`,
  ];
  for (const event of row.clockEvents) {
    if (event.type === 'suspend') lines.push(`挂起：${event.at.slice(0, 10)} 起（${event.reason}）`);
    if (event.type === 'resume') lines.push(`恢复：${event.at.slice(0, 10)}`);
    if (event.type === 'extend') lines.push(`延长：${event.days} 个工作日（${event.reason}）`);
  }
  if (clock.pausedDays > 0) lines.push(`暂停计时：${clock.pausedDays} 个工作日不计入`);
  lines.push(`到期日：${clock.dueDate} 当日结束（不含周末、法定节假日，含调休上班日）`);
  if (clock.provisional) {
    lines.push('暂定：到期日所在年份的放假安排尚未发布，按法定节假日暂算，发布后自动重算');
  }
  return lines;
}

/** The whole case for a staff page: checklist, steps, timeline, notices, clock and allowed actions. */
export async function presentCase(ctx: AppContext, db: Executor, actor: StaffActor, id: string) {
  const row = await findCase(db, id);
  if (!row) throw new AppError('NOT_FOUND', '未找到该办件');
  assertCan(actor, 'read', row);
  const [materials, steps, history, notices, clock] = await Promise.all([
    listMaterials(db, id),
    listSteps(db, id),
    listHistory(db, id),
    listNotices(db, id),
    clockOf(ctx, row, db),
  ]);
  const names = await staffNames(db, [...steps.map((s) => s.assigneeId), ...steps.map((s) => s.completedBy)]);
  const mayReadIds = can(actor, 'cases.read_personal_data');
  const idNumber = ctx.personalData.decrypt(row.applicantIdEncrypted);
  const mobile = ctx.personalData.decrypt(row.applicantMobileEncrypted);
  const reusedIds = materials.map((m) => m.reusedFromCaseId).filter((v): v is string => Boolean(v));
  const reused = reusedIds.length
    ? await db
        .select({ id: cases.id, caseNumber: cases.caseNumber })
        .from(cases)
        .where(inArray(cases.id, reusedIds))
    : [];
  return {
    ...(await presentSummary(ctx, row, db)),
    version: row.version,
    itemRegionCode: row.itemRegionCode,
    revisionId: row.revisionId,
    promisedLimitDays: row.promisedLimitDays,
    statutoryLimitDays: row.statutoryLimitDays,
    applicantKind: row.applicantKind,
    applicantIdType: row.applicantIdType,
    applicantIdNumber: presentIdNumber(idNumber, mayReadIds || row.applicantIdType === 'uscc'),
    applicantMobile: maskMobile(mobile),
    agent: row.agent
      ? {
          name: row.agent.name,
          idNumber: maskIdCardNumber(ctx.personalData.decrypt(row.agent.idNumberEncrypted)),
          authority: row.agent.authority,
        }
      : null,
    assisted: row.assistedBy !== null,
    formData: row.formData,
    deliveryMethod: row.deliveryMethod,
    noticeDueOn: row.noticeDueOn,
    deemedAccepted: row.deemedAccepted,
    correctionCount: row.correctionCount,
    concludedAt: iso(row.concludedAt),
    concludedOnTime: row.concludedOnTime,
    releaseDueOn: row.releaseDueOn,
    releasedAt: iso(row.releasedAt),
    materials: materials.map((m) => ({
      index: m.index,
      name: m.name,
      required: m.required,
      deferrable: m.deferrable,
      status: m.status,
      statusLabel: MATERIAL_STATUS_LABELS[m.status],
      reason: m.reason,
      deferredUntil: m.deferredUntil,
      fileName: m.fileName,
      size: m.size,
      reusedFromCaseNumber: reused.find((r) => r.id === m.reusedFromCaseId)?.caseNumber ?? null,
    })),
    steps: steps.map((s) => ({
      index: s.index,
      kind: s.kind,
      name: s.name,
      role: s.role,
      limitDays: s.limitDays,
      departmentId: s.departmentId,
      assigneeId: s.assigneeId,
      assigneeName: s.assigneeId ? (names.get(s.assigneeId) ?? null) : null,
      status: s.status,
      startedAt: iso(s.startedAt),
      answerBy: iso(s.answerBy),
      completedAt: iso(s.completedAt),
      completedByName: s.completedBy ? (names.get(s.completedBy) ?? null) : null,
      outcome: s.outcome,
      opinion: s.opinion,
    })),
    timeline: timelineOf(history, true),
    notices: notices.map((n) => ({
      id: n.id,
      kind: n.kind,
      kindLabel: NOTICE_KIND_LABELS[n.kind],
      number: n.number,
      issuedAt: n.issuedAt.toISOString(),
    })),
    clockBasis: clockBasisOf(row, clock),
    ...presentActions(actor, row),
  };
}

export { timelineOf };

// ---- The workbench: today's work, each a count that opens a list ----

type Queue =
  | 'to_pre_review'
  | 'to_accept'
  | 'correcting'
  | 'to_process'
  | 'due_soon'
  | 'overdue'
  | 'suspended'
  | 'to_release';

/** The condition of each workbench queue, for the caller: intake queues by region, processing by department. */
async function queueCondition(ctx: AppContext, actor: StaffActor, queue: Queue): Promise<SQL> {
  const scope = withinRegionOf(cases.regionCode, actor);
  const department = actor.departmentId ? eq(cases.departmentId, actor.departmentId) : sql`false`;
  const today = localDay(ctx);
  const open = isNull(cases.closedAt);
  switch (queue) {
    case 'to_pre_review':
      return and(scope, eq(cases.state, 'submitted'))!;
    case 'to_accept':
      return and(scope, eq(cases.state, 'received'))!;
    case 'correcting':
      return and(scope, eq(cases.state, 'correcting'))!;
    case 'to_process':
      return and(scope, department, eq(cases.state, 'processing'))!;
    case 'suspended':
      return and(scope, department, eq(cases.state, 'suspended'))!;
    case 'to_release':
      return and(scope, eq(cases.state, 'concluded'))!;
    case 'due_soon': {
      const calendar = await getWorkingCalendar(ctx, actor.regionCode);
      const soon = addWorkingDays(calendar, today, 1);
      return and(
        scope,
        open,
        eq(cases.state, 'processing'),
        sql`${cases.dueOn} >= ${today}`,
        lte(cases.dueOn, soon),
      )!;
    }
    case 'overdue':
      return and(scope, open, inArray(cases.state, ['processing', 'suspended']), lt(cases.dueOn, today))!;
    default: {
      const unreachable: never = queue;
      throw new Error(`unknown queue ${String(unreachable)}`);
    }
  }
}

const QUEUES: readonly Queue[] = [
  'to_pre_review',
  'to_accept',
  'correcting',
  'to_process',
  'due_soon',
  'overdue',
  'suspended',
  'to_release',
];

export async function workbenchCounts(ctx: AppContext, actor: StaffActor) {
  // One scan of the caller's open cases, each queue a filtered count.
  const conditions = await Promise.all(QUEUES.map((queue) => queueCondition(ctx, actor, queue)));
  const columns = Object.fromEntries(
    QUEUES.map((queue, i) => [queue, sql<number>`count(*) filter (where ${conditions[i]})`.mapWith(Number)]),
  ) as Record<Queue, SQL.Aliased<number> | SQL<number>>;
  const [counts] = await ctx.db
    .select(columns)
    .from(cases)
    .where(and(withinRegionOf(cases.regionCode, actor), isNull(cases.closedAt)));
  return { counts: counts as Record<Queue, number>, today: localDay(ctx) };
}

/** A page of cases: a workbench queue (by time left) or a search by case number or applicant name. */
export async function listCases(
  ctx: AppContext,
  actor: StaffActor,
  query: { queue?: Queue; q?: string; mine?: boolean; page?: number; pageSize?: number },
) {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const conditions: (SQL | undefined)[] = [withinRegionOf(cases.regionCode, actor)];
  if (query.queue) conditions.push(await queueCondition(ctx, actor, query.queue));
  if (query.q?.trim()) {
    const q = `%${query.q.trim().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(cases.caseNumber, q), ilike(cases.applicantName, q)));
  }
  if (query.mine) {
    conditions.push(
      sql`exists (select 1 from ${caseSteps} where ${caseSteps.caseId} = ${cases.id} and ${caseSteps.status} = 'active' and ${caseSteps.assigneeId} = ${actor.id})`,
    );
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(cases)
      .where(where)
      .orderBy(sql`${cases.dueOn} asc nulls last`, asc(cases.receivedAt), desc(cases.createdAt))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    ctx.db.select({ n: count() }).from(cases).where(where),
  ]);
  return {
    cases: await Promise.all(rows.map((row) => presentSummary(ctx, row))),
    total: total!.n,
    page,
    pageSize,
  };
}
