import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Double-submit protection for cookie-authenticated writes: the page got the token with its session
 * and must echo it in X-CSRF-Token. Requests authenticated by a device token carry no cookie and
 * are not exposed to CSRF.
 */
export function enforceCsrf(request: FastifyRequest): void {
  if (SAFE_METHODS.has(request.method) || request.sessionCsrfToken === null) return;
  const sent = request.headers['x-csrf-token'];
  if (typeof sent !== 'string' || !equal(sent, request.sessionCsrfToken)) {
    throw new AppError('CSRF_TOKEN_INVALID', '页面已过期，请刷新后重试');
  }
}

function equal(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
