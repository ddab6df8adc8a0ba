import { and, asc, gt, inArray, isNotNull, max } from 'drizzle-orm';
import type { Database, Executor } from '../db/connection.ts';
import type { EventPayload } from '../db/journal.ts';
import { auditLog } from './schema.ts';
import { withinRegionOf } from './policy.ts';

/**
 * An event is the published side of a change record (see `recordChange`): it exists if and only if
 * the change committed, and its id is the record's.
 */
export interface OutboxEvent {
  id: number;
  regionCode: string;
  topic: string;
  payload: EventPayload;
  createdAt: Date;
}

const eventColumns = {
  id: auditLog.id,
  regionCode: auditLog.regionCode,
  topic: auditLog.topic,
  payload: auditLog.payload,
  createdAt: auditLog.at,
};

type RecordRow = Omit<OutboxEvent, 'topic' | 'payload'> & {
  topic: string | null;
  payload: EventPayload | null;
};

/** The event a change record publishes, or null for a record that publishes none. */
function eventOf(record: RecordRow): OutboxEvent | null {
  // The journal writes a topic and its payload together.
  return record.topic === null ? null : { ...record, topic: record.topic, payload: record.payload ?? {} };
}

/** Events after `afterId` in id order, for SSE clients resuming with Last-Event-ID. */
export async function listEventsAfter(
  db: Executor,
  afterId: number,
  options: { topics?: string[]; limit?: number; within?: { regionCode: string } } = {},
): Promise<OutboxEvent[]> {
  const rows = await db
    .select(eventColumns)
    .from(auditLog)
    .where(
      and(
        gt(auditLog.id, afterId),
        options.topics?.length ? inArray(auditLog.topic, options.topics) : isNotNull(auditLog.topic),
        options.within ? withinRegionOf(auditLog.regionCode, options.within) : undefined,
      ),
    )
    .orderBy(asc(auditLog.id))
    .limit(options.limit ?? 500);
  return rows.flatMap((row) => eventOf(row) ?? []);
}

/** Every record after `afterId`, with or without an event: the dispatcher checks the ids are gapless. */
function listRecordsAfter(db: Executor, afterId: number) {
  return db
    .select(eventColumns)
    .from(auditLog)
    .where(gt(auditLog.id, afterId))
    .orderBy(asc(auditLog.id))
    .limit(500);
}

export async function latestEventId(db: Executor): Promise<number> {
  const [row] = await db.select({ id: max(auditLog.id) }).from(auditLog);
  return Number(row?.id ?? 0);
}

type Subscriber = (event: OutboxEvent) => void;

/** How long a gap in event ids may be waited for (a transaction still committing) before it is skipped. */
const GAP_GRACE_MS = 5_000;

/**
 * Delivers committed events to this instance's subscribers in id order. Woken by `poke()` after a local
 * commit, by NOTIFY from other instances on PostgreSQL, and by a timer as a fallback.
 */
export class EventDispatcher {
  private cursor = 0;
  private readonly subscribers = new Set<Subscriber>();
  private timer: NodeJS.Timeout | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  private running: Promise<void> | null = null;
  private nextRound: Promise<void> | null = null;
  private gapSince: number | null = null;
  private started = false;
  private notifyTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly database: Database,
    private readonly pollMs = 1000,
  ) {}

  async start(): Promise<void> {
    this.cursor = await latestEventId(this.database.db);
    this.started = true;
    this.timer = setInterval(() => void this.poke().catch(() => {}), this.pollMs);
    this.timer.unref();
    this.unlisten = await this.database.listen?.('onewindow_outbox', () => this.poke());
  }

  async stop(): Promise<void> {
    this.started = false;
    clearInterval(this.timer);
    clearTimeout(this.notifyTimer);
    await this.unlisten?.();
    await this.running;
  }

  subscribe(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  /**
   * After a local commit: deliver here, and wake the other instances with one NOTIFY per burst. The
   * NOTIFY is sent outside the write transaction: PostgreSQL serialises the commits of transactions
   * that notify, which would cap write throughput.
   */
  committed(): Promise<void> {
    const delivered = this.poke();
    if (this.database.notify && !this.notifyTimer) {
      this.notifyTimer = setTimeout(() => {
        this.notifyTimer = undefined;
        if (this.started) void this.database.notify?.('onewindow_outbox').catch(() => {});
      }, 20);
    }
    // The write has committed whatever happens here: a failed round is retried by the timer.
    return delivered.catch(() => {});
  }

  /**
   * Ask for a delivery round; rounds never overlap. Resolves when a round that started after this call
   * is done, so a write that awaits it has had its own events delivered here (unless an earlier id is
   * still committing, which the round waits for briefly, see GAP_GRACE_MS).
   */
  poke(): Promise<void> {
    if (!this.started) return Promise.resolve();
    if (this.running) {
      this.nextRound ??= this.running.then(() => {
        this.nextRound = null;
        return this.poke();
      });
      return this.nextRound;
    }
    this.running = this.deliver().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async deliver(): Promise<void> {
    const records = await listRecordsAfter(this.database.db, this.cursor);
    for (const record of records) {
      // Ids are allocated before commit: a missing id may still be committing. Wait for it a little.
      if (record.id !== this.cursor + 1) {
        const now = Date.now();
        this.gapSince ??= now;
        if (now - this.gapSince < GAP_GRACE_MS) return;
      }
      this.gapSince = null;
      this.cursor = record.id;
      const event = eventOf(record);
      if (!event) continue; // an audit record that publishes nothing
      for (const subscriber of this.subscribers) {
        try {
          subscriber(event);
        } catch {
          // One failing subscriber must not stop delivery to the others.
        }
      }
    }
  }
}
