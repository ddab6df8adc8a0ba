import { lt } from 'drizzle-orm';
import { applicantSessions, idempotencyKeys, smsCodes, staffSessions } from './db/schema.ts';
import type { Job } from './platform/jobs.ts';
import { SESSION_IDLE_TIMEOUT_MS } from './platform/session.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Housekeeping that every deployment runs; one instance at a time (advisory lock per job). */
export const JOBS: readonly Job[] = [
  {
    name: 'audit.seal',
    everyMs: 1000,
    async run(tx, ctx) {
      await ctx.auditSealer.seal(tx);
    },
  },
  {
    name: 'sessions.expire',
    everyMs: 5 * MINUTE,
    async run(tx, ctx) {
      const idleSince = new Date(ctx.clock.now().getTime() - SESSION_IDLE_TIMEOUT_MS);
      await tx.delete(staffSessions).where(lt(staffSessions.lastSeenAt, idleSince));
      await tx.delete(applicantSessions).where(lt(applicantSessions.lastSeenAt, idleSince));
    },
  },
  {
    name: 'idempotency.expire',
    everyMs: 60 * MINUTE,
    async run(tx, ctx) {
      // A retry comes within seconds or minutes; a day is a generous window.
      await tx
        .delete(idempotencyKeys)
        .where(lt(idempotencyKeys.createdAt, new Date(ctx.clock.now().getTime() - DAY)));
    },
  },
  {
    name: 'sms_codes.expire',
    everyMs: 60 * MINUTE,
    async run(tx, ctx) {
      await tx.delete(smsCodes).where(lt(smsCodes.createdAt, new Date(ctx.clock.now().getTime() - 2 * DAY)));
    },
  },
];
