import pg from 'pg';
import type { Tx } from './connection.ts';

/** One audit record as stored, before the sealing job chains it. */
export interface JournalAudit {
  stream: string;
  regionCode: string;
  at: Date;
  actorKind: string;
  actorId: string | null;
  actorName: string | null;
  actorRoles: readonly string[];
  action: string;
  targetType: string;
  targetId: string;
  beforeDigest: string | null;
  afterDigest: string | null;
  summary: string;
  clientAddress: string | null;
  /** The event the change publishes, if any. */
  event: { topic: string; payload: unknown } | null;
}

type Value = string | null | Date | readonly string[] | { json: unknown };

/** A value as SQL text. Strings go through the driver's own quoting (`pg.escapeLiteral`). */
function literal(value: Value): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return pg.escapeLiteral(value);
  if (value instanceof Date) return `${pg.escapeLiteral(value.toISOString())}::timestamptz`;
  if (Array.isArray(value)) {
    return value.length === 0 ? `'{}'::text[]` : `array[${value.map((v: string) => literal(v)).join(', ')}]`;
  }
  return `${pg.escapeLiteral(JSON.stringify((value as { json: unknown }).json ?? null))}::jsonb`;
}

const COLUMNS = [
  ['stream', 'text'],
  ['region_code', 'char(12)'],
  ['at', 'timestamptz'],
  ['actor_kind', 'text'],
  ['actor_id', 'text'],
  ['actor_name', 'text'],
  ['actor_roles', 'text[]'],
  ['action', 'text'],
  ['target_type', 'text'],
  ['target_id', 'text'],
  ['before_digest', 'text'],
  ['after_digest', 'text'],
  ['summary', 'text'],
  ['client_address', 'text'],
  ['topic', 'text'],
  ['payload', 'jsonb'],
] as const;

/**
 * Each database session prepares the record insert once (`Database.transaction` does it on first use),
 * so a change pays for executing a plan, not for planning an insert.
 */
export const PREPARE_AUDIT_APPEND = `prepare onewindow_audit_append (${COLUMNS.map(([, type]) => type).join(', ')})
  as insert into audit_log (${COLUMNS.map(([name]) => name).join(', ')})
  values (${COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`;

/**
 * The audit records (with their events) of one transaction. They reach the database as statements
 * sent with the transaction's COMMIT (see `Database.transaction`): recording a change costs no round
 * trip of its own, and ids are allocated at the last moment, which keeps gaps in the event order short.
 */
export class ChangeJournal {
  private readonly rows: string[] = [];

  audit(a: JournalAudit): void {
    const values: Value[] = [
      a.stream,
      a.regionCode,
      a.at,
      a.actorKind,
      a.actorId,
      a.actorName,
      a.actorRoles,
      a.action,
      a.targetType,
      a.targetId,
      a.beforeDigest,
      a.afterDigest,
      a.summary,
      a.clientAddress,
      a.event?.topic ?? null,
      a.event ? { json: a.event.payload } : null,
    ];
    this.rows.push(`execute onewindow_audit_append(${values.map(literal).join(', ')})`);
  }

  /** The statements that write everything recorded; they need `PREPARE_AUDIT_APPEND` in the session. */
  statements(): readonly string[] {
    return this.rows;
  }
}

const journals = new WeakMap<Tx, ChangeJournal>();

/** Starts the journal of a transaction; `Database.transaction` does this for every transaction. */
export function openJournal(tx: Tx): ChangeJournal {
  const journal = new ChangeJournal();
  journals.set(tx, journal);
  return journal;
}

export function journalOf(tx: Tx): ChangeJournal {
  const journal = journals.get(tx);
  if (!journal) {
    // A record written in a transaction without a journal would never reach the database: refuse.
    throw new Error('audit records are written in Database.transaction, which commits them');
  }
  return journal;
}
