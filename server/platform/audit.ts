import { hash } from 'node:crypto';
import { and, asc, count, eq, gt, inArray, like, notExists, sql } from 'drizzle-orm';
import { formatIsoDate } from '../../domain/calendar/index.ts';
import { localEpochDay } from '../../domain/clock/index.ts';
import type { Executor, Tx } from '../db/connection.ts';
import { auditHeads, auditLog, auditSealCursor, auditSeals } from './schema.ts';
import { journalOf, type EventPayload, type JournalAudit } from '../db/journal.ts';
import type { ApplicantActor, DeviceActor } from './access.ts';
import type { StaffActor } from './policy.ts';

/** SM3 (GB/T 32905) from the OpenSSL built into Node: the same digest as any SM3, in native code. */
const sm3 = (text: string) => hash('sm3', text);
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
type SealedRow = AuditRow & { seq: number; prevHash: string };

/**
 * The hash of a sealed record covers the record, its place in the chain and so the previous hash: the
 * SM3 of `sealedRecordJson`.
 */
export function hashRecord(row: SealedRow): string {
  return sm3(sealedRecordJson(row));
}

/**
 * The canonical JSON (`canonicalJson`) of a sealed record's fields, written out in sorted key order:
 * the sealing job hashes thousands of records a second. A record without an event leaves `topic` and
 * `payload` out, and so hashes as records did before they could carry one.
 */
