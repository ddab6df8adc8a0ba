import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staff } from '../../db/schema.ts';
import {
  createCountyWithTownship,
  createStaff,
  signInAs,
  type SessionHeaders,
} from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let county: string;
let centerAdmin: SessionHeaders;
let securityAdmin: SessionHeaders;
let systemAdmin: SessionHeaders;
let auditor: SessionHeaders;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T01:00:00Z' });
  ({ county } = await createCountyWithTownship(t.database.db));
  await createCountyWithTownship(t.database.db, '990102000000', '990102001000');
  await createStaff(t.database.db, { roles: ['center_admin'], regionCode: county, username: 'center_admin' });
  await createStaff(t.database.db, {
    roles: ['security_admin'],
    regionCode: county,
    username: 'security_admin',
  });
  await createStaff(t.database.db, { roles: ['system_admin'], regionCode: county, username: 'system_admin' });
  await createStaff(t.database.db, { roles: ['audit_admin'], regionCode: county, username: 'auditor' });
  centerAdmin = await signInAs(t.app, 'center_admin');
  securityAdmin = await signInAs(t.app, 'security_admin');
  systemAdmin = await signInAs(t.app, 'system_admin');
  auditor = await signInAs(t.app, 'auditor');
});
afterAll(() => t.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

async function createUser(headers: SessionHeaders, username: string, roles: string[]) {
  return t.app.inject({
    method: 'POST',
    url: '/api/users',
    headers,
    payload: {
      username,
      displayName: '新同事',
      regionCode: county,
      roles,
      centerId: null,
      departmentId: null,
    },
  });
}

describe('staff accounts', () => {
  it('creates an account whose temporary password must be changed before anything else', async () => {
    const created = await createUser(centerAdmin, 'new_clerk', ['clerk']);
    expect(created.statusCode).toBe(201);
    const { temporaryPassword } = created.json();

    const signedIn = await login('new_clerk', temporaryPassword);
    expect(signedIn.json().mustChangePassword).toBe(true);
    const headers = {
      cookie: `ow_session=${signedIn.cookies.find((c) => c.name === 'ow_session')!.value}`,
      'x-csrf-token': signedIn.json().csrfToken,
    };
    const staffRoute = '/api/applicants?idNumber=110105194912310021';
    const blocked = await t.app.inject({ url: staffRoute, headers });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    // The gate reads the route the router matched, so a percent-encoded path meets it too.
    const encoded = await t.app.inject({ url: staffRoute.replace('/api/', '/%61pi/'), headers });
    expect(encoded.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');

    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers,
      payload: { currentPassword: temporaryPassword, newPassword: 'password' },
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().error.message).toMatch(/至少三类/);

    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers,
      payload: { currentPassword: temporaryPassword, newPassword: 'Window#2026' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await t.app.inject({ url: staffRoute, headers })).statusCode).toBe(200);
    expect((await login('new_clerk', 'Window#2026')).json().mustChangePassword).toBe(false);
  });

  it('keeps the three administrators apart', async () => {
    // Only the security admin grants admin roles; a center admin grants operational ones.
    expect((await createUser(centerAdmin, 'would_be_admin', ['system_admin'])).statusCode).toBe(403);
    expect((await createUser(securityAdmin, 'not_creatable', ['clerk'])).statusCode).toBe(403);
    const [user] = await t.database.db.select().from(staff).where(eq(staff.username, 'new_clerk'));
    const grant = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${user!.id}`,
      headers: securityAdmin,
      payload: { roles: ['clerk', 'supervisor'] },
    });
    expect(grant.statusCode).toBe(200);
    expect(grant.json().user.roles).toEqual(['clerk', 'supervisor']);
    // The system admin runs accounts but cannot grant roles or read the audit log; the auditor only reads it.
    const sysGrant = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${user!.id}`,
      headers: systemAdmin,
      payload: { roles: ['clerk'] },
    });
    expect(sysGrant.statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/audit', headers: systemAdmin })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/users', headers: auditor })).statusCode).toBe(403);
    const log = await t.app.inject({ url: '/api/audit?action=user.roles_changed', headers: auditor });
    expect(log.statusCode).toBe(200);
    expect(log.json().records).toHaveLength(1);
    const [stored] = await t.database.db.select().from(staff).where(eq(staff.username, 'new_clerk'));
    expect(stored!.roles).toEqual(['clerk', 'supervisor']);
  });

  it('refuses anyone changing their own roles', async () => {
    const [self] = await t.database.db.select().from(staff).where(eq(staff.username, 'security_admin'));
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${self!.id}`,
      headers: securityAdmin,
      payload: { roles: ['security_admin', 'audit_admin'] },
    });
    expect(response.statusCode).toBe(403);
    const [stored] = await t.database.db.select().from(staff).where(eq(staff.id, self!.id));
    expect(stored!.roles).toEqual(['security_admin']);
  });

  it('locks an account for 15 minutes after 5 wrong passwords', async () => {
    await createStaff(t.database.db, { roles: ['clerk'], regionCode: county, username: 'forgetful' });
    for (let i = 0; i < 4; i++) expect((await login('forgetful', 'Wrong#pass1')).statusCode).toBe(401);
    const fifth = await login('forgetful', 'Wrong#pass1');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.message).toMatch(/已锁定.*09:15/); // 01:15 UTC in Asia/Shanghai
    expect((await login('forgetful', 'Test@2026pass')).statusCode).toBe(423); // even the right password
    t.clock.set('2026-11-23T01:16:00Z');
    expect((await login('forgetful', 'Test@2026pass')).statusCode).toBe(200);
  });

  it('resets a password: sessions end and a change is required', async () => {
    const [user] = await t.database.db.select().from(staff).where(eq(staff.username, 'forgetful'));
    const session = await signInAs(t.app, 'forgetful');
    const reset = await t.app.inject({
      method: 'POST',
      url: `/api/users/${user!.id}/password-reset`,
      headers: systemAdmin,
    });
    expect(reset.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/auth/me', headers: session })).statusCode).toBe(401);
    expect((await login('forgetful', reset.json().temporaryPassword)).json().mustChangePassword).toBe(true);
  });

  it("answers 404 for another county's account, and changes nothing", async () => {
    const other = await createStaff(t.database.db, {
      roles: ['clerk'],
      regionCode: '990102000000',
      username: 'elsewhere',
    });
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${other.id}`,
      headers: centerAdmin,
      payload: { isActive: false },
    });
    expect(response.statusCode).toBe(404);
    const listed = (await t.app.inject({ url: '/api/users', headers: centerAdmin })).json().users;
    expect(listed.map((u: { username: string }) => u.username)).not.toContain('elsewhere');
    const [stored] = await t.database.db.select().from(staff).where(eq(staff.id, other.id));
    expect(stored!.isActive).toBe(true);
  });
});
