import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { Type } from 'typebox';
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

/** How the first answer of an idempotent write is kept, so that a replay answers exactly the same. */
export interface ReplayOptions<Secret extends string = never> {
  /** The HTTP status the route answers the write with (default 200); kept with the key. */
  status?: number;
  /**
   * Top-level fields of the result shown once and never stored: a token or temporary password the
   * owning table keeps only as a hash. A replay answers them null, with `secretShownOnce: true`.
   */
  secrets?: readonly Secret[];
}

/** A result with secrets: the secret fields are null on a replay, which says so in Chinese. */
export type WithSecretsShownOnce<T, Secret extends string> = Omit<T, Secret> & {
  [K in Secret & keyof T]: T[K] | null;
} & { secretShownOnce: boolean; secretNotice?: string };

/** What `transact` answers: the work's result, or with secrets, the result that says it shows them once. */
export type Answer<T, Secret extends string> = [Secret] extends [never] ? T : WithSecretsShownOnce<T, Secret>;

export const SECRET_SHOWN_ONCE_NOTICE = '密钥只在第一次响应中显示，重试不再返回；如未保存，请重新生成';

/** The response fields that go with secrets shown once, for a route's response schema. */
export const SecretShownOnceFields = {
  /** True on a replay: the secret fields are null because they were shown to the first request. */
  secretShownOnce: Type.Boolean(),
  secretNotice: Type.Optional(Type.String()),
};

/**
 * Runs `work` in one transaction: every state change goes through here so that the row, its audit
 * record and its event commit or roll back together.
 *
 * With an idempotency key, the key row is inserted first in the same transaction. A concurrent retry
 * blocks on that insert until the first commits, then finds the key and gets the first answer back
 * (the stored body; the status the route passes as `options.status` is kept with it, and the route
 * answers with that same status); if the first rolled back, the retry does the work itself. The same key with another body is 422. Secret fields (`options.secrets`) are left
 * out of the stored body.
 */
export async function transact<T, const Secret extends string = never>(
  ctx: AppContext,
  work: (tx: Tx) => Promise<T>,
  idempotency?: IdempotencyKey | null,
  options: ReplayOptions<Secret> = {},
): Promise<Answer<T, NoInfer<Secret>>> {
  const result = await runTransaction(ctx, work, idempotency, options);
  // The events `work` wrote are visible now: this instance's subscribers (the in-memory catalog, say)
  // have them before the caller hears back, so a read right after a write sees it.
  await ctx.events.committed();
  return result as Answer<T, Secret>;
}

function runTransaction<T>(
  ctx: AppContext,
  work: (tx: Tx) => Promise<T>,
  idempotency: IdempotencyKey | null | undefined,
  options: ReplayOptions<string>,
): Promise<unknown> {
  const secrets = options.secrets ?? [];
  const firstAnswer = (answer: T) => (secrets.length > 0 ? { ...answer, secretShownOnce: false } : answer);
  return ctx.database.transaction(async (tx) => {
    if (!idempotency) return firstAnswer(await work(tx));
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
      return first.responseBody;
    }
    const answer = await work(tx);
    const replay =
      secrets.length > 0
        ? {
            ...answer,
            ...Object.fromEntries(secrets.map((field) => [field, null])),
            secretShownOnce: true,
            secretNotice: SECRET_SHOWN_ONCE_NOTICE,
          }
        : answer;
    await tx
      .update(idempotencyKeys)
      .set({
        responseStatus: options.status ?? 200,
        responseBody: JSON.parse(JSON.stringify(replay ?? null)),
      })
      .where(and(eq(idempotencyKeys.scope, idempotency.scope), eq(idempotencyKeys.key, idempotency.key)));
    return firstAnswer(answer);
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
