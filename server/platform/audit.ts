import smCrypto from 'sm-crypto';
import { and, asc, count, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { formatIsoDate } from '../../domain/calendar/index.ts';
import { localEpochDay } from '../../domain/clock/index.ts';
import type { Executor, Tx } from '../db/connection.ts';
import { auditHeads, auditLog } from '../db/schema.ts';
import type { ApplicantActor, DeviceActor } from './access.ts';
import type { StaffActor } from './policy.ts';

const { sm3 } = smCrypto;
export const GENESIS_HASH = '0'.repeat(64);

export type AuditActor = StaffActor | ApplicantActor | DeviceActor | { kind: 'system'; name: string };

export interface AuditEntry {
  actor: AuditActor;
  action: string;
  targetType: string;
  targetId: string;
  /** The region the target belongs to; it picks the chain. */
  regionCode: string;
  before?: unknown;
  after?: unknown;
  /** A short Chinese description for the audit search page; never personal data in clear. */
  summary: string;
  clientAddress?: string | null;
}

/** JSON with sorted keys, so the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function digest(value: unknown): string | null {
  return value === undefined || value === null ? null : sm3(canonicalJson(value));
}

type AuditRow = typeof auditLog.$inferSelect;
type SealedRow = AuditRow & { seq: number; prevHash: string; hash: string };

/** The hash of a sealed record covers every column but the hash itself, and so the previous hash. */
export function hashRecord(row: Omit<SealedRow, 'hash'>): string {
  return sm3(
    canonicalJson({
      id: row.id,
      stream: row.stream,
      seq: row.seq,
      regionCode: row.regionCode,
      at: row.at.toISOString(),
      actorKind: row.actorKind,
      actorId: row.actorId,
      actorName: row.actorName,
      actorRoles: row.actorRoles,
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      beforeDigest: row.beforeDigest,
      afterDigest: row.afterDigest,
      summary: row.summary,
      clientAddress: row.clientAddress,
      prevHash: row.prevHash,
    }),
  );
}

function describeActor(
  actor: AuditActor,
): Pick<AuditRow, 'actorKind' | 'actorId' | 'actorName' | 'actorRoles'> {
  switch (actor.kind) {
    case 'staff':
      return { actorKind: 'staff', actorId: actor.id, actorName: actor.displayName, actorRoles: actor.roles };
    case 'applicant':
      return { actorKind: 'applicant', actorId: actor.id, actorName: null, actorRoles: ['applicant'] };
    case 'device':
      return { actorKind: 'device', actorId: actor.id, actorName: actor.name, actorRoles: actor.scopes };
    case 'system':
      return { actorKind: 'system', actorId: null, actorName: actor.name, actorRoles: ['system'] };
    default: {
      const unreachable: never = actor;
      throw new Error(`unknown actor ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * Writes one audit record inside the caller's transaction. It takes no lock: concurrent writers never
 * wait for each other. The sealing job chains it within seconds (see `sealAuditRecords`).
 */
export async function recordAudit(
  tx: Tx,
  context: { now: Date; timeZone: string },
  entry: AuditEntry,
): Promise<void> {
  await tx.insert(auditLog).values(auditValues(context, entry));
}

function auditValues(context: { now: Date; timeZone: string }, entry: AuditEntry) {
  const day = formatIsoDate(localEpochDay(context.now.getTime(), context.timeZone));
  return {
    stream: `${entry.regionCode}:${day}`,
    regionCode: entry.regionCode,
    at: context.now,
    ...describeActor(entry.actor),
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    beforeDigest: digest(entry.before),
    afterDigest: digest(entry.after),
    summary: entry.summary,
    clientAddress: entry.clientAddress ?? null,
  };
}

/**
 * A state change's audit record and its outbox event, written in one statement (one round trip)
 * inside the caller's transaction. The event's region is the audit record's.
 */
export async function recordChange(
  tx: Tx,
  context: { now: Date; timeZone: string },
  entry: AuditEntry & { event: { topic: string; payload: unknown } },
): Promise<void> {
  const a = auditValues(context, entry);
  await tx.execute(sql`
    with event as (
      insert into outbox_events (region_code, topic, payload, created_at)
      values (${a.regionCode}, ${entry.event.topic}, ${JSON.stringify(entry.event.payload ?? null)}::jsonb, ${a.at.toISOString()}::timestamptz)
    )
    insert into audit_log (stream, region_code, at, actor_kind, actor_id, actor_name, actor_roles, action,
      target_type, target_id, before_digest, after_digest, summary, client_address)
    values (${a.stream}, ${a.regionCode}, ${a.at.toISOString()}::timestamptz, ${a.actorKind}, ${a.actorId}, ${a.actorName},
      array[${sql.join(
        a.actorRoles.map((role) => sql`${role}`),
        sql`, `,
      )}]::text[], ${a.action},
      ${a.targetType}, ${a.targetId}, ${a.beforeDigest}, ${a.afterDigest}, ${a.summary}, ${a.clientAddress})`);
}

/**
 * Links unsealed records into their streams' chains, oldest first, in one transaction. Run by one
 * instance at a time (the audit.seal job holds an advisory lock); returns how many it sealed.
 */
export async function sealAuditRecords(tx: Tx, limit = 2000): Promise<number> {
  const pending = await tx
    .select()
    .from(auditLog)
    .where(isNull(auditLog.hash))
    .orderBy(asc(auditLog.id))
    .limit(limit);
  if (pending.length === 0) return 0;
  const streams = [...new Set(pending.map((r) => r.stream))];
  const heads = new Map(
    (await tx.select().from(auditHeads).where(inArray(auditHeads.stream, streams))).map((h) => [h.stream, h]),
  );
  const seals: { regionCode: string; id: number; seq: number; prevHash: string; hash: string }[] = [];
  for (const row of pending) {
    const head = heads.get(row.stream) ?? { stream: row.stream, seq: 0, hash: GENESIS_HASH };
    const sealed = { ...row, seq: head.seq + 1, prevHash: head.hash };
    const hash = hashRecord(sealed);
    seals.push({ regionCode: row.regionCode, id: row.id, seq: sealed.seq, prevHash: sealed.prevHash, hash });
    heads.set(row.stream, { stream: row.stream, seq: sealed.seq, hash });
  }
  const values = sql.join(
    seals.map(
      (s) => sql`(${s.regionCode}::char(12), ${s.id}::bigint, ${s.seq}::bigint, ${s.prevHash}, ${s.hash})`,
    ),
    sql`, `,
  );
  await tx.execute(sql`
    update audit_log as a set seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
    from (values ${values}) as v(region_code, id, seq, prev_hash, hash)
    where a.region_code = v.region_code and a.id = v.id`);
  for (const stream of streams) {
    const head = heads.get(stream)!;
    await tx
      .insert(auditHeads)
      .values(head)
      .onConflictDoUpdate({ target: auditHeads.stream, set: { seq: head.seq, hash: head.hash } });
  }
  return seals.length;
}

export interface AuditBreak {
  stream: string;
  seq: number;
  reason: string;
}

/** Recomputes every sealed chain; returns the first broken record of each broken stream. */
export async function verifyAuditChains(
  db: Executor,
  onProgress?: (streamsDone: number, streamsTotal: number) => void,
): Promise<{ records: number; streams: number; pending: number; breaks: AuditBreak[] }> {
  const heads = await db.select().from(auditHeads).orderBy(asc(auditHeads.stream));
  const [unsealed] = await db.select({ count: count() }).from(auditLog).where(isNull(auditLog.hash));
  const breaks: AuditBreak[] = [];
  let records = 0;
  for (const [index, head] of heads.entries()) {
    const rows = (await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.stream, head.stream), isNotNull(auditLog.hash)))
      .orderBy(asc(auditLog.seq))) as SealedRow[];
    records += rows.length;
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    let broken: AuditBreak | null = null;
    for (const row of rows) {
      const problem =
        row.seq !== expectedSeq
          ? `record ${expectedSeq} is missing`
          : row.prevHash !== prevHash
            ? 'previous hash does not match'
            : hashRecord(row) !== row.hash
              ? 'content does not match its hash'
              : null;
      if (problem) {
        broken = { stream: head.stream, seq: row.seq, reason: problem };
        break;
      }
      prevHash = row.hash;
      expectedSeq++;
    }
    if (!broken && (head.seq !== rows.length || head.hash !== prevHash)) {
      broken = {
        stream: head.stream,
        seq: rows.length + 1,
        reason: 'records are missing at the end of the chain',
      };
    }
    if (broken) breaks.push(broken);
    onProgress?.(index + 1, heads.length);
  }
  return { records, streams: heads.length, pending: Number(unsealed?.count ?? 0), breaks };
}
