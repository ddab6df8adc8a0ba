import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { Tx } from '../db/connection.ts';
import { sealAuditRecords } from './audit.ts';

/** Runs the audit.seal job's rounds (see `sealAuditRecords`). */
export interface AuditSealer {
  /** Seals what was written since the last round; the job's transaction `tx` holds the job's lock. */
  seal(tx: Tx): Promise<number>;
  close(): Promise<void>;
}

/** Seals in the job's own transaction: the embedded database has a single connection. */
export const inlineSealer: AuditSealer = {
  seal: (tx) => sealAuditRecords(tx),
  close: async () => {},
};

/** What the sealing thread is asked (see audit-seal-thread.ts). */
export type SealingRequest = { kind: 'seal' } | { kind: 'close' };
export type SealingReply = { sealed: number } | { error: string };

/**
 * Seals on a worker thread with its own PostgreSQL connection, so reading and hashing thousands of
 * records a second takes no time from the thread that serves requests. The thread starts on the
 * first round, and again on the round after it fails.
 */
export function startSealingThread(databaseUrl: string): AuditSealer {
  let worker: Worker | null = null;
  let rounds: Promise<unknown> = Promise.resolve();

  const start = () => {
    // The thread runs TypeScript as this process does: through tsx, registered in the thread itself.
    const tsx = import.meta.resolve('tsx/esm/api');
    const body = new URL('./audit-seal-thread.ts', import.meta.url).href;
    const thread = new Worker(
      `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(body)}); })`,
      { eval: true, workerData: { databaseUrl } },
    );
    thread.unref(); // a server stopping closes it; nothing else waits for it
    // A thread that fails or ends is replaced on the next round; the round waiting on it reports why.
    const forget = () => {
      if (worker === thread) worker = null;
    };
    thread.on('error', forget).once('exit', forget);
    return thread;
  };

  const round = (thread: Worker) =>
    new Promise<number>((resolve, reject) => {
      const settle = (outcome: () => void) => {
        thread.off('message', onMessage).off('error', onError).off('exit', onExit);
        outcome();
      };
      const onMessage = (reply: SealingReply) =>
        settle(() => ('error' in reply ? reject(new Error(reply.error)) : resolve(reply.sealed)));
      const onError = (error: Error) => settle(() => reject(error));
      const onExit = (code: number) => settle(() => reject(new Error(`the sealing thread exited (${code})`)));
      thread.on('message', onMessage).on('error', onError).on('exit', onExit);
      thread.postMessage({ kind: 'seal' } satisfies SealingRequest);
    });

  return {
    seal: () => {
      const next = rounds.then(() => round((worker ??= start())));
      rounds = next.catch(() => {});
      return next;
    },
    close: async () => {
      await rounds;
      const thread = worker;
      if (!thread) return;
      const exited = once(thread, 'exit');
      thread.postMessage({ kind: 'close' } satisfies SealingRequest);
      await exited;
    },
  };
}
