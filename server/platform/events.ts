import { and, asc, gt, inArray, max } from 'drizzle-orm';
import type { Database, Executor, Tx } from '../db/connection.ts';
import { outboxEvents } from '../db/schema.ts';
import { withinRegionOf } from './policy.ts';

export interface OutboxEvent {
  id: number;
  regionCode: string;
  topic: string;
  payload: unknown;
  createdAt: Date;
}

/** Writes an event in the caller's transaction: it exists if and only if the change committed. */
export async function emitEvent(
  tx: Tx,
  event: { regionCode: string; topic: string; payload: unknown; now: Date },
): Promise<void> {
  await tx.insert(outboxEvents).values({
    regionCode: event.regionCode,
    topic: event.topic,
    payload: event.payload,
    createdAt: event.now,
  });
}

export function listEventsAfter(
  db: Executor,
  afterId: number,
  options: { topics?: string[]; limit?: number; within?: { regionCode: string } } = {},
) {
  return db
    .select()
    .from(outboxEvents)
    .where(
      and(
        gt(outboxEvents.id, afterId),
        options.topics?.length ? inArray(outboxEvents.topic, options.topics) : undefined,
        options.within ? withinRegionOf(outboxEvents.regionCode, options.within) : undefined,
      ),
    )
    .orderBy(asc(outboxEvents.id))
    .limit(options.limit ?? 500);
}

export async function latestEventId(db: Executor): Promise<number> {
  const [row] = await db.select({ id: max(outboxEvents.id) }).from(outboxEvents);
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
  private again = false;
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
    this.timer = setInterval(() => this.poke(), this.pollMs);
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
  committed(): void {
    void this.poke();
    if (!this.database.notify || this.notifyTimer) return;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = undefined;
      if (this.started) void this.database.notify?.('onewindow_outbox').catch(() => {});
    }, 20);
  }

  /** Ask for a delivery round; rounds never overlap. Resolves when the round it caused is done. */
  poke(): Promise<void> {
    if (!this.started) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.deliver().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.poke();
      }
    });
    return this.running;
  }

  private async deliver(): Promise<void> {
    const events = await listEventsAfter(this.database.db, this.cursor);
    for (const event of events) {
      // Ids are allocated before commit: a missing id may still be committing. Wait for it a little.
      if (event.id !== this.cursor + 1) {
        const now = Date.now();
        this.gapSince ??= now;
        if (now - this.gapSince < GAP_GRACE_MS) return;
      }
      this.gapSince = null;
      this.cursor = event.id;
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
