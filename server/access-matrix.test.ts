import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { buildApp, type RouteEntry } from './app.ts';
import { loadConfig } from './config.ts';
import { can, ROLES, type Role } from './platform/policy.ts';
import { createCountyWithTownship, createStaff, signInAs, type SessionHeaders } from './test/factories.ts';
import { createTestApp, TEST_DATA_KEY, type TestApp } from './test/harness.ts';

let t: TestApp;
const sessions = new Map<Role, SessionHeaders>();

beforeAll(async () => {
  t = await createTestApp();
  const { county } = await createCountyWithTownship(t.database.db);
  for (const role of ROLES) {
    await createStaff(t.database.db, { roles: [role], regionCode: county, username: `as_${role}` });
    sessions.set(role, await signInAs(t.app, `as_${role}`));
  }
});
afterAll(() => t.close());

/** A concrete URL for a route pattern; ids are random, so record-level checks answer 404, never 200. */
function concrete(url: string): string {
  return url.replace(/:id\b/g, uuidv7()).replace(/:year\b/g, '2030');
}

const call = (route: RouteEntry, headers: Record<string, string> = {}) =>
  t.app.inject({ method: route.method as 'GET', url: concrete(route.url), headers });

describe('access matrix', () => {
  it('covers the routes of every module', () => {
    const urls = t.app.routeTable.map((r) => r.url);
    for (const prefix of [
      '/api/auth/',
      '/api/users',
      '/api/devices',
      '/api/audit',
      '/api/events',
      '/api/org/',
      '/api/calendar/',
    ]) {
      expect(urls.some((url) => url.startsWith(prefix))).toBe(true);
    }
  });

  it('answers 401 to every non-public route without credentials', async () => {
    for (const route of t.app.routeTable.filter((r) => r.access.kind !== 'public')) {
      const response = await call(route);
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('lets each role through exactly where the policy allows it, 403 elsewhere', async () => {
    const staffRoutes = t.app.routeTable.filter((r) => r.access.kind === 'staff');
    for (const route of staffRoutes) {
      const permission = route.access.kind === 'staff' ? route.access.permission : undefined;
      for (const role of ROLES) {
        const allowed = permission === undefined || can({ roles: [role] } as never, permission);
        const status = (await call(route, sessions.get(role)!)).statusCode;
        const where = `${role} → ${route.method} ${route.url} (${status})`;
        if (allowed) expect([401, 403], where).not.toContain(status);
        else expect(status, where).toBe(403);
      }
    }
  });

  it('treats a staff session as no credentials on applicant and device routes', async () => {
    const others = t.app.routeTable.filter(
      (r) => r.access.kind === 'applicant' || r.access.kind === 'device',
    );
    expect(others.length).toBeGreaterThan(0);
    for (const route of others) {
      expect(
        (await call(route, sessions.get('center_admin')!)).statusCode,
        `${route.method} ${route.url}`,
      ).toBe(401);
    }
  });

  it('refuses to start when a route declares no access', async () => {
    const app = await buildApp({
      config: loadConfig({ ONEWINDOW_DATA_KEY: TEST_DATA_KEY }),
      database: t.database,
      clock: t.clock,
    });
    expect(() => app.get('/api/undeclared', async () => ({}))).toThrow(/declares no config.access/);
    await app.close();
  });
});
