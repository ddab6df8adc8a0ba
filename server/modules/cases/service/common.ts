import { createHash, randomInt } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { formatIsoDate } from '../../../../domain/calendar/index.ts';
import { decideCaseEvent, isCaseClosed, type CaseEvent } from '../../../../domain/cases/machine.ts';
import {
  correctionNoticeDeadline,
  evaluateCaseClock,
  localEpochDay,
  type CaseClock,
  validateClockEvents,
  type ClockEvent,
} from '../../../../domain/clock/index.ts';
import { DomainError } from '../../../../domain/errors.ts';
import type { Executor, Tx } from '../../../db/connection.ts';
import type { ApplicantActor } from '../../../platform/access.ts';
import { recordChange, type AuditActor } from '../../../platform/audit.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { outboxNotifier } from '../../../platform/notify.ts';
import type { StaffActor } from '../../../platform/policy.ts';
import { auditContextOf, type IdempotencyKey } from '../../../platform/transaction.ts';
import { getWorkingCalendar } from '../../calendar/index.ts';
import { topicOf, type CaseEntryAction } from '../events.ts';
import { caseHistory, caseNotices, cases, type NoticeKind } from '../schema.ts';
import { bumpCounters, lockCase, nextInSequence, type CaseRow, type CounterName } from '../store.ts';

export interface WriteMeta {
  clientAddress: string | null;
  idempotency?: IdempotencyKey | null;
}

export type CaseActor = StaffActor | ApplicantActor | { kind: 'system'; name: string };

/** The local date of an instant in the center's time zone. */
export function localDay(ctx: AppContext, at: Date = ctx.clock.now()): string {
  return formatIsoDate(localEpochDay(at.getTime(), ctx.config.timeZone));
}

/** Locks the case and checks the version the page showed (when it sends one). */
export async function lockForChange(tx: Tx, id: string, expectedVersion?: number): Promise<CaseRow> {
  const row = await lockCase(tx, id);
  if (!row) throw new AppError('NOT_FOUND', '未找到该办件');
  if (expectedVersion !== undefined && expectedVersion !== row.version) {
    throw new AppError('CASE_VERSION_CONFLICT', '办件已被他人更新，请刷新后再操作');
  }
  return row;
}

function actorFields(actor: CaseActor) {
  switch (actor.kind) {
    case 'staff':
      return { actorKind: 'staff' as const, actorId: actor.id, actorName: actor.displayName };
    case 'applicant':
      return { actorKind: 'applicant' as const, actorId: actor.id, actorName: actor.name ?? '申请人' };
    case 'system':
      return { actorKind: 'system' as const, actorId: null, actorName: actor.name };
    default: {
      const unreachable: never = actor;
      throw new Error(`unknown actor ${JSON.stringify(unreachable)}`);
    }
  }
}

export interface CaseChange {
  set?: Partial<typeof cases.$inferInsert>;
  /** Chinese, for the timeline and the audit search. */
  summary: string;
  note?: string | null;
  details?: Record<string, unknown>;
  counters?: readonly CounterName[];
  /** An SMS to the applicant: the text after 【一窗通】. */
  notify?: string;
}

/**
 * Applies one event of the case machine to a locked case: the row with its new state and version, then
 * its entry (`recordEntry`). Refused events throw their stable code (409).
 */
export async function changeCase(
  tx: Tx,
  ctx: AppContext,
  actor: CaseActor,
  meta: WriteMeta,
  row: CaseRow,
  event: CaseEvent,
  change: CaseChange,
): Promise<CaseRow> {
  const decision = decideCaseEvent(row.state, event);
  if (!decision.ok) throw new AppError(decision.refusal.code, decision.refusal.message);
  const now = ctx.clock.now();
  const [updated] = await tx
    .update(cases)
    .set({
      ...change.set,
      state: decision.to,
      version: row.version + 1,
      updatedAt: now,
      ...(isCaseClosed(decision.to) ? { closedAt: now } : {}),
    })
    .where(and(eq(cases.regionCode, row.regionCode), eq(cases.id, row.id)))
    .returning();
  await recordEntry(tx, ctx, actor, meta, row, updated!, event, change);
  return updated!;
}

/**
 * What every step of a case leaves beside the row, in the caller's transaction: a timeline entry, the
 * audit record with its event (`cases.case.<action>`), the day's counters and the applicant's message.
 * `before` is null for the first entry of a new case.
 */
export async function recordEntry(
  tx: Tx,
  ctx: AppContext,
  actor: CaseActor,
  meta: WriteMeta,
  before: CaseRow | null,
  after: CaseRow,
  action: CaseEntryAction,
  entry: Omit<CaseChange, 'set'>,
): Promise<void> {
  const now = ctx.clock.now();
  await tx.insert(caseHistory).values({
    regionCode: after.regionCode,
    caseId: after.id,
    at: now,
    action,
    fromState: before?.state ?? null,
    toState: after.state,
    ...actorFields(actor),
    summary: entry.summary,
    note: entry.note ?? null,
    details: entry.details ?? {},
  });
  recordChange(tx, auditContextOf(ctx), {
    actor: actor as AuditActor,
    action: topicOf(action),
    targetType: 'case',
    targetId: after.id,
    regionCode: after.regionCode,
    before: before ? { state: before.state, version: before.version } : undefined,
    after: { state: after.state, version: after.version },
    summary: `${after.caseNumber ?? '办件'}：${entry.summary}`,
    clientAddress: meta.clientAddress,
    event: {
      topic: topicOf(action),
      payload: {
        caseId: after.id,
        regionCode: after.regionCode,
        from: before?.state ?? null,
        to: after.state,
      },
    },
  });
  await bumpCounters(tx, localDay(ctx, now), after, entry.counters ?? []);
  if (entry.notify) await notifyApplicant(tx, ctx, after, entry.notify);
}

