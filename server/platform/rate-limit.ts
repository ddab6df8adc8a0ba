import rateLimit from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';
import type { App } from './http.ts';

/**
 * One limit a route declares in `config.rateLimits`. Each limit counts requests in its own buckets:
 * one per client address (`per: 'address'`) or one per value the function takes from the validated
 * request (a mobile number, a username, a case number). A request over any limit gets 429
 * `RATE_LIMITED` with a Chinese message and `Retry-After`.
 *
 * ```ts
 * config: {
 *   access: { kind: 'public' },
 *   rateLimits: [
 *     { name: 'sms-address', per: 'address', max: 20, windowSeconds: 600 },
 *     { name: 'sms-mobile', per: (r) => (r.body as { mobile?: string }).mobile, max: 5, windowSeconds: 3600 },
 *   ],
 * }
 * ```
 */
export interface RouteRateLimit {
  /** Keeps this limit's buckets apart from every other limit's. */
  name: string;
  per: 'address' | ((request: FastifyRequest) => string | undefined);
  max: number;
  windowSeconds: number;
  /** What the caller reads when over the limit; a general message when absent. */
  message?: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    rateLimits?: RouteRateLimit[];
  }
}

/** Requests that are never counted: the web app's files, health checks, API documentation. */
export function isCountedRequest(url: string): boolean {
  return url.startsWith('/api/');
}

/**
 * The API's general limit (generous: a hall's public Wi-Fi puts every visitor behind one address) and
 * the stricter limits routes declare. Static files are never limited, so a page always renders and
 * can show the Chinese message of a limited API call. Register before the routes.
 */
export async function registerRateLimits(app: App, options: { perMinute: number }): Promise<void> {
  if (options.perMinute <= 0) return;
  await app.register(rateLimit, {
    global: true,
    max: options.perMinute,
    timeWindow: 60_000,
    allowList: (request) => !isCountedRequest(request.url),
    errorResponseBuilder: (_request, context) =>
      new AppError('RATE_LIMITED', `请求过于频繁，请于 ${Math.ceil(context.ttl / 1000)} 秒后重试`, {
        retryAfterSeconds: Math.ceil(context.ttl / 1000),
      }),
  });
  app.addHook('onRoute', (route) => {
    const limits = route.config?.rateLimits;
    if (!limits?.length) return;
    const checks = limits.map((limit) => ({
      limit,
      check: app.createRateLimit({
        max: limit.max,
        timeWindow: limit.windowSeconds * 1000,
        keyGenerator: (request: FastifyRequest) => `${limit.name}:${keyOf(limit, request)}`,
      }),
    }));
    const hook = async (request: FastifyRequest, reply: { header(name: string, value: number): unknown }) => {
      for (const { limit, check } of checks) {
        // A limit keyed on a value the request lacks does not apply (validation answers it instead).
        if (limit.per !== 'address' && !limit.per(request)) continue;
        const result = await check(request);
        if (result.isAllowed || !result.isExceeded) continue;
        reply.header('retry-after', result.ttlInSeconds);
        throw new AppError(
          'RATE_LIMITED',
          limit.message ?? `操作过于频繁，请于 ${result.ttlInSeconds} 秒后重试`,
          { retryAfterSeconds: result.ttlInSeconds },
        );
      }
    };
    // After validation, so a key taken from the body sees the parsed body.
    route.preHandler = [hook, ...[route.preHandler ?? []].flat()];
  });
}

function keyOf(limit: RouteRateLimit, request: FastifyRequest): string {
  return limit.per === 'address' ? request.ip : (limit.per(request) ?? '');
}
