import pg from 'pg';
import type { Tx } from './connection.ts';

/**
 * What an event carries: a JSON object of ids. Never a bare string: the driver parses a jsonb string
 * once more as it reads it back (`"0"` would come back as 0).
 */
export type EventPayload = object;

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
  event: { topic: string; payload: EventPayload } | null;
}

type Value = string | null | Date | readonly string[] | { json: unknown };

/**
 * A string as an SQL literal. One without quotes or backslashes is quoted as it is; any other goes
 * through the driver's own quoting (`pg.escapeLiteral`).
 */
const QUOTING_NEEDED = /['\\]/;
const quote = (text: string) => (QUOTING_NEEDED.test(text) ? pg.escapeLiteral(text) : `'${text}'`);

/** A value as SQL text. */
function literal(value: Value): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (value instanceof Date) return `'${value.toISOString()}'::timestamptz`;
  if (Array.isArray(value)) {
    return value.length === 0 ? `'{}'::text[]` : `array[${value.map((v: string) => literal(v)).join(', ')}]`;
  }
  return `${quote(JSON.stringify((value as { json: unknown }).json ?? null))}::jsonb`;
}

/** The columns a record fills, each with its SQL type and where its value comes from: one list. */
const COLUMNS: readonly (readonly [name: string, type: string, value: (a: JournalAudit) => Value])[] = [
  ['stream', 'text', (a) => a.stream],
  ['region_code', 'char(12)', (a) => a.regionCode],
  ['at', 'timestamptz', (a) => a.at],
  ['actor_kind', 'text', (a) => a.actorKind],
  ['actor_id', 'text', (a) => a.actorId],
  ['actor_name', 'text', (a) => a.actorName],
  ['actor_roles', 'text[]', (a) => a.actorRoles],
  ['action', 'text', (a) => a.action],
  ['target_type', 'text', (a) => a.targetType],
  ['target_id', 'text', (a) => a.targetId],
  ['before_digest', 'text', (a) => a.beforeDigest],
  ['after_digest', 'text', (a) => a.afterDigest],
  ['summary', 'text', (a) => a.summary],
  ['client_address', 'text', (a) => a.clientAddress],
  ['topic', 'text', (a) => a.event?.topic ?? null],
  ['payload', 'jsonb', (a) => (a.event ? { json: a.event.payload } : null)],
];

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
    const values = COLUMNS.map(([, , value]) => literal(value(a)));
    this.rows.push(`execute onewindow_audit_append(${values.join(', ')})`);
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
