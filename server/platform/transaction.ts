import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Tx } from '../db/connection.ts';
import { idempotencyKeys } from './schema.ts';
import { canonicalJson } from './audit.ts';
import type { AppContext } from './context.ts';
import { AppError } from './errors.ts';

export interface IdempotencyKey {
  /** Who sent it: a staff member, applicant or device id, or the client address. */
  scope: string;
  key: string;
  requestHash: string;
}

/**
 * Runs `work` in one transaction: every state change goes through here so that the row, its audit
 * record and its event commit or roll back together.
 *
 * With an idempotency key, the key row is inserted first in the same transaction. A concurrent retry
 * blocks on that insert until the first commits, then finds the key and gets the first result back;
 * if the first rolled back, the retry does the work itself. The same key with another body is 422.
 */
export async function transact<T>(
  ctx: AppContext,
  work: (tx: Tx) => Promise<T>,
  idempotency?: IdempotencyKey | null,
): Promise<T> {
  const result = await runTransaction(ctx, work, idempotency);
  // The events `work` wrote are visible now: this instance's subscribers (the in-memory catalog, say)
  // have them before the caller hears back, so a read right after a write sees it.
  await ctx.events.committed();
  return result;
}

function runTransaction<T>(
  ctx: AppContext,
  work: (tx: Tx) => Promise<T>,
  idempotency: IdempotencyKey | null | undefined,
): Promise<T> {
  return ctx.database.transaction(async (tx) => {
    if (!idempotency) return work(tx);
    const inserted = await tx
      .insert(idempotencyKeys)
      .values({ ...idempotency, createdAt: ctx.clock.now() })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length === 0) {
      const [first] = await tx
        .select()
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.scope, idempotency.scope), eq(idempotencyKeys.key, idempotency.key)));
      if (!first || first.requestHash !== idempotency.requestHash) {
        throw new AppError('IDEMPOTENCY_KEY_REUSED', '该幂等键已用于内容不同的请求');
      }
      return first.responseBody as T;
    }
    const result = await work(tx);
    await tx
      .update(idempotencyKeys)
      .set({ responseStatus: 200, responseBody: JSON.parse(JSON.stringify(result ?? null)) })
      .where(and(eq(idempotencyKeys.scope, idempotency.scope), eq(idempotencyKeys.key, idempotency.key)));
    return result;
  });
}

const KEY_PATTERN = /^[A-Za-z0-9_\-:.]{8,100}$/;

/** The request's Idempotency-Key, scoped to its sender; null when the header is absent. */
export function idempotencyOf(request: FastifyRequest): IdempotencyKey | null {
  const key = request.headers['idempotency-key'];
  if (key === undefined) return null;
  if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
    throw new AppError('BAD_REQUEST', 'Idempotency-Key 格式不正确（8–100 位字母、数字或 _-:.）');
  }
  const sender = request.actor?.id ?? request.device?.id ?? request.applicant?.id ?? `ip:${request.ip}`;
  const requestHash = createHash('sha256')
    .update(
      `${request.method} ${request.routeOptions.url ?? request.url} ${canonicalJson(request.params)} ${canonicalJson(request.body)}`,
    )
    .digest('hex');
  return { scope: sender, key, requestHash };
}

/** What every audited write needs to know about its moment and its caller's address. */
export function auditContextOf(ctx: AppContext): { now: Date; timeZone: string } {
  return { now: ctx.clock.now(), timeZone: ctx.config.timeZone };
}

/** What a write records about its request: the client address for the audit, and its idempotency key. */
export function writeMetaOf(request: FastifyRequest): {
  clientAddress: string;
  idempotency: IdempotencyKey | null;
} {
  return { clientAddress: request.ip, idempotency: idempotencyOf(request) };
}
