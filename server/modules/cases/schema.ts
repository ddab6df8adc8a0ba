import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  char,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ClockEvent, HandlingKind } from '../../../domain/clock/types.ts';
import { CASE_STATES } from '../../../domain/cases/machine.ts';
import { MATERIAL_STATUSES } from '../../../domain/cases/materials.ts';
import { regions } from '../org/schema.ts';

/*
 * Cases (办件), owned by the cases module: the case row, its material checklist, its timeline, the
 * notices it was given, its processing steps and countersigns, case-number sequences and the daily
 * counters statistics read.
 */

export interface CaseAgent {
  name: string;
  idNumberEncrypted: string;
  idNumberIndex: string;
  /** 委托权限: what the authorisation letter allows. */
  authority: string;
}

export const cases = pgTable(
  'cases',
  {
    /** The region of the center that received it (the chain its audit joins). */
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    /** 办件编号: region, date of receipt, sequence; set on submission or at the window. */
    caseNumber: text('case_number'),
    state: text('state', { enum: CASE_STATES }).notNull(),
    /** Bumped by every change: the page's actions carry it, a stale one is refused (409). */
    version: integer('version').notNull().default(1),
    channel: text('channel', { enum: ['online', 'window'] }).notNull(),
    itemRegionCode: char('item_region_code', { length: 12 }).notNull(),
    itemId: uuid('item_id').notNull(),
    /** The item revision the case was applied for and is handled under. */
    revisionId: uuid('revision_id').notNull(),
    itemName: text('item_name').notNull(),
    departmentId: uuid('department_id').notNull(),
    centerId: uuid('center_id'),
    windowId: uuid('window_id'),
    handlingKind: text('handling_kind').$type<HandlingKind>().notNull(),
    promisedLimitDays: integer('promised_limit_days').notNull(),
    statutoryLimitDays: integer('statutory_limit_days').notNull(),
    /** The portal account that applied; null for a walk-in without one. */
    applicantId: uuid('applicant_id'),
    applicantKind: text('applicant_kind', { enum: ['natural_person', 'legal_person'] }).notNull(),
    applicantName: text('applicant_name').notNull(),
    /** 居民身份证 or 统一社会信用代码, SM4-encrypted, with a blind index to find earlier cases. */
    applicantIdType: text('applicant_id_type', { enum: ['id_card', 'uscc'] }).notNull(),
    applicantIdEncrypted: text('applicant_id_encrypted').notNull(),
    applicantIdIndex: text('applicant_id_index').notNull(),
    applicantMobileEncrypted: text('applicant_mobile_encrypted').notNull(),
    agent: jsonb('agent').$type<CaseAgent | null>(),
    /** 帮办代办: a center agent carried the case for the applicant. */
    assistedBy: uuid('assisted_by'),
    formData: jsonb('form_data').$type<Record<string, string>>().notNull(),
    deliveryMethod: text('delivery_method', { enum: ['window', 'post'] })
      .notNull()
      .default('window'),
    deliveryAddress: jsonb('delivery_address').$type<Record<string, string> | null>(),
    /** Query code for the progress page (SM4-encrypted: notices print it); wrong tries lock it for a while. */
    queryCodeEncrypted: text('query_code_encrypted'),
    queryFailures: smallint('query_failures').notNull().default(0),
    queryLockedUntil: timestamp('query_locked_until', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    /** §32: the last day for the one-time correction notice; past it, the case counts as accepted. */
    noticeDueOn: date('notice_due_on', { mode: 'string' }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: uuid('accepted_by'),
    /** 视为受理: accepted by law on the day of receipt because no notice came within 5 working days. */
    deemedAccepted: boolean('deemed_accepted').notNull().default(false),
    /** The clock's events (suspend, resume, extend, conclude) in order. */
    clockEvents: jsonb('clock_events')
      .$type<ClockEvent[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** The promised due date as last computed; indexed for the inbox, alerts and recomputation. */
    dueOn: date('due_on', { mode: 'string' }),
    dueProvisional: boolean('due_provisional').notNull().default(false),
    correctionCount: smallint('correction_count').notNull().default(0),
    outcome: text('outcome', { enum: ['approved', 'denied'] }),
    concludedAt: timestamp('concluded_at', { withTimezone: true }),
    concludedOnTime: boolean('concluded_on_time'),
    releaseDueOn: date('release_due_on', { mode: 'string' }),
    releasedAt: timestamp('released_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Supervision flags: second_correction, deemed_accepted, … */
    flags: text('flags')
      .array()
      .notNull()
      .default(sql`'{}'`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('cases_id_uq').on(t.id),
    uniqueIndex('cases_number_uq').on(t.caseNumber),
    index('cases_applicant_idx').on(t.applicantId, t.createdAt),
    index('cases_applicant_id_index_idx').on(t.applicantIdIndex),
    // The reviewer's inbox and the workbench counts: a department's open cases by time left.
    index('cases_department_open_idx')
      .on(t.regionCode, t.departmentId, t.dueOn)
      .where(sql`${t.closedAt} IS NULL`),
    index('cases_center_state_idx')
      .on(t.regionCode, t.centerId, t.state)
      .where(sql`${t.closedAt} IS NULL`),
    foreignKey({ columns: [t.regionCode], foreignColumns: [regions.code] }),
  ],
);

/** One line per material of the item's list, as the case holds it. */
export const caseMaterials = pgTable(
  'case_materials',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    caseId: uuid('case_id').notNull(),
    index: smallint('index').notNull(),
    name: text('name').notNull(),
    required: boolean('required').notNull(),
    deferrable: boolean('deferrable').notNull(),
    status: text('status', { enum: MATERIAL_STATUSES }).notNull(),
    reason: text('reason'),
    deferredUntil: date('deferred_until', { mode: 'string' }),
    fileName: text('file_name'),
    contentType: text('content_type'),
    size: integer('size'),
    sha256: char('sha256', { length: 64 }),
    storageKey: text('storage_key'),
    reusedFromCaseId: uuid('reused_from_case_id'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.caseId, t.index] }),
    foreignKey({ columns: [t.regionCode, t.caseId], foreignColumns: [cases.regionCode, cases.id] }),
  ],
);

/**
 * The timeline: every step a case took, who did it and what was said. Its `id` is also the cursor of
 * the province's feed; `tx_id` lets the feed hand out a row only once every transaction before it has
 * committed, so a reader never skips one.
 */
export const caseHistory = pgTable(
  'case_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    txId: bigint('tx_id', { mode: 'number' })
      .notNull()
      .default(sql`pg_current_xact_id()::text::bigint`),
    regionCode: char('region_code', { length: 12 }).notNull(),
    caseId: uuid('case_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    action: text('action').notNull(),
    fromState: text('from_state', { enum: CASE_STATES }),
    toState: text('to_state', { enum: CASE_STATES }).notNull(),
    actorKind: text('actor_kind', { enum: ['staff', 'applicant', 'system', 'device'] }).notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name'),
    /** Chinese, for the timeline. */
    summary: text('summary').notNull(),
    note: text('note'),
    details: jsonb('details')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
  },
  (t) => [index('case_history_case_idx').on(t.caseId, t.id), index('case_history_tx_idx').on(t.txId)],
);

export const NOTICE_KINDS = [
  'acceptance',
  'correction',
  'rejection',
  'deferral',
  'special_procedure',
  'extension',
  'approval',
  'denial',
  'release',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** The written notices a case was given (受理通知书, 一次性告知书 …), as data for their print views. */
export const caseNotices = pgTable(
  'case_notices',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    caseId: uuid('case_id').notNull(),
    kind: text('kind', { enum: NOTICE_KINDS }).notNull(),
    /** 文书编号 */
    number: text('number').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    issuedBy: uuid('issued_by'),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('case_notices_id_uq').on(t.id),
    unique('case_notices_number_uq').on(t.number),
    index('case_notices_case_idx').on(t.caseId),
  ],
);

/** The item's steps (承办/审核/批准) as the case works them, and joint cases' countersigns. */
export const caseSteps = pgTable(
  'case_steps',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    caseId: uuid('case_id').notNull(),
    index: smallint('index').notNull(),
    kind: text('kind', { enum: ['step', 'countersign'] })
      .notNull()
      .default('step'),
    name: text('name').notNull(),
    role: text('role').notNull(),
    limitDays: integer('limit_days').notNull(),
    /** For a countersign: the co-department asked. */
    departmentId: uuid('department_id'),
    assigneeId: uuid('assignee_id'),
    status: text('status', { enum: ['waiting', 'active', 'done'] }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    /** A countersign not given by then counts as consent (默认同意). */
    answerBy: timestamp('answer_by', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    completedBy: uuid('completed_by'),
    outcome: text('outcome', { enum: ['pass', 'return', 'consent', 'object', 'default_consent'] }),
    opinion: text('opinion'),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.caseId, t.index] }),
    foreignKey({ columns: [t.regionCode, t.caseId], foreignColumns: [cases.regionCode, cases.id] }),
    index('case_steps_assignee_idx')
      .on(t.assigneeId)
      .where(sql`${t.status} = 'active'`),
    index('case_steps_answer_by_idx')
      .on(t.answerBy)
      .where(sql`${t.status} = 'active' AND ${t.kind} = 'countersign'`),
  ],
);

/** The next case number of a region's day, and of a notice kind's year. */
export const caseSequences = pgTable(
  'case_sequences',
  {
    scope: text('scope').notNull(),
    next: integer('next').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope] })],
);

/**
 * Daily counters per region, department, item and window, kept in the transaction of each change, so
 * statistics never scan cases.
 */
export const caseCounters = pgTable(
  'case_counters',
  {
    day: date('day', { mode: 'string' }).notNull(),
    regionCode: char('region_code', { length: 12 }).notNull(),
    departmentId: uuid('department_id').notNull(),
    itemId: uuid('item_id').notNull(),
    /** The nil UUID for cases with no window (online). */
    windowId: uuid('window_id').notNull(),
    received: integer('received').notNull().default(0),
    accepted: integer('accepted').notNull().default(0),
    rejected: integer('rejected').notNull().default(0),
    concluded: integer('concluded').notNull().default(0),
    concludedOnTime: integer('concluded_on_time').notNull().default(0),
    immediate: integer('immediate').notNull().default(0),
    released: integer('released').notNull().default(0),
    posted: integer('posted').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.regionCode, t.departmentId, t.itemId, t.windowId] })],
);
