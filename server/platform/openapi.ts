import type { SwaggerOptions } from '@fastify/swagger';
import type { RouteAccess } from './access.ts';
import { ErrorResponse } from './http.ts';
import { SESSION_COOKIE } from './session.ts';

/**
 * The OpenAPI document, derived from the routes in one place: every operation gets its `operationId`
 * from its method and path and its `security` from the access it declares (`config.access`), so the
 * document cannot drift from what the access hook enforces. `npm run lint` checks it with Redocly.
 */

const SECURITY_SCHEMES = {
  staffSession: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'Staff session cookie from POST /api/auth/login',
  },
  applicantSession: {
    type: 'apiKey',
    in: 'cookie',
    name: 'ow_applicant',
    description: 'Applicant session cookie from SMS or identity-platform sign-in',
  },
  csrfToken: {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description: "The session's CSRF token; required on every write authenticated by a cookie",
  },
  deviceToken: {
    type: 'http',
    scheme: 'bearer',
    description: 'A device token (owd_…) an admin issued to a kiosk, display or evaluation pad',
  },
} as const;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The security requirement of an operation: what the access hook asks of a caller. */
export function securityOf(access: RouteAccess | undefined, method: string): Record<string, string[]>[] {
  const isWrite = !SAFE_METHODS.has(method);
  switch (access?.kind) {
    case undefined:
    case 'public':
      return [];
    case 'staff':
      return [isWrite ? { staffSession: [], csrfToken: [] } : { staffSession: [] }];
    case 'applicant':
      return [isWrite ? { applicantSession: [], csrfToken: [] } : { applicantSession: [] }];
    case 'device':
      return [{ deviceToken: [] }];
    default: {
      const unknown: never = access;
      throw new Error(`unknown access ${JSON.stringify(unknown)}`);
    }
  }
}

/** `PUT /api/calendar/years/:year` → `putCalendarYearsByYear`. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\//, '/')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) =>
      segment.startsWith(':')
        ? ['by', ...segment.slice(1).split(/[^a-zA-Z0-9]+/)]
        : segment.split(/[^a-zA-Z0-9]+/),
    )
    .filter(Boolean);
  return [method.toLowerCase(), ...words.map((w) => w[0]!.toUpperCase() + w.slice(1))].join('');
}

/** The document's options; `tags` come from the module descriptors, each module declaring its own. */
export const openApiOptions = (tags: readonly { name: string; description: string }[]): SwaggerOptions => ({
  openapi: {
    info: {
      title: 'OneWindow API',
      description: '一窗通 政务服务一体化平台接口',
      version: '0.1.0',
      license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
    },
    servers: [{ url: '/', description: 'This server' }],
    tags: [...tags],
    components: { securitySchemes: SECURITY_SCHEMES },
  },
  transform: ({ schema, url, route }) => {
    const method = [route.method].flat()[0]!;
    const response = (schema?.response ?? {}) as Record<string, unknown>;
    return {
      url,
      schema: {
        ...schema,
        // Every route may be rate limited; most declare their other 4xx answers themselves.
        response: { ...response, 429: response[429] ?? ErrorResponse },
        operationId: operationIdOf(method, url),
        security: securityOf(route.config?.access, method),
      } as typeof schema,
    };
  },
});
