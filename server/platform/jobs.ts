import { sql } from 'drizzle-orm';
import type { Tx } from '../db/connection.ts';
import { rowsOf } from '../db/migrate.ts';
import type { AppContext } from './context.ts';

export interface Job {
  /** Stable name; also the advisory-lock key, so instances agree on who runs it. */
  name: string;
  everyMs: number;
  run(tx: Tx, ctx: AppContext): Promise<void>;
}

/**
 * Runs named periodic jobs. Each run is one transaction that first takes a transaction-scoped
 * advisory lock on the job's name: when several server instances share a PostgreSQL database, one
 * runs the job and the others skip that round.
 */
export class JobScheduler {
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly ctx: AppContext,
    private readonly jobs: readonly Job[],
    private readonly onError: (name: string, error: unknown) => void = () => {},
  ) {}

  start(): void {
    for (const job of this.jobs) {
      const timer = setInterval(() => void this.runOnce(job.name), job.everyMs);
      timer.unref();
      this.timers.push(timer);
    }
  }

  async stop(): Promise<void> {
    this.timers.forEach(clearInterval);
    await Promise.allSettled(this.inFlight);
  }

  /** Runs a job now unless another instance holds it. Returns whether this instance ran it. */
  async runOnce(name: string): Promise<boolean> {
    const job = this.jobs.find((j) => j.name === name);
    if (!job) throw new Error(`unknown job ${name}`);
    // With the journal, so a job records its changes (audit and events) like any other write.
    const run = this.ctx.database.transaction(async (tx) => {
      const [lock] = rowsOf<{ locked: boolean }>(
        await tx.execute(
          sql`select pg_try_advisory_xact_lock(hashtext(${`onewindow.job.${job.name}`})) as locked`,
        ),
      );
      if (!lock?.locked) return false;
      await job.run(tx, this.ctx);
      return true;
    });
    this.inFlight.add(run);
    try {
      return await run;
    } catch (error) {
      this.onError(name, error); // the next round tries again; a failing job must not take the server down
      return false;
    } finally {
      this.inFlight.delete(run);
    }
  }
}
