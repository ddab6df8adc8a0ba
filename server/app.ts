import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
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
import { registerRateLimits } from './platform/rate-limit.ts';
import { registerCompression, staticFileHeaders } from './platform/web-delivery.ts';
import { enforceAccess, type RouteAccess } from './platform/access.ts';
import { enforceCsrf } from './platform/csrf.ts';
import { AppError } from './platform/errors.ts';
import { SESSION_COOKIE, findSession } from './platform/session.ts';
import { findDeviceByAuthorization } from './modules/devices/service.ts';
import { JOBS } from './jobs.ts';
import { inlineSealer, startSealingThread } from './platform/audit-sealer.ts';
import { EventDispatcher } from './platform/events.ts';
import { JobScheduler } from './platform/jobs.ts';
import { PersonalDataCipher, resolveDataKey } from './platform/personal-data.ts';
import { auditRoutes } from './modules/audit/routes.ts';
import { applicantAuthRoutes } from './modules/applicant-auth/routes.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { CALENDAR_CHANGED, invalidateCalendars } from './modules/calendar/service.ts';
import { applicantRoutes } from './modules/applicants/routes.ts';
import { deviceRoutes } from './modules/devices/routes.ts';
import { eventRoutes } from './modules/events/routes.ts';
import { userRoutes } from './modules/users/routes.ts';
import { calendarRoutes } from './modules/calendar/routes.ts';
import { onCatalogEvent } from './modules/catalog/portal.ts';
import { catalogRoutes } from './modules/catalog/routes.ts';
import { orgRoutes } from './modules/org/routes.ts';
import { systemRoutes } from './modules/system/routes.ts';

export interface BuildAppOptions {
  config: Config;
  database: Database;
  clock: Clock;
  logger?: FastifyServerOptions['logger'];
  /** Start the periodic jobs (the server does; tests run jobs by hand). */
  runJobs?: boolean;
}

export interface RouteEntry {
  method: string;
  url: string;
  access: RouteAccess;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
    jobs: JobScheduler;
    /** Every /api route with its declared access, for the access-matrix test and docs. */
    routeTable: RouteEntry[];
  }
}

/** Builds the whole HTTP application. No listening, no migrations: main.ts and tests do those. */
export async function buildApp(options: BuildAppOptions): Promise<App> {
  const { config, database, clock } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: true,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  const events = new EventDispatcher(database);
  const personalData = new PersonalDataCipher(
    resolveDataKey({
      envKey: config.dataKey,
      dataDir: config.dataDir,
      isEmbedded: database.kind === 'pglite',
    }),
  );
  // On PostgreSQL the audit records are sealed on a thread of their own (see startSealingThread).
  const auditSealer =
    database.kind === 'postgres' && config.databaseUrl
      ? startSealingThread(config.databaseUrl)
      : inlineSealer;
  const ctx: AppContext = { config, database, db: database.db, clock, events, personalData, auditSealer };
  const jobs = new JobScheduler(ctx, JOBS, (name, error) =>
    app.log.error({ err: error }, `job ${name} failed`),
  );
  app.decorate('ctx', ctx);
  app.decorate('jobs', jobs);
  app.addHook('onReady', async () => {
    await events.start();
    events.subscribe((event) => {
      if (event.topic === CALENDAR_CHANGED) invalidateCalendars(ctx);
      // Catalog and hall changes (this instance's and others') reach the catalog snapshot here.
      onCatalogEvent(ctx, event.topic);
    });
    if (options.runJobs) jobs.start();
  });
  app.addHook('onClose', async () => {
    await jobs.stop();
    await auditSealer.close();
    await events.stop();
  });

  app.setErrorHandler(handleError);
  app.setNotFoundHandler(notFoundHandler(config.webDir));

  await app.register(helmet, {
    contentSecurityPolicy: {
      // Plain HTTP on a hall's LAN must keep working: no forced upgrade to HTTPS.
      directives: { upgradeInsecureRequests: null, 'img-src': ["'self'", 'data:'] },
    },
  });
  await registerRateLimits(app, { perMinute: ctx.config.rateLimitPerMinute });
  await registerCompression(app);
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: { title: 'OneWindow API', description: '一窗通 政务服务一体化平台接口', version: '0.1.0' },
      tags: [
        { name: 'system', description: 'Health and readiness' },
        { name: 'auth', description: 'Staff sign-in' },
        { name: 'org', description: 'Regions, centers, halls, zones, windows, departments' },
        { name: 'calendar', description: 'Working-day calendar' },
        { name: 'users', description: 'Staff accounts, roles and scopes' },
        { name: 'devices', description: 'Kiosk, display and evaluation-pad tokens' },
        { name: 'audit', description: 'Tamper-evident audit log' },
        { name: 'events', description: 'Live updates (Server-Sent Events)' },
        { name: 'applicants', description: 'Applicant identity (ID numbers encrypted at rest)' },
      ],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  registerMetrics(app);

  // A route without an access declaration is a bug: refuse to start rather than guess.
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    if (!route.config?.access) throw new Error(`${route.method} ${route.url} declares no config.access`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routeTable.push({ method, url: route.url, access: route.config.access });
    }
  });
  app.decorateRequest('actor', null);
  app.decorateRequest('applicant', null);
  app.decorateRequest('device', null);
  app.decorateRequest('sessionCsrfToken', null);
  app.decorateRequest('mustChangePassword', false);
  applicantAuthRoutes(app, ctx);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await findSession(ctx.db, clock, token) : null;
    if (session) {
      request.actor = session.actor;
      // On applicant routes the applicant session's token is the one the page holds.
      if (request.routeOptions.config.access?.kind !== 'applicant')
        request.sessionCsrfToken = session.csrfToken;
      request.mustChangePassword = session.mustChangePassword;
      const isStaffRoute = request.routeOptions.config.access?.kind === 'staff';
      if (session.mustChangePassword && isStaffRoute && !request.url.startsWith('/api/auth/')) {
        throw new AppError('PASSWORD_CHANGE_REQUIRED', '请先修改初始密码');
      }
    }
    request.device = await findDeviceByAuthorization(ctx, request.headers.authorization);
    enforceAccess(request);
    enforceCsrf(request);
  });

  systemRoutes(app, ctx);
  authRoutes(app, ctx);
  userRoutes(app, ctx);
  deviceRoutes(app, ctx);
  auditRoutes(app, ctx);
  eventRoutes(app, ctx);
  applicantRoutes(app, ctx);
  orgRoutes(app, ctx);
  calendarRoutes(app, ctx);
  catalogRoutes(app, ctx);

  if (fs.existsSync(path.join(config.webDir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: config.webDir,
      wildcard: false,
      index: false,
      // Vite writes .br and .gz next to each file at build time (see web/vite.config.ts).
      preCompressed: true,
      cacheControl: false,
      setHeaders: staticFileHeaders,
    });
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
      // Through @fastify/static: precompressed, and `no-cache` since the page names this build's files.
      return reply.status(200).sendFile('index.html');
    }
    return handleNotFound(request, reply);
  };
}
