import { lt } from 'drizzle-orm';
import { staffSessions } from '../../platform/schema.ts';
import type { ModuleDescriptor } from '../../platform/module.ts';
import { SESSION_IDLE_TIMEOUT_MS } from '../../platform/session.ts';
import { authRoutes } from './routes.ts';

/** Staff sign-in, sessions and password changes. */
export const authModule: ModuleDescriptor = {
  name: 'auth',
  tags: [{ name: 'auth', description: 'Staff sign-in' }],
  routes: authRoutes,
  jobs: [
    {
      name: 'sessions.expire',
      everyMs: 5 * 60_000,
      async run(tx, ctx) {
        const idleSince = new Date(ctx.clock.now().getTime() - SESSION_IDLE_TIMEOUT_MS);
        await tx.delete(staffSessions).where(lt(staffSessions.lastSeenAt, idleSince));
      },
    },
  ],
};
