import { sql } from 'drizzle-orm';
import { CATEGORIES, type Subject } from '../../domain/catalog/item-content.ts';
import { HANDLING_KINDS } from '../../domain/clock/types.ts';
import type { EventPayload } from './journal.ts';
import {
  bigint,
  bigserial,
  boolean,
  char,
  check,
  date,
  jsonb,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/*
 * Tenant-owned tables carry `region_code` (the 12-digit division code of the region the row belongs to)
 * as the first column of their primary key, so the schema can be distributed by region (Citus) without
 * rewriting queries. `regions` is a reference table shared by every tenant.
 */

export const regions = pgTable(
  'regions',
  {
    code: char('code', { length: 12 }).primaryKey(),
    name: text('name').notNull(),
    level: text('level', { enum: ['province', 'city', 'county', 'township', 'village'] }).notNull(),
    parentCode: char('parent_code', { length: 12 }),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode)],
);

export const departments = pgTable(
  'departments',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    /** 进驻方式 */
    stationingMode: text('stationing_mode', {
      enum: ['whole_unit', 'approval_office', 'key_staff', 'general_window'],
    }).notNull(),
    phone: text('phone'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('departments_name_uq').on(t.regionCode, t.name),
    foreignKey({ columns: [t.regionCode], foreignColumns: [regions.code] }),
  ],
);

export const centers = pgTable(
  'centers',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    kind: text('kind', {
      enum: ['government_service_center', 'convenience_center', 'agency_point'],
    }).notNull(),
    address: text('address').notNull(),
    phone: text('phone'),
    openingHours: text('opening_hours').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('centers_region_kind_uq').on(t.regionCode, t.kind),
    foreignKey({ columns: [t.regionCode], foreignColumns: [regions.code] }),
  ],
);

export const halls = pgTable(
  'halls',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    centerId: uuid('center_id').notNull(),
    name: text('name').notNull(),
    floorCount: smallint('floor_count').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    foreignKey({ columns: [t.regionCode, t.centerId], foreignColumns: [centers.regionCode, centers.id] }),
  ],
);

export const zones = pgTable(
  'zones',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    hallId: uuid('hall_id').notNull(),
    name: text('name').notNull(),
    floor: smallint('floor').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('zones_hall_name_uq').on(t.regionCode, t.hallId, t.name),
    foreignKey({ columns: [t.regionCode, t.hallId], foreignColumns: [halls.regionCode, halls.id] }),
  ],
);

export const windows = pgTable(
  'windows',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    centerId: uuid('center_id').notNull(),
    zoneId: uuid('zone_id'),
    /** The number shown above the counter, e.g. "12". */
    number: text('number').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['general', 'specialized'] }).notNull(),
    /** The stationed department a specialized window serves; null for a general window. */
    departmentRegionCode: char('department_region_code', { length: 12 }),
    departmentId: uuid('department_id'),
    isOpen: boolean('is_open').notNull().default(true),
    /** The staff member on duty at this window now (a staff id of the same region); null when unstaffed. */
    onDutyStaffId: uuid('on_duty_staff_id'),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('windows_center_number_uq').on(t.regionCode, t.centerId, t.number),
    foreignKey({ columns: [t.regionCode, t.centerId], foreignColumns: [centers.regionCode, centers.id] }),
    foreignKey({ columns: [t.regionCode, t.zoneId], foreignColumns: [zones.regionCode, zones.id] }),
    foreignKey({
      columns: [t.departmentRegionCode, t.departmentId],
      foreignColumns: [departments.regionCode, departments.id],
    }),
  ],
);

/** 主题服务: life events and business stages the portal groups items by. A reference table. */
export const themes = pgTable('themes', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  audience: text('audience', { enum: ['natural_person', 'legal_person'] }).notNull(),
  description: text('description').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
});

/**
 * A service item in a region's implementation list (实施清单). What the item says lives in its
 * revisions; the item row holds only what does not change between revisions.
 */
export const items = pgTable(
  'items',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    /** 实施编码: opaque, unique across the deployment. */
    implementationCode: text('implementation_code').notNull(),
    departmentId: uuid('department_id').notNull(),
    /** 热门事项 order on the portal (1 first); null when not featured. */
    hotRank: integer('hot_rank'),
    /** The item this one was delegated (下放) from, in the region above. */
    delegatedFromRegionCode: char('delegated_from_region_code', { length: 12 }),
    delegatedFromItemId: uuid('delegated_from_item_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** Bumped by every change to the item or its revisions: a stale editor's save is refused (409). */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    // Public links (guides, QR codes) name an item by id alone.
    uniqueIndex('items_id_uq').on(t.id),
    unique('items_implementation_code_uq').on(t.implementationCode),
    foreignKey({
      columns: [t.regionCode, t.departmentId],
      foreignColumns: [departments.regionCode, departments.id],
    }),
  ],
);

