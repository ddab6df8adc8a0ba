import { lt } from 'drizzle-orm';
import { idempotencyKeys } from '../../platform/schema.ts';
import type { ModuleDescriptor } from '../../platform/module.ts';
import { systemRoutes } from './routes.ts';

const DAY = 24 * 60 * 60_000;

/** Health, readiness and the housekeeping of platform tables. */
export const systemModule: ModuleDescriptor = {
  name: 'system',
  tags: [{ name: 'system', description: 'Health, readiness and what every page shows about the deployment' }],
  routes: systemRoutes,
  jobs: [
    {
      name: 'idempotency.expire',
      everyMs: 60 * 60_000,
      async run(tx, ctx) {
        // A retry comes within seconds or minutes; a day is a generous window.
        await tx
          .delete(idempotencyKeys)
          .where(lt(idempotencyKeys.createdAt, new Date(ctx.clock.now().getTime() - DAY)));
      },
    },
  ],
};
