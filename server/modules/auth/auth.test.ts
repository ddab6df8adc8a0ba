import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCountyWithTownship, createStaff, signInAs, TEST_PASSWORD } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let clerk: Awaited<ReturnType<typeof createStaff>>;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T01:00:00Z' });
  const { county } = await createCountyWithTownship(t.database.db);
  clerk = await createStaff(t.database.db, {
    roles: ['clerk'],
    regionCode: county,
    username: 'clerk_a',
    displayName: '王晓敏',
  });
});
afterAll(() => t.close());

describe('staff sign-in', () => {
  it('signs in with the right password, sets an HttpOnly cookie and knows who is signed in', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'clerk_a', password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({
      username: 'clerk_a',
      displayName: '王晓敏',
      roles: ['clerk'],
    });
    const cookie = response.cookies.find((c) => c.name === 'ow_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const me = await t.app.inject({ url: '/api/auth/me', headers: { cookie: `ow_session=${cookie.value}` } });
    expect(me.json().user.id).toBe(clerk.id);
  });

  it('refuses a wrong password and an unknown user with the same answer', async () => {
    for (const payload of [
      { username: 'clerk_a', password: 'wrong-password' },
      { username: 'nobody', password: TEST_PASSWORD },
    ]) {
      const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload });
      expect(response.statusCode).toBe(401);
      expect(response.json().error).toEqual({ code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' });
      expect(response.cookies).toHaveLength(0);
    }
  });

  it('answers 401 to a caller without a session', async () => {
    const response = await t.app.inject('/api/auth/me');
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('ends the session on logout', async () => {
    const headers = await signInAs(t.app, 'clerk_a');
    expect((await t.app.inject({ url: '/api/auth/me', headers })).statusCode).toBe(200);
    const logout = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers });
    expect(logout.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/auth/me', headers })).statusCode).toBe(401);
  });

  it('expires a session after 30 idle minutes but not while it is used', async () => {
    const { cookie } = await signInAs(t.app, 'clerk_a');
    t.clock.set('2026-11-23T01:25:00Z');
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
    t.clock.set('2026-11-23T01:50:00Z'); // 25 minutes after the last use
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
    t.clock.set('2026-11-23T02:21:00Z'); // 31 minutes idle
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });
});

describe('what /api/auth/me says a staff member may do (三员分立)', () => {
  const meAs = async (roles: Parameters<typeof createStaff>[1]['roles']) => {
    const username = `me_${roles.join('_')}`;
    await createStaff(t.database.db, { roles, regionCode: '990101000000', username });
    const headers = await signInAs(t.app, username);
    return (await t.app.inject({ url: '/api/auth/me', headers })).json().user as {
      permissions: string[];
      grantableRoles: string[];
    };
  };

  it('gives the audit log to the audit admin alone, and accounts to the system admin', async () => {
    const auditor = await meAs(['audit_admin']);
    expect(auditor.permissions).toContain('audit.read');
    expect(auditor.permissions).not.toContain('users.read');
    const system = await meAs(['system_admin']);
    expect(system.permissions).toEqual(
      expect.arrayContaining(['users.manage', 'devices.manage', 'catalog.manage']),
    );
    expect(system.permissions).not.toContain('audit.read');
    expect(system.grantableRoles).toEqual([]);
  });

  it('lets a center admin grant operational roles only, and the security admin every role', async () => {
    const center = await meAs(['center_admin']);
    expect(center.grantableRoles).toContain('clerk');
    expect(center.grantableRoles).not.toContain('supervisor');
    expect(center.grantableRoles).not.toContain('center_admin');
    const security = await meAs(['security_admin']);
    expect(security.grantableRoles).toEqual(
      expect.arrayContaining(['audit_admin', 'security_admin', 'clerk']),
    );
    expect(security.permissions).not.toContain('users.manage');
  });

  it('opens 事项管理 to the supervisor to read, never to change', async () => {
    const supervisor = await meAs(['supervisor']);
    expect(supervisor.permissions).toEqual(expect.arrayContaining(['catalog.read', 'catalog.review']));
    expect(supervisor.permissions).not.toContain('catalog.manage');
    expect((await meAs(['clerk'])).permissions).not.toContain('catalog.review');
  });
});
