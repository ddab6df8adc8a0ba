import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  char,
  check,
  jsonb,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { EventPayload } from '../db/journal.ts';
// Foreign keys only: the rows are the org module's.
import { regions } from '../modules/org/schema.ts';

/*
 * The platform's own tables: who is calling (staff, applicants and their sessions), the audit log and
 * its chains, idempotency keys and the notification outbox.
 */

export const staff = pgTable(
  'staff',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles').array().notNull(),
    centerId: uuid('center_id'),
    departmentId: uuid('department_id'),
    isActive: boolean('is_active').notNull().default(true),
    /** Set by an admin reset: the next sign-in must choose a new password. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    // Sign-in looks a user up by name alone, so names are unique across the deployment.
    unique('staff_username_uq').on(t.username),
    foreignKey({ columns: [t.regionCode], foreignColumns: [regions.code] }),
  ],
);

export const staffSessions = pgTable(
  'staff_sessions',
  {
    /** SHA-256 of the session token; the token itself lives only in the cookie. */
    tokenHash: text('token_hash').primaryKey(),
    regionCode: char('region_code', { length: 12 }).notNull(),
    staffId: uuid('staff_id').notNull(),
    /** Double-submit token: cookie-authenticated writes must echo it in the X-CSRF-Token header. */
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('staff_sessions_staff_idx').on(t.regionCode, t.staffId),
    foreignKey({ columns: [t.regionCode, t.staffId], foreignColumns: [staff.regionCode, staff.id] }).onDelete(
      'cascade',
    ),
  ],
);

/**
 * Applicants (citizens and business contacts) who sign in by SMS code or the province's identity
 * platform. ID numbers are SM4-encrypted, with an HMAC blind index for lookup.
 */
export const applicants = pgTable(
  'applicants',
  {
    id: uuid('id').primaryKey(),
    mobile: text('mobile').notNull(),
    name: text('name'),
    idNumberCipher: text('id_number_cipher'),
    idNumberIndex: text('id_number_index'),
    oidcIssuer: text('oidc_issuer'),
    oidcSubject: text('oidc_subject'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    unique('applicants_mobile_uq').on(t.mobile),
    unique('applicants_oidc_uq').on(t.oidcIssuer, t.oidcSubject),
    index('applicants_id_number_idx').on(t.idNumberIndex),
  ],
);

export const applicantSessions = pgTable(
  'applicant_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    applicantId: uuid('applicant_id')
      .notNull()
      .references(() => applicants.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('applicant_sessions_applicant_idx').on(t.applicantId)],
);

/**
 * Append-only audit log. A write inserts its record without waiting for anyone; the sealing job then
 * links records, in the order it finds them, into SM3 hash chains — one per stream (a region and a
 * local day) — filling `seq`, `prev_hash` and `hash` once. Triggers (migration 0002) refuse every
 * other UPDATE, and every DELETE and TRUNCATE.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    // Allocated as the record is written, in the statement sent with its transaction's COMMIT.
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    regionCode: char('region_code', { length: 12 }).notNull(),
    /** The chain the record is sealed into: region and local day. */
    stream: text('stream').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** staff | applicant | device | system */
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name'),
    actorRoles: text('actor_roles').array().notNull(),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    /** SM3 of the canonical JSON of the target before and after; null when there is none. */
    beforeDigest: text('before_digest'),
    afterDigest: text('after_digest'),
    summary: text('summary').notNull(),
    clientAddress: text('client_address'),
    /** The event this change publishes to subscribers and SSE clients (ids only); null for none. */
    topic: text('topic'),
    payload: jsonb('payload').$type<EventPayload>(),
  },
  (t) => [
    // Records are appended in time order: a block-range index costs a write nearly nothing and still
    // narrows an audit search to its time range.
    index('audit_log_at_brin').using('brin', t.at),
  ],
);

/**
 * Each record's place in its stream's SM3 hash chain, appended by the sealing job. The record itself
 * is never updated.
 */
export const auditSeals = pgTable(
  'audit_seals',
  {
    stream: text('stream').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    recordId: bigint('record_id', { mode: 'number' }).notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.stream, t.seq] }), uniqueIndex('audit_seals_record_uq').on(t.recordId)],
);

/** The last sealed record of each audit chain. */
export const auditHeads = pgTable('audit_heads', {
  stream: text('stream').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

/**
 * How far sealing has come: every record up to `recordId` is sealed. Ids missing after it belong to
 * transactions still running or rolled back; `gapEnd` and `gapXmax` remember the first such gap and
 * the transaction ids it waits for (see `sealAuditRecords`). One row.
 */
export const auditSealCursor = pgTable(
  'audit_seal_cursor',
  {
    one: boolean('one').primaryKey().default(true),
    recordId: bigint('record_id', { mode: 'number' }).notNull(),
    gapEnd: bigint('gap_end', { mode: 'number' }),
    gapXmax: bigint('gap_xmax', { mode: 'number' }),
  },
  (t) => [check('audit_seal_cursor_one', sql`${t.one}`)],
);

/** Stored first responses of retried writes, by who sent them and their Idempotency-Key. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    responseStatus: integer('response_status'),
    responseBody: jsonb('response_body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);

/**
 * Outgoing messages (SMS, WeChat, post). The local adapter stops here, so tests and the development
 * UI can read what would have been sent; a gateway adapter delivers rows and stamps `sent_at`.
 */
export const notificationOutbox = pgTable(
  'notification_outbox',
  {
    id: uuid('id').primaryKey(),
    channel: text('channel', { enum: ['sms', 'wechat', 'post'] }).notNull(),
    recipient: text('recipient').notNull(),
    template: text('template').notNull(),
    params: jsonb('params').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('notification_outbox_recipient_idx').on(t.recipient, t.createdAt)],
);
