import { sql } from 'drizzle-orm';
import { Type } from 'typebox';
import { pendingMigrationCount } from '../../db/migrate.ts';
import type { AppContext } from '../../platform/context.ts';
import type { App } from '../../platform/http.ts';

const Health = Type.Object({
  status: Type.String(),
  database: Type.Optional(Type.String()),
  detail: Type.Optional(Type.String()),
});

export function systemRoutes(app: App, ctx: AppContext): void {
  const tags = ['system'];
  app.get(
    '/healthz',
    { schema: { tags, summary: 'The process is up', response: { 200: Health } } },
    async () => ({ status: 'ok' }),
  );

  app.get(
    '/api/system/info',
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags,
        summary:
          'What every page shows about this deployment (whether it is a demo with a development outbox)',
        response: {
          200: Type.Object({
            isDemo: Type.Boolean({ description: 'The development outbox is on: show the 演示环境 banner' }),
          }),
        },
      },
    },
    async () => ({ isDemo: ctx.config.devOutbox }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags,
        summary: 'The database is reachable and every migration is applied',
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      try {
        await ctx.db.execute(sql`select 1`);
        const pending = await pendingMigrationCount(ctx.database);
        if (pending > 0) {
          return reply.status(503).send({
            status: 'not_ready',
            database: ctx.database.kind,
            detail: `${pending} migrations pending`,
          });
        }
        return { status: 'ready', database: ctx.database.kind };
      } catch {
        return reply
          .status(503)
          .send({ status: 'not_ready', database: ctx.database.kind, detail: 'database unreachable' });
      }
    },
  );
}
