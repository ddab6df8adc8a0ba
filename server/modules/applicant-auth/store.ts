import { and, desc, eq, gte, isNull, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/connection.ts';
import { smsCodes } from './schema.ts';
import { applicantSessions, applicants } from '../../platform/schema.ts';

export type ApplicantRow = typeof applicants.$inferSelect;
export type SmsCodeRow = typeof smsCodes.$inferSelect;

/**
 * Serialises code requests and sign-ins for one mobile number until the transaction ends, so two
 * concurrent requests cannot both pass the rate limit or both spend the same code.
 */
export async function lockMobile(tx: Tx, mobile: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`sms_code:${mobile}`}, 0))`);
}

/** Codes sent to a number since an instant, newest first. */
export function listSmsCodesSince(db: Executor, mobile: string, since: Date): Promise<SmsCodeRow[]> {
  return db
    .select()
    .from(smsCodes)
    .where(and(eq(smsCodes.mobile, mobile), gte(smsCodes.createdAt, since)))
    .orderBy(desc(smsCodes.createdAt));
}

export async function insertSmsCode(tx: Tx, row: typeof smsCodes.$inferInsert): Promise<void> {
  await tx.insert(smsCodes).values(row);
}

/** The newest code sent to a number, whatever its state: a newer code replaces every older one. */
export async function findLatestSmsCode(db: Executor, mobile: string): Promise<SmsCodeRow | undefined> {
  const [row] = await db
    .select()
    .from(smsCodes)
    .where(eq(smsCodes.mobile, mobile))
    .orderBy(desc(smsCodes.createdAt), desc(smsCodes.id))
    .limit(1);
  return row;
}

/** Counts one wrong try; returns the new count. */
export async function addWrongAttempt(tx: Tx, id: string): Promise<number> {
  const [row] = await tx
    .update(smsCodes)
    .set({ attempts: sql`${smsCodes.attempts} + 1` })
    .where(eq(smsCodes.id, id))
    .returning({ attempts: smsCodes.attempts });
  return row!.attempts;
}

/** Spends a code; false when it was already spent. */
export async function markSmsCodeUsed(tx: Tx, id: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(smsCodes)
    .set({ usedAt: now })
    .where(and(eq(smsCodes.id, id), isNull(smsCodes.usedAt)))
    .returning({ id: smsCodes.id });
  return rows.length === 1;
}

export async function findApplicantByMobile(db: Executor, mobile: string): Promise<ApplicantRow | undefined> {
  const [row] = await db.select().from(applicants).where(eq(applicants.mobile, mobile)).limit(1);
  return row;
}

export async function findApplicantByOidcIdentity(
  db: Executor,
  identity: { issuer: string; subject: string },
): Promise<ApplicantRow | undefined> {
  const [row] = await db
    .select()
    .from(applicants)
    .where(and(eq(applicants.oidcIssuer, identity.issuer), eq(applicants.oidcSubject, identity.subject)))
    .limit(1);
  return row;
}

/** Inserts an applicant; undefined when the mobile number (or OIDC identity) is already taken. */
export async function insertApplicant(
  tx: Tx,
  row: typeof applicants.$inferInsert,
): Promise<ApplicantRow | undefined> {
  const [inserted] = await tx.insert(applicants).values(row).onConflictDoNothing().returning();
  return inserted;
}

/** Links an OIDC identity to an account that has none yet; undefined when it has one. */
export async function linkOidcIdentity(
  tx: Tx,
  applicantId: string,
  identity: { issuer: string; subject: string; name: string | null },
): Promise<ApplicantRow | undefined> {
  const [row] = await tx
    .update(applicants)
    .set({
      oidcIssuer: identity.issuer,
      oidcSubject: identity.subject,
      name: sql`coalesce(${applicants.name}, ${identity.name})`,
    })
    .where(and(eq(applicants.id, applicantId), isNull(applicants.oidcSubject)))
    .returning();
  return row;
}

export async function insertSession(tx: Tx, row: typeof applicantSessions.$inferInsert): Promise<void> {
  await tx.insert(applicantSessions).values(row);
}

export async function findSessionByTokenHash(db: Executor, tokenHash: string) {
  const [row] = await db
    .select({ session: applicantSessions, applicant: applicants })
    .from(applicantSessions)
    .innerJoin(applicants, eq(applicants.id, applicantSessions.applicantId))
    .where(eq(applicantSessions.tokenHash, tokenHash))
    .limit(1);
  return row;
}

export async function touchSession(db: Executor, tokenHash: string, now: Date): Promise<void> {
  await db
    .update(applicantSessions)
    .set({ lastSeenAt: now })
    .where(eq(applicantSessions.tokenHash, tokenHash));
}

/** Deletes a session; returns its applicant id, or undefined when there was none. */
export async function deleteSession(db: Executor, tokenHash: string): Promise<string | undefined> {
  const [row] = await db
    .delete(applicantSessions)
    .where(eq(applicantSessions.tokenHash, tokenHash))
    .returning({ applicantId: applicantSessions.applicantId });
  return row?.applicantId;
}
