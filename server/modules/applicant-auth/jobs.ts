import { lt } from 'drizzle-orm';
import { smsCodes } from './schema.ts';
import { applicantSessions } from '../../platform/schema.ts';
import type { Job } from '../../platform/jobs.ts';
import { SESSION_IDLE_TIMEOUT_MS } from '../../platform/session.ts';

const DAY = 24 * 60 * 60_000;

export const APPLICANT_AUTH_JOBS: readonly Job[] = [
  {
    name: 'applicant_sessions.expire',
    everyMs: 5 * 60_000,
    async run(tx, ctx) {
      const idleSince = new Date(ctx.clock.now().getTime() - SESSION_IDLE_TIMEOUT_MS);
      await tx.delete(applicantSessions).where(lt(applicantSessions.lastSeenAt, idleSince));
    },
  },
  {
    name: 'sms_codes.expire',
    everyMs: 60 * 60_000,
    async run(tx, ctx) {
      await tx.delete(smsCodes).where(lt(smsCodes.createdAt, new Date(ctx.clock.now().getTime() - 2 * DAY)));
    },
  },
];
