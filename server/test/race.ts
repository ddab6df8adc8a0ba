import { and, eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Db } from '../db/connection.ts';
import { auditLog } from '../db/schema.ts';
import type { App } from '../platform/http.ts';
import { dialect } from './harness.ts';

/**
 * Race tests: PGlite runs one transaction at a time, so only PostgreSQL shows what concurrent clerks
 * do. The same tests run on PGlite too, where the requests queue up and the outcome must be the same.
 */
export const isRealConcurrency = dialect === 'postgres';

/** Fires every request at once against the real app and waits for all the answers. */
export async function fireAtOnce(
  app: App,
  requests: InjectOptions | InjectOptions[],
  count = Array.isArray(requests) ? requests.length : 8,
): Promise<LightMyRequestResponse[]> {
  const list = Array.isArray(requests) ? requests : Array.from({ length: count }, () => requests);
  return Promise.all(list.map((request) => app.inject(request)));
}

export interface RaceOutcome {
  winners: LightMyRequestResponse[];
  losers: LightMyRequestResponse[];
}

/**
 * Asserts one winner (a status below 300) and that every other answer is a conflict with a stable
 * code and a Chinese message (409 unless `loserStatus` says otherwise; a code when `loserCode` is set).
 * A race between two different writes may have either win: give each loser's status and code then.
 */
export function expectOneWinner(
  responses: LightMyRequestResponse[],
  options: { loserStatus?: number | number[]; loserCode?: string | string[] } = {},
): RaceOutcome {
  const winners = responses.filter((response) => response.statusCode < 300);
  const losers = responses.filter((response) => response.statusCode >= 300);
  const summary = responses.map((response) => `${response.statusCode} ${response.body.slice(0, 120)}`);
  expect(winners.length, `one winner expected:\n${summary.join('\n')}`).toBe(1);
  const codes = options.loserCode === undefined ? null : [options.loserCode].flat();
  const statuses = [options.loserStatus ?? 409].flat();
  for (const loser of losers) {
    expect(statuses, summary.join('\n')).toContain(loser.statusCode);
    const body = loser.json() as { error: { code: string; message: string } };
    if (codes) expect(codes).toContain(body.error.code);
    expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
  }
  return { winners, losers };
}

/** How many audit records an action left, optionally for one target: one per effect, never one per request. */
export async function countAuditRecords(db: Db, action: string, targetId?: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(and(eq(auditLog.action, action), targetId ? eq(auditLog.targetId, targetId) : undefined));
  return row!.count;
}
