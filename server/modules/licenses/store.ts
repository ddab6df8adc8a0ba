import { and, asc, desc, eq, gte, isNotNull, isNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/connection.ts';
import { withinRegionOf } from '../../platform/policy.ts';
import { licenseKeys, licenseNumberCounters, licenseRenewals, licenses } from './schema.ts';

/* Queries and locks of the licenses module; no HTTP, no permissions. */

export type LicenseRow = typeof licenses.$inferSelect;
export type LicenseKeyRow = typeof licenseKeys.$inferSelect;
export type RenewalRow = typeof licenseRenewals.$inferSelect;

/** The key a center signs with now: its highest sequence. */
export async function findSigningKey(db: Executor, centerId: string): Promise<LicenseKeyRow | null> {
  const [row] = await db
    .select()
    .from(licenseKeys)
    .where(eq(licenseKeys.centerId, centerId))
    .orderBy(desc(licenseKeys.sequence))
    .limit(1);
  return row ?? null;
}

/**
 * Inserts a key unless the center already has one with this sequence. A concurrent insert of the same
 * sequence waits for the first to commit and then inserts nothing: the caller reads the winner's key.
 */
export async function insertKeyIfAbsent(tx: Tx, row: typeof licenseKeys.$inferInsert): Promise<boolean> {
  const inserted = await tx
    .insert(licenseKeys)
    .values(row)
    .onConflictDoNothing({ target: [licenseKeys.centerId, licenseKeys.sequence] })
    .returning({ id: licenseKeys.id });
  return inserted.length > 0;
}

export async function findKey(db: Executor, id: string): Promise<LicenseKeyRow | null> {
  const [row] = await db.select().from(licenseKeys).where(eq(licenseKeys.id, id));
  return row ?? null;
}

export async function listKeysOfCenter(db: Executor, centerId: string): Promise<LicenseKeyRow[]> {
  return db
    .select()
    .from(licenseKeys)
    .where(eq(licenseKeys.centerId, centerId))
    .orderBy(asc(licenseKeys.sequence));
}

/** The next 证照编号 sequence of a county and year: the upsert holds the row lock until commit. */
export async function nextLicenseSequence(tx: Tx, prefix: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(licenseNumberCounters)
    .values({ prefix, year, lastValue: 1 })
    .onConflictDoUpdate({
      target: [licenseNumberCounters.prefix, licenseNumberCounters.year],
      set: { lastValue: sql`${licenseNumberCounters.lastValue} + 1` },
    })
    .returning({ value: licenseNumberCounters.lastValue });
  return row!.value;
}

export async function insertLicense(tx: Tx, row: typeof licenses.$inferInsert): Promise<void> {
  await tx.insert(licenses).values(row);
}

export async function findLicenseByCode(db: Executor, code: string): Promise<LicenseRow | null> {
  const [row] = await db.select().from(licenses).where(eq(licenses.verificationCode, code));
  return row ?? null;
}

/** A license by id within the caller's regions (all regions without a scope), or null. */
export async function findLicense(
  db: Executor,
  id: string,
  scope?: { regionCode: string },
): Promise<LicenseRow | null> {
  const [row] = await db
    .select()
    .from(licenses)
    .where(and(eq(licenses.id, id), scope ? withinRegionOf(licenses.regionCode, scope) : undefined));
  return row ?? null;
}

/** Locks a license for a change; reads it under the lock. */
export async function lockLicense(tx: Tx, id: string): Promise<LicenseRow | null> {
  const [row] = await tx.select().from(licenses).where(eq(licenses.id, id)).for('update');
  return row ?? null;
}

export async function updateLicense(
  tx: Tx,
  license: Pick<LicenseRow, 'regionCode' | 'id'>,
  values: Partial<typeof licenses.$inferInsert>,
): Promise<void> {
  await tx
    .update(licenses)
    .set({ ...values, version: sql`${licenses.version} + 1` })
    .where(and(eq(licenses.regionCode, license.regionCode), eq(licenses.id, license.id)));
}

export async function listRenewals(
  db: Executor,
  license: Pick<LicenseRow, 'regionCode' | 'id'>,
): Promise<RenewalRow[]> {
  return db
    .select()
    .from(licenseRenewals)
    .where(and(eq(licenseRenewals.regionCode, license.regionCode), eq(licenseRenewals.licenseId, license.id)))
    .orderBy(asc(licenseRenewals.createdAt), asc(licenseRenewals.id));
}

export async function findPendingRenewal(
  db: Executor,
  license: Pick<LicenseRow, 'regionCode' | 'id'>,
): Promise<RenewalRow | null> {
  const [row] = await db
    .select()
    .from(licenseRenewals)
    .where(
      and(
        eq(licenseRenewals.regionCode, license.regionCode),
        eq(licenseRenewals.licenseId, license.id),
        eq(licenseRenewals.outcome, 'pending'),
      ),
    );
  return row ?? null;
}

export async function findRenewalOfCase(db: Executor, caseId: string): Promise<RenewalRow | null> {
  const [row] = await db.select().from(licenseRenewals).where(eq(licenseRenewals.caseId, caseId));
  return row ?? null;
}

export async function insertRenewal(tx: Tx, row: typeof licenseRenewals.$inferInsert): Promise<void> {
  await tx.insert(licenseRenewals).values(row);
}

export async function updateRenewal(
  tx: Tx,
  renewal: Pick<RenewalRow, 'regionCode' | 'id'>,
  values: Partial<typeof licenseRenewals.$inferInsert>,
): Promise<void> {
  await tx
    .update(licenseRenewals)
    .set(values)
    .where(and(eq(licenseRenewals.regionCode, renewal.regionCode), eq(licenseRenewals.id, renewal.id)));
}

/**
 * Running licenses whose last valid day is within [from, to], with a mobile to remind, not yet reminded
 * for this period and with no renewal application pending: the reminder job's list.
 */
export async function listLicensesToRemind(
  db: Executor,
  window: { from: string; to: string; limit: number },
): Promise<LicenseRow[]> {
  return db
    .select()
    .from(licenses)
    .where(
      and(
        isNull(licenses.revokedAt),
        isNotNull(licenses.validUntil),
        gte(licenses.validUntil, window.from),
        lte(licenses.validUntil, window.to),
        isNotNull(licenses.holderMobileEncrypted),
        or(isNull(licenses.remindedForValidUntil), ne(licenses.remindedForValidUntil, licenses.validUntil)),
        sql`not exists (select 1 from ${licenseRenewals} where ${licenseRenewals.licenseId} = ${licenses.id}
          and ${licenseRenewals.outcome} = 'pending')`,
      ),
    )
    .orderBy(asc(licenses.validUntil), asc(licenses.id))
    .limit(window.limit);
}

/** Timely renewal applications still undecided on licenses that expired before `today`. */
export async function listRenewalsDeemedDue(
  db: Executor,
  today: string,
  limit: number,
): Promise<{ licenseId: string; renewalId: string }[]> {
  return db
    .select({ licenseId: licenses.id, renewalId: licenseRenewals.id })
    .from(licenseRenewals)
    .innerJoin(
      licenses,
      and(eq(licenses.regionCode, licenseRenewals.regionCode), eq(licenses.id, licenseRenewals.licenseId)),
    )
    .where(
      and(
        eq(licenseRenewals.outcome, 'pending'),
        eq(licenseRenewals.isTimely, true),
        isNull(licenses.revokedAt),
        lt(licenses.validUntil, today),
      ),
    )
    .orderBy(asc(licenses.validUntil), asc(licenses.id))
    .limit(limit);
}
