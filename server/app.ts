import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.ts';
import type { Database } from './db/connection.ts';
import type { Clock } from './platform/clock.ts';
import type { AppContext } from './platform/context.ts';
import { handleError, handleNotFound } from './platform/http-errors.ts';
import type { App } from './platform/http.ts';
import { registerMetrics } from './platform/metrics.ts';
import { SESSION_COOKIE, findSessionActor } from './platform/session.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { calendarRoutes } from './modules/calendar/routes.ts';
import { orgRoutes } from './modules/org/routes.ts';
import { systemRoutes } from './modules/system/routes.ts';

export interface BuildAppOptions {
  config: Config;
  database: Database;
  clock: Clock;
  logger?: FastifyServerOptions['logger'];
}

/** Builds the whole HTTP application. No listening, no migrations: main.ts and tests do those. */
export async function buildApp(options: BuildAppOptions): Promise<App> {
  const { config, database, clock } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: true,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  const ctx: AppContext = { config, database, db: database.db, clock };

  app.setErrorHandler(handleError);
  app.setNotFoundHandler(notFoundHandler(config.webDir));

  await app.register(helmet, {
    contentSecurityPolicy: {
      // Plain HTTP on a hall's LAN must keep working: no forced upgrade to HTTPS.
      directives: { upgradeInsecureRequests: null, 'img-src': ["'self'", 'data:'] },
    },
  });
  await app.register(rateLimit, { max: 600, timeWindow: '1 minute' });
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: { title: 'OneWindow API', description: '一窗通 政务服务一体化平台接口', version: '0.1.0' },
      tags: [
        { name: 'system', description: 'Health and readiness' },
        { name: 'auth', description: 'Staff sign-in' },
        { name: 'org', description: 'Regions, centers, halls, zones, windows, departments' },
        { name: 'calendar', description: 'Working-day calendar' },
      ],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  registerMetrics(app);

  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token && request.url.startsWith('/api/'))
      request.actor = await findSessionActor(ctx.db, clock, token);
  });

  systemRoutes(app, ctx);
  authRoutes(app, ctx);
  orgRoutes(app, ctx);
  calendarRoutes(app, ctx);

  if (fs.existsSync(path.join(config.webDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: config.webDir, wildcard: false, index: false });
  }
  return app;
}

/** Unknown API paths get a JSON 404; any other GET is a page of the single-page app. */
function notFoundHandler(webDir: string) {
  const indexPath = path.join(webDir, 'index.html');
  return (request: Parameters<typeof handleNotFound>[0], reply: Parameters<typeof handleNotFound>[1]) => {
    const isPage =
      request.method === 'GET' &&
      !/^\/(api|docs|metrics|healthz|readyz)(\/|$|\?)/.test(request.url) &&
      (request.headers.accept ?? '').includes('text/html');
    if (isPage && fs.existsSync(indexPath)) {
      return reply.type('text/html; charset=utf-8').send(fs.createReadStream(indexPath));
    }
    return handleNotFound(request, reply);
  };
}