export async function notifyApplicant(tx: Tx, ctx: AppContext, row: CaseRow, text: string): Promise<void> {
  const mobile = ctx.personalData.decrypt(row.applicantMobileEncrypted);
  await outboxNotifier.send(tx, {
    channel: 'sms',
    recipient: mobile,
    template: 'case_progress',
    params: { caseNumber: row.caseNumber ?? '', itemName: row.itemName, text },
    body: `【一窗通】您申请的「${row.itemName}」（办件编号 ${row.caseNumber ?? '—'}）${text}`,
    now: ctx.clock.now(),
  });
}

/** 办件编号: the region's code, the local day and a six-digit sequence of that region's day. */
export async function newCaseNumber(tx: Tx, ctx: AppContext, regionCode: string): Promise<string> {
  const day = localDay(ctx).replaceAll('-', '');
  const sequence = await nextInSequence(tx, `case:${regionCode}:${day}`);
  return `${regionCode}-${day}-${String(sequence).padStart(6, '0')}`;
}

/** A six-digit query code, shown once on the notice; only its hash is kept. */
export function newQueryCode(): { code: string; hash: string } {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  return { code, hash: hashQueryCode(code) };
}

export const hashQueryCode = (code: string) =>
  createHash('sha256').update(`onewindow query ${code}`).digest('hex');

const NOTICE_PREFIX: Record<NoticeKind, string> = {
  acceptance: '受',
  correction: '补',
  rejection: '不受',
  deferral: '容',
  special_procedure: '特',
  extension: '延',
  approval: '准',
  denial: '不准',
  release: '送',
};

/** A written notice with its 文书编号 (prefix, year, sequence of the region's year). */
export async function issueNotice(
  tx: Tx,
  ctx: AppContext,
  actor: CaseActor,
  row: CaseRow,
  kind: NoticeKind,
  content: Record<string, unknown>,
): Promise<string> {
  const year = localDay(ctx).slice(0, 4);
  const sequence = await nextInSequence(tx, `notice:${row.regionCode}:${kind}:${year}`);
  const id = uuidv7();
  await tx.insert(caseNotices).values({
    regionCode: row.regionCode,
    id,
    caseId: row.id,
    kind,
    number: `${NOTICE_PREFIX[kind]}〔${year}〕${row.regionCode.slice(0, 6)}-${String(sequence).padStart(5, '0')}号`,
    issuedAt: ctx.clock.now(),
    issuedBy: actor.kind === 'staff' ? actor.id : null,
    content,
  });
  return id;
}

/**
 * The case's clock on the promised limit, as of now; null before acceptance. A limit that runs into
 * a year the calendar cannot count yet never blocks a case: the clock is then unknown (null).
 */
export async function clockOf(
  ctx: AppContext,
  row: CaseRow,
  db: Executor = ctx.db,
  now: Date = ctx.clock.now(),
): Promise<CaseClock | null> {
  if (!row.acceptedAt) return null;
  const calendar = await getWorkingCalendar(ctx, row.regionCode, db);
  try {
    return evaluateCaseClock({
      calendar,
      handlingKind: row.handlingKind,
      limitDays: row.handlingKind === 'immediate' ? 0 : row.promisedLimitDays,
      acceptedAt: row.acceptedAt.toISOString(),
      events: row.clockEvents,
      now: new Date(Math.max(now.getTime(), row.acceptedAt.getTime())).toISOString(),
      timeZone: ctx.config.timeZone,
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === 'CALENDAR_YEAR_UNKNOWN') return null;
    throw error;
  }
}

/** The due date to store (the inbox sorts by it) after the clock's events changed. */
export async function dueOf(
  ctx: AppContext,
  db: Executor,
  row: CaseRow,
  events: readonly ClockEvent[],
  acceptedAt: Date,
): Promise<{ dueOn: string | null; dueProvisional: boolean }> {
  const clock = await clockOf(ctx, { ...row, acceptedAt, clockEvents: [...events] }, db);
  if (!clock) return { dueOn: null, dueProvisional: true };
  return {
    dueOn: clock.dueDate,
    dueProvisional: clock.provisional,
  };
}

/** Requires a non-empty reason (after trimming); the stable code tells the form which field. */
export function requireReason(text: string | undefined, what: string): string {
  const reason = text?.trim() ?? '';
  if (!reason) throw new AppError('CASE_REASON_REQUIRED', `请填写${what}`);
  return reason;
}

/** The §32 deadline of the one-time notice, from the day of receipt; null when not countable yet. */
export async function noticeDueOnFor(
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

/** The applicant's remedies, as every refusal and denial states them. */
export const REMEDIES = [
  '如不服本决定，可以自收到本通知之日起六十日内依法申请行政复议（《中华人民共和国行政复议法》第二十条），',
  '或者自收到本通知之日起六个月内依法向人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）。',
].join('');

/** The case's clock events with one more, checked against the clock's sequence rules first. */
export function nextClockEvents(
  ctx: AppContext,
  row: CaseRow,
  event: DistributiveOmit<ClockEvent, 'at'>,
): ClockEvent[] {
  const events = [...row.clockEvents, { ...event, at: ctx.clock.now().toISOString() } as ClockEvent];
  validateClockEvents({ handlingKind: row.handlingKind, acceptedAt: row.acceptedAt!.toISOString(), events });
  return events;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
