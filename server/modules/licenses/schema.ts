import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
// Foreign keys only: the rows are the org module's.
import { centers } from '../org/schema.ts';

/*
 * Electronic licenses (电子证照), owned by the licenses module: each issuing center's SM2 keys, the
 * licenses with their signatures, the license number counters and the renewal (延续) applications.
 */

/**
 * A center's SM2 signing keys. The newest (highest sequence) signs; older ones stay to verify what
 * they signed. The private key is encrypted with the personal-data cipher (SM4).
 */
export const licenseKeys = pgTable(
  'license_keys',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    centerId: uuid('center_id').notNull(),
    /** 1 for the center's first key, +1 per rotation. */
    sequence: integer('sequence').notNull(),
    /** Uncompressed, hex: 04 || x || y. */
    publicKey: text('public_key').notNull(),
    privateKeyEncrypted: text('private_key_encrypted').notNull(),
    /** SM3 of the public key's 65 bytes, hex. */
    fingerprint: char('fingerprint', { length: 64 }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('license_keys_id_uq').on(t.id),
    // Two first issues at once make one key: the second insert finds the first's row.
    unique('license_keys_center_sequence_uq').on(t.centerId, t.sequence),
    foreignKey({ columns: [t.regionCode, t.centerId], foreignColumns: [centers.regionCode, centers.id] }),
  ],
);

/** The last license number given per county prefix and year (证照编号 sequence). */
export const licenseNumberCounters = pgTable(
  'license_number_counters',
  {
    prefix: char('prefix', { length: 6 }).notNull(),
    year: integer('year').notNull(),
    lastValue: integer('last_value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.prefix, t.year] })],
);

/**
 * One e-license, issued when a case concludes. The signature covers the fields the signed payload
 * is rebuilt from (signing.ts); the status (revoked, expired) is not signed and lives beside it.
 */
export const licenses = pgTable(
  'licenses',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    licenseNumber: text('license_number').notNull(),
    verificationCode: char('verification_code', { length: 12 }).notNull(),
    caseId: uuid('case_id').notNull(),
    caseNumber: text('case_number').notNull(),
    centerId: uuid('center_id').notNull(),
    centerName: text('center_name').notNull(),
    departmentName: text('department_name').notNull(),
    itemId: uuid('item_id').notNull(),
    itemName: text('item_name').notNull(),
    licenseName: text('license_name').notNull(),
    holderName: text('holder_name').notNull(),
    holderKind: text('holder_kind', { enum: ['natural_person', 'legal_person'] }).notNull(),
    /** As printed and signed. The whole number, when given, is kept encrypted beside it. */
    holderIdNumberMasked: text('holder_id_number_masked'),
    holderIdNumberEncrypted: text('holder_id_number_encrypted'),
    /** For expiry reminders; encrypted with the personal-data cipher. */
    holderMobileEncrypted: text('holder_mobile_encrypted'),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    /** The first period's last day: a renewal lasts as long as the first period. */
    originalValidUntil: date('original_valid_until', { mode: 'string' }),
    /** The last valid day (inclusive); null: valid until revoked. */
    validUntil: date('valid_until', { mode: 'string' }),
    /** The printed fields in their order (jsonb would reorder an object's keys). */
    content: jsonb('content').$type<{ label: string; value: string }[]>().notNull(),
    /** The renewal the current period comes from (signed), null for the first period. */
    renewal: jsonb('renewal').$type<{
      outcome: 'granted' | 'deemed';
      decidedOn: string;
      previousValidUntil: string;
    } | null>(),
    keyId: uuid('key_id').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
    /** SM2 signature, DER, hex. */
    signature: text('signature').notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revocationReason: text('revocation_reason'),
    /** The `validUntil` the expiry reminder was sent for: one reminder per period. */
    remindedForValidUntil: date('reminded_for_valid_until', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    // The print view and the cases module name a license by id alone.
    uniqueIndex('licenses_id_uq').on(t.id),
    unique('licenses_number_uq').on(t.licenseNumber),
    unique('licenses_verification_code_uq').on(t.verificationCode),
    index('licenses_case_idx').on(t.caseId),
    // The daily job: licenses still running that expire soon or have just expired.
    index('licenses_expiring_idx')
      .on(t.validUntil)
      .where(sql`${t.revokedAt} is null and ${t.validUntil} is not null`),
    foreignKey({ columns: [t.regionCode, t.centerId], foreignColumns: [centers.regionCode, centers.id] }),
    foreignKey({
      columns: [t.regionCode, t.keyId],
      foreignColumns: [licenseKeys.regionCode, licenseKeys.id],
    }),
  ],
);

/** 延续申请 (许可法 §50): one per renewal case, decided, denied or deemed granted. */
export const licenseRenewals = pgTable(
  'license_renewals',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    licenseId: uuid('license_id').notNull(),
    caseId: uuid('case_id').notNull(),
    appliedOn: date('applied_on', { mode: 'string' }).notNull(),
    /** Filed at least 30 days before the last valid day: only then can it be deemed granted. */
    isTimely: boolean('is_timely').notNull(),
    outcome: text('outcome', { enum: ['pending', 'granted', 'denied', 'deemed'] }).notNull(),
    /** The license's last valid day when the application was filed. */
    validUntilAtApplication: date('valid_until_at_application', { mode: 'string' }).notNull(),
    decidedOn: date('decided_on', { mode: 'string' }),
    newValidUntil: date('new_valid_until', { mode: 'string' }),
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('license_renewals_case_uq').on(t.caseId),
    uniqueIndex('license_renewals_pending_uq')
      .on(t.licenseId)
      .where(sql`${t.outcome} = 'pending'`),
    index('license_renewals_license_idx').on(t.regionCode, t.licenseId),
    foreignKey({ columns: [t.regionCode, t.licenseId], foreignColumns: [licenses.regionCode, licenses.id] }),
  ],
);
