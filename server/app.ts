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
import { openApiOptions } from './platform/openapi.ts';
import { registerRateLimits } from './platform/rate-limit.ts';
import { registerCompression, staticFileHeaders } from './platform/web-delivery.ts';
import { enforceAccess, type RouteAccess } from './platform/access.ts';
import { enforceCsrf } from './platform/csrf.ts';
import { AppError, registerErrorCodes } from './platform/errors.ts';
import { addDateFormat, rejectUnstorableText, requireSomethingToUpdate } from './platform/input.ts';
import { registerPermissions } from './platform/policy.ts';
import { findDeviceByAuthorization } from './modules/devices/index.ts';
import { MODULES } from './modules/index.ts';
import { SESSION_COOKIE, findSession } from './platform/session.ts';
import { inlineSealer, startSealingThread } from './platform/audit-sealer.ts';
import { EventDispatcher } from './platform/events.ts';
import { localFileStore, type FileStore } from './platform/files.ts';
import { JobScheduler } from './platform/jobs.ts';
import { PersonalDataCipher, resolveDataKey } from './platform/personal-data.ts';

export interface BuildAppOptions {
  config: Config;
  database: Database;
  clock: Clock;
  logger?: FastifyServerOptions['logger'];
  /** Start the periodic jobs (the server does; tests run jobs by hand). */
  runJobs?: boolean;
  /** Where files live; the local disk under the data directory unless given (tests use memory). */
  files?: FileStore;
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
  const serverOptions: FastifyServerOptions = {
    logger: options.logger ?? false,
    // Errors the router raises before a route is chosen answer in the same shape as all others.
    frameworkErrors: handleError,
    // The client address is the TCP peer's unless configured proxies vouch for another (config.ts).
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    ajv: {
      customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false },
      onCreate: addDateFormat,
    },
  };
  const app = Fastify(serverOptions).withTypeProvider<TypeBoxTypeProvider>();
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
  const files = options.files ?? localFileStore(config.dataDir);
  const ctx: AppContext = {
    config,
    database,
    db: database.db,
    clock,
    events,
    personalData,
    auditSealer,
    files,
  };
  for (const module of MODULES) {
    registerErrorCodes(module.errors ?? {});
    registerPermissions(module.permissions ?? {});
  }
  const jobs = new JobScheduler(
    ctx,
    MODULES.flatMap((module) => module.jobs ?? []),
    (name, error) => app.log.error({ err: error }, `job ${name} failed`),
  );
  app.decorate('ctx', ctx);
  app.decorate('jobs', jobs);
  app.addHook('onReady', async () => {
    await events.start();
    // Committed events, this instance's and (on PostgreSQL) every other's, reach each module's handlers.
    const subscriptions = MODULES.flatMap((module) => module.subscriptions ?? []);
    events.subscribe((event) => {
      for (const subscription of subscriptions) {
        if (subscription.topics.includes(event.topic)) subscription.handle(ctx, event);
      }
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
  await app.register(swagger, openApiOptions(MODULES.flatMap((module) => module.tags)));
  await app.register(swaggerUi, { routePrefix: '/docs' });
  registerMetrics(app);

  // A route without an access declaration is a bug: refuse to start rather than guess.
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    requireSomethingToUpdate(route);
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
  for (const module of MODULES) module.identify?.(app, ctx);
  // Access is read from the route the router matched, never from the URL text: the router decodes
  // percent-escapes (`/%61pi/…` is `/api/…`), so a test on the raw URL can be walked around.
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access) return;
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await findSession(ctx.db, clock, token) : null;
    if (session) {
      request.actor = session.actor;
      // On applicant routes the applicant session's token is the one the page holds.
      if (access.kind !== 'applicant') request.sessionCsrfToken = session.csrfToken;
      request.mustChangePassword = session.mustChangePassword;
      const isAuthRoute = request.routeOptions.url?.startsWith('/api/auth/') ?? false;
      if (session.mustChangePassword && access.kind === 'staff' && !isAuthRoute) {
        throw new AppError('PASSWORD_CHANGE_REQUIRED', '请先修改初始密码');
      }
    }
    request.device = await findDeviceByAuthorization(ctx, request.headers.authorization);
    enforceAccess(request);
    enforceCsrf(request);
  });
  // Before schema validation, so it covers every route's params, query and body (see input.ts).
  app.addHook('preValidation', rejectUnstorableText);

  for (const module of MODULES) module.routes(app, ctx);

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

// Unknown API paths get a JSON 404; any other GET from a client that takes HTML (a browser's
// `text/html`, or the `*/*` of curl and many tools) is a page of the single-page app. A path that names
// a file (`/favicon.ico`, a missing `/assets/x.js`) is a page only when HTML is asked for by name.
function notFoundHandler(webDir: string) {
  const indexPath = path.join(webDir, 'index.html');
  return (request: Parameters<typeof handleNotFound>[0], reply: Parameters<typeof handleNotFound>[1]) => {
    const pathname = request.url.split('?')[0]!;
    const accepts = acceptedHtml(request.headers.accept);
    const isPage =
      request.method === 'GET' &&
      !isMachinePath(pathname) &&
      (accepts === 'named' || (accepts === 'any' && !/\.[^/]*$/.test(pathname)));
    if (isPage && fs.existsSync(indexPath)) {
      // Through @fastify/static: precompressed, and `no-cache` since the page names this build's files.
      return reply.status(200).sendFile('index.html');
    }
    return handleNotFound(request, reply);
  };
}

/**
 * Whether a path not found names the API or the service endpoints, however it is spelled
 * (`//api/…`, `/%61pi/…`, `/API./…`): those answer JSON, never the web app's page.
 */
function isMachinePath(pathname: string): boolean {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // A malformed escape is not a page either way; the check below still sees the raw text.
  }
  const normalized = decoded.replace(/\/{2,}/g, '/').toLowerCase();
  return /^\/(api|docs|metrics|healthz|readyz)\.*(\/|$)/.test(normalized);
}

/** Whether an Accept header takes HTML: by name (`text/html`), through a wildcard, or not at all. */
function acceptedHtml(accept: string | undefined): 'named' | 'any' | 'no' {
  // No Accept header means any type (RFC 9110, 12.5.1).
  if (accept === undefined || accept.trim() === '') return 'any';
  let result: 'named' | 'any' | 'no' = 'no';
  for (const range of accept.split(',')) {
    const [type = '', ...params] = range.split(';').map((part) => part.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    if (q !== undefined && !(Number(q.slice(2)) > 0)) continue;
    if (type === 'text/html') return 'named';
    if (type === '*/*' || type === 'text/*') result = 'any';
  }
  return result;
}