/**
 * One version of an item (动态调整). A draft is edited freely; publishing fixes it with an effective date
 * and ends the previous published revision's period on that date (superseded). A revision is in force
 * on day D when effective_on <= D < effective_until. Abolishing and delegating are published revisions
 * too, so the list of revisions is the item's whole history; a case keeps the revision it was accepted
 * under. Search columns repeat parts of `content` so lists need not unpack it.
 */
export const itemRevisions = pgTable(
  'item_revisions',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    itemId: uuid('item_id').notNull(),
    version: integer('version').notNull(),
    state: text('state', { enum: ['draft', 'published'] }).notNull(),
    changeKind: text('change_kind', { enum: ['created', 'amended', 'abolished', 'delegated'] }).notNull(),
    reason: text('reason'),
    effectiveOn: date('effective_on', { mode: 'string' }),
    effectiveUntil: date('effective_until', { mode: 'string' }),
    content: jsonb('content').notNull(),
    name: text('name').notNull(),
    category: text('category', { enum: CATEGORIES }).notNull(),
    subjects: text('subjects').array().$type<Subject[]>().notNull(),
    themes: text('themes').array().notNull(),
    /** Lower-cased name, keywords and codes: what search-as-you-type matches. */
    searchText: text('search_text').notNull(),
    keywords: text('keywords')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** What a search result shows, so lists never unpack `content`. */
    handlingKind: text('handling_kind', { enum: HANDLING_KINDS }).notNull().default('promised'),
    statutoryLimitDays: integer('statutory_limit_days').notNull().default(0),
    promisedLimitDays: integer('promised_limit_days'),
    visitsRequired: smallint('visits_required').notNull().default(0),
    onlineDepth: smallint('online_depth')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** For a delegation: the region and item that implement it from the effective date. */
    delegatedToRegionCode: char('delegated_to_region_code', { length: 12 }),
    delegatedToItemId: uuid('delegated_to_item_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    publishedBy: uuid('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('item_revisions_version_uq').on(t.regionCode, t.itemId, t.version),
    uniqueIndex('item_revisions_one_draft_uq')
      .on(t.regionCode, t.itemId)
      .where(sql`${t.state} = 'draft'`),
    foreignKey({ columns: [t.regionCode, t.itemId], foreignColumns: [items.regionCode, items.id] }),
  ],
);

/** The items a window accepts (一窗受理: a general window accepts many departments' items). */
export const windowItems = pgTable(
  'window_items',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    windowId: uuid('window_id').notNull(),
    itemRegionCode: char('item_region_code', { length: 12 }).notNull(),
    itemId: uuid('item_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.windowId, t.itemRegionCode, t.itemId] }),
    index('window_items_item_idx').on(t.itemRegionCode, t.itemId),
    foreignKey({
      columns: [t.regionCode, t.windowId],
      foreignColumns: [windows.regionCode, windows.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.itemRegionCode, t.itemId], foreignColumns: [items.regionCode, items.id] }),
  ],
);

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

/** The State Council's holiday schedule, one row per year; national reference data. */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  offDays: date('off_days', { mode: 'string' }).array().notNull(),
  workDays: date('work_days', { mode: 'string' }).array().notNull(),
  /** The notice the schedule comes from: { notice, title, issuedOn, url, note? } */
  source: jsonb('source').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: text('updated_by'),
});

/** A region's own closures (a typhoon day) and extra working days, layered on the national calendar. */
export const calendarLocalDays = pgTable(
  'calendar_local_days',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: ['closure', 'extra_working_day'] }).notNull(),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('calendar_local_days_region_date_uq').on(t.regionCode, t.date),
    foreignKey({ columns: [t.regionCode], foreignColumns: [regions.code] }),
  ],
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

/** Kiosks, calling screens and evaluation pads: hashed API tokens limited to a center and scopes. */
export const devices = pgTable(
  'devices',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    centerId: uuid('center_id').notNull(),
    name: text('name').notNull(),
    scopes: text('scopes').array().notNull(),
    tokenHash: text('token_hash').notNull(),
    /** The first characters of the token, to tell tokens apart in lists. */
    tokenPrefix: text('token_prefix').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('devices_token_hash_uq').on(t.tokenHash),
    foreignKey({ columns: [t.regionCode, t.centerId], foreignColumns: [centers.regionCode, centers.id] }),
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

/** One-time SMS sign-in codes (hashed), with their attempt count. */
export const smsCodes = pgTable(
  'sms_codes',
  {
    id: uuid('id').primaryKey(),
    mobile: text('mobile').notNull(),
    codeHash: text('code_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('sms_codes_mobile_created_idx').on(t.mobile, t.createdAt)],
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
