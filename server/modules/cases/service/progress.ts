import { timingSafeEqual } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { CASE_STATE_LABELS } from '../../../../domain/cases/machine.ts';
import type { ApplicantActor } from '../../../platform/access.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import type { StaffActor } from '../../../platform/policy.ts';
import { findCenterInScope, findRegion, listDepartments } from '../../org/index.ts';
import { assertCan } from '../policy.ts';
import { cases } from '../schema.ts';
import { findCase, findCaseByNumber, findNotice, listHistory, listMaterials } from '../store.ts';
import { clockOf } from './common.ts';
import { maskPersonName } from '../../../../domain/validators/index.ts';
import { clockView, NOTICE_KIND_LABELS, timelineOf } from './read.ts';

/** Wrong codes before the case's query locks, and for how long. */
export const QUERY_ATTEMPTS = 5;
export const QUERY_LOCK_MINUTES = 15;

const NOT_FOUND = '办件编号或查询码不正确';

function sameCode(stored: string, given: string): boolean {
  const a = Buffer.from(stored);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * 进度查询 without signing in: the case number and its query code. Repeated wrong codes lock the
 * case's query for a while (the route is rate limited per address too); an unknown number and a wrong
 * code answer alike, so the page tells nothing about which numbers exist.
 */
export async function queryProgress(ctx: AppContext, input: { caseNumber: string; queryCode: string }) {
  const row = await findCaseByNumber(ctx.db, input.caseNumber.trim());
  const now = ctx.clock.now();
  if (!row || !row.queryCodeEncrypted) throw new AppError('CASE_QUERY_NOT_FOUND', NOT_FOUND);
  if (row.queryLockedUntil && row.queryLockedUntil > now) {
    throw new AppError('CASE_QUERY_LOCKED', `查询码错误次数过多，请 ${QUERY_LOCK_MINUTES} 分钟后再试`);
  }
  const key = and(eq(cases.regionCode, row.regionCode), eq(cases.id, row.id));
  if (!sameCode(ctx.personalData.decrypt(row.queryCodeEncrypted), input.queryCode)) {
    const failures = row.queryFailures + 1;
    await ctx.db
      .update(cases)
      .set(
        failures >= QUERY_ATTEMPTS
          ? { queryFailures: 0, queryLockedUntil: new Date(now.getTime() + QUERY_LOCK_MINUTES * 60_000) }
          : { queryFailures: failures },
      )
      .where(key);
    throw new AppError('CASE_QUERY_NOT_FOUND', NOT_FOUND);
  }
  if (row.queryFailures > 0) await ctx.db.update(cases).set({ queryFailures: 0 }).where(key);
  const [history, materials, clock] = await Promise.all([
    listHistory(ctx.db, row.id),
    listMaterials(ctx.db, row.id),
    clockOf(ctx, row),
  ]);
  return {
    caseNumber: row.caseNumber!,
    itemName: row.itemName,
    state: row.state,
    stateLabel: CASE_STATE_LABELS[row.state],
    applicantName: maskPersonName(row.applicantName),
    receivedAt: row.receivedAt?.toISOString() ?? null,
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    dueOn: row.dueOn,
    dueProvisional: row.dueProvisional,
    clock: clockView(clock),
    outcome: row.outcome,
    timeline: timelineOf(history, false),
    toCorrect: materials
      .filter((m) => m.status === 'to_correct')
      .map((m) => ({ name: m.name, reason: m.reason ?? '' })),
  };
}

/** A notice as its A4 print view needs it, for staff in scope or the case's own applicant. */
export async function getNotice(ctx: AppContext, caller: StaffActor | ApplicantActor, noticeId: string) {
  const notice = await findNotice(ctx.db, noticeId);
  const row = notice && (await findCase(ctx.db, notice.caseId));
  if (!notice || !row) throw new AppError('NOT_FOUND', '未找到该文书');
  if (caller.kind === 'staff') assertCan(caller, 'read', row);
  else if (row.applicantId !== caller.id) throw new AppError('NOT_FOUND', '未找到该文书');
  const [departments, center, region] = await Promise.all([
    listDepartments(ctx.db),
    row.centerId ? findCenterInScope(ctx.db, { regionCode: row.regionCode }, row.centerId) : null,
    findRegion(ctx.db, row.regionCode),
  ]);
  const department = departments.find((d) => d.id === row.departmentId);
  const queryCode = row.queryCodeEncrypted ? ctx.personalData.decrypt(row.queryCodeEncrypted) : '';
  const params = new URLSearchParams({ caseNumber: row.caseNumber ?? '', queryCode });
  return {
    id: notice.id,
    kind: notice.kind,
    kindLabel: NOTICE_KIND_LABELS[notice.kind],
    number: notice.number,
    issuedAt: notice.issuedAt.toISOString(),
    caseNumber: row.caseNumber ?? '',
    itemName: row.itemName,
    applicantName: row.applicantName,
    centerName: center?.name ?? `${region?.name ?? ''}政务服务中心`,
    departmentName: department?.name ?? '',
    progressUrl: `/progress?${params}`,
    content: { ...notice.content, queryCode },
  };
}