export function sealedRecordJson(row: SealedRow): string {
  const json = JSON.stringify;
  const event = row.topic === null ? null : { topic: row.topic, payload: canonicalJson(row.payload) };
  return (
    `{"action":${json(row.action)},"actorId":${json(row.actorId)},"actorKind":${json(row.actorKind)},` +
    `"actorName":${json(row.actorName)},"actorRoles":${json(row.actorRoles)},` +
    `"afterDigest":${json(row.afterDigest)},"at":${json(row.at.toISOString())},` +
    `"beforeDigest":${json(row.beforeDigest)},"clientAddress":${json(row.clientAddress)},"id":${json(row.id)},` +
    (event ? `"payload":${event.payload},` : '') +
    `"prevHash":${json(row.prevHash)},"regionCode":${json(row.regionCode)},"seq":${json(row.seq)},` +
    `"stream":${json(row.stream)},"summary":${json(row.summary)},"targetId":${json(row.targetId)},` +
    `"targetType":${json(row.targetType)}` +
    (event ? `,"topic":${json(event.topic)}` : '') +
    '}'
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
 * Records one audit record in the caller's transaction; it is written with the COMMIT. It takes no
 * lock: concurrent writers never wait for each other. The sealing job chains it within seconds (see
 * `sealAuditRecords`).
 */
export function recordAudit(tx: Tx, context: { now: Date; timeZone: string }, entry: AuditEntry): void {
  journalOf(tx).audit(auditValues(context, entry, null));
}

/**
 * A state change's audit record with the event it publishes to subscribers and SSE clients, in the
 * change's region. Payloads hold ids, never personal data.
 */
export function recordChange(
  tx: Tx,
  context: { now: Date; timeZone: string },
  entry: AuditEntry & { event: { topic: string; payload: EventPayload } },
): void {
  const { event, ...audit } = entry;
  journalOf(tx).audit(auditValues(context, audit, event));
}

function auditValues(
  context: { now: Date; timeZone: string },
  entry: AuditEntry,
  event: JournalAudit['event'],
): JournalAudit {
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
    event,
  };
}

/**
 * Appends the seals of records written since the last round to their streams' chains, in id order,
 * in one transaction. Run by one instance at a time (the audit.seal job holds an advisory lock);
 * returns how many records it sealed.
 *
 * An id missing from the sequence belongs to a transaction still running (its record may yet commit)
 * or to one that rolled back. Sealing stops there until every transaction that could hold it has
 * ended: those are below the xmax of the snapshot that first saw the gap, so the gap is settled once
 * a later snapshot's xmin passes that value.
 */
export async function sealAuditRecords(tx: Tx, limit = 2000): Promise<number> {
  const [cursor] = await tx.select().from(auditSealCursor);
  if (!cursor) throw new Error('audit_seal_cursor has no row: the migrations have not run');
  const rows = await tx
    .select({
      record: auditLog,
      sealed: sql<boolean>`${auditSeals.recordId} is not null`,
      // Uncorrelated subqueries run once per statement, on the statement's own snapshot.
      xmin: sql<string>`(select pg_snapshot_xmin(pg_current_snapshot())::text)`,
      xmax: sql<string>`(select pg_snapshot_xmax(pg_current_snapshot())::text)`,
    })
    .from(auditLog)
    .leftJoin(auditSeals, eq(auditSeals.recordId, auditLog.id))
    .where(gt(auditLog.id, cursor.recordId))
    .orderBy(asc(auditLog.id))
    .limit(limit);
  if (rows.length === 0) return 0;
  const xmin = Number(rows[0]!.xmin);
  const xmax = Number(rows[0]!.xmax);
  // A gap seen before is settled when its transactions have ended; a new one, when none was running.
  const settledThrough =
    cursor.gapEnd !== null && cursor.gapXmax !== null && xmin >= cursor.gapXmax ? cursor.gapEnd : null;
  let position = cursor.recordId;
  let gap: { gapEnd: number; gapXmax: number } | null = null;
  const pending: AuditRow[] = [];
  for (const { record, sealed } of rows) {
    const missingThrough = record.id - 1;
    if (
      missingThrough > position &&
      !(settledThrough !== null && settledThrough >= missingThrough) &&
      xmin < xmax
    ) {
      const known = cursor.gapEnd === missingThrough && cursor.gapXmax !== null;
      gap = { gapEnd: missingThrough, gapXmax: known ? cursor.gapXmax! : xmax };
      break;
    }
    position = record.id;
    if (!sealed) pending.push(record); // records sealed before the cursor existed are passed over
  }
  await tx
    .update(auditSealCursor)
    .set({ recordId: position, gapEnd: gap?.gapEnd ?? null, gapXmax: gap?.gapXmax ?? null });
  if (pending.length === 0) return 0;

  const streams = [...new Set(pending.map((r) => r.stream))];
  const heads = new Map(
    (await tx.select().from(auditHeads).where(inArray(auditHeads.stream, streams))).map((h) => [h.stream, h]),
  );
  const seals: { stream: string; seq: number; recordId: number; prevHash: string; hash: string }[] = [];
  for (const [index, row] of pending.entries()) {
    // Hashing a round takes milliseconds: let the requests waiting on this process go on meanwhile.
    if (index % 200 === 199) await new Promise(setImmediate);
    const head = heads.get(row.stream) ?? { stream: row.stream, seq: 0, hash: GENESIS_HASH };
    const sealed = { ...row, seq: head.seq + 1, prevHash: head.hash };
    const hash = hashRecord(sealed);
    seals.push({ stream: row.stream, seq: sealed.seq, recordId: row.id, prevHash: sealed.prevHash, hash });
    heads.set(row.stream, { stream: row.stream, seq: sealed.seq, hash });
  }
  // One statement with five array parameters, however many records the round seals.
  const column = <K extends keyof (typeof seals)[number]>(key: K) =>
    sql.param(seals.map((seal) => seal[key]));
  await tx.execute(sql`
    insert into audit_seals (stream, seq, record_id, prev_hash, hash)
    select * from unnest(${column('stream')}::text[], ${column('seq')}::bigint[], ${column('recordId')}::bigint[],
      ${column('prevHash')}::text[], ${column('hash')}::text[])`);
  await tx
    .insert(auditHeads)
    .values(streams.map((stream) => heads.get(stream)!))
    .onConflictDoUpdate({
      target: auditHeads.stream,
      set: { seq: sql`excluded.seq`, hash: sql`excluded.hash` },
    });
  return seals.length;
}

export interface AuditBreak {
  stream: string;
  seq: number;
  reason: string;
}

/**
 * Recomputes every sealed chain, or those of one region's subtree (`regionPrefix`, as
 * `regionPrefix(code)` gives it); returns the first broken record of each broken stream.
 */
export async function verifyAuditChains(
  db: Executor,
  onProgress?: (streamsDone: number, streamsTotal: number) => void,
  options: { regionPrefix?: string } = {},
): Promise<{ records: number; streams: number; pending: number; breaks: AuditBreak[] }> {
  const prefix = options.regionPrefix;
  const heads = await db
    .select()
    .from(auditHeads)
    .where(prefix === undefined ? undefined : like(auditHeads.stream, `${prefix}%`))
    .orderBy(asc(auditHeads.stream));
  const [unsealed] = await db
    .select({ count: count() })
    .from(auditLog)
    .where(
      and(
        prefix === undefined ? undefined : like(auditLog.regionCode, `${prefix}%`),
        notExists(
          db
            .select({ one: sql`1` })
            .from(auditSeals)
            .where(eq(auditSeals.recordId, auditLog.id)),
        ),
      ),
    );
  const breaks: AuditBreak[] = [];
  let records = 0;
  for (const [index, head] of heads.entries()) {
    const rows = await db
      .select({ seal: auditSeals, record: auditLog })
      .from(auditSeals)
      .leftJoin(auditLog, eq(auditLog.id, auditSeals.recordId))
      .where(eq(auditSeals.stream, head.stream))
      .orderBy(asc(auditSeals.seq));
    records += rows.length;
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    let broken: AuditBreak | null = null;
    for (const { seal, record } of rows) {
      const problem =
        seal.seq !== expectedSeq
          ? `record ${expectedSeq} is missing`
          : seal.prevHash !== prevHash
            ? 'previous hash does not match'
            : !record || record.stream !== seal.stream
              ? 'the sealed record is missing'
              : hashRecord({ ...record, seq: seal.seq, prevHash: seal.prevHash }) !== seal.hash
                ? 'content does not match its hash'
                : null;
      if (problem) {
        broken = { stream: head.stream, seq: Math.min(seal.seq, expectedSeq), reason: problem };
        break;
      }
      prevHash = seal.hash;
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
