import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idempotencyKeys, staff } from '../../db/schema.ts';
import {
  createCountyWithTownship,
  createStaff,
  signInAs,
  type SessionHeaders,
} from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { countAuditRecords, expectOneWinner, fireAtOnce } from '../../test/race.ts';

let t: TestApp;
let county: string;
let systemAdmin: SessionHeaders;
let securityAdmin: SessionHeaders;
let centerAdmin: SessionHeaders;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T01:00:00Z' });
  ({ county } = await createCountyWithTownship(t.database.db));
  await createStaff(t.database.db, { roles: ['system_admin'], regionCode: county, username: 'system_admin' });
  await createStaff(t.database.db, {
    roles: ['security_admin'],
    regionCode: county,
    username: 'security_admin',
  });
  await createStaff(t.database.db, { roles: ['center_admin'], regionCode: county, username: 'center_admin' });
  systemAdmin = await signInAs(t.app, 'system_admin');
  securityAdmin = await signInAs(t.app, 'security_admin');
  centerAdmin = await signInAs(t.app, 'center_admin');
});
afterAll(() => t.close());

const newUser = (username: string, displayName = '李明') => ({
  username,
  displayName,
  regionCode: county,
  roles: [],
  centerId: null,
  departmentId: null,
});

const storedUsers = (username: string) =>
  t.database.db.select().from(staff).where(eq(staff.username, username));

describe('races', () => {
  it('eight creates of one username make one account; the others are 409 USERNAME_TAKEN', async () => {
    const responses = await fireAtOnce(
      t.app,
      Array.from({ length: 8 }, (_, i) => ({
        method: 'POST' as const,
        url: '/api/users',
        headers: systemAdmin,
        payload: newUser('li_ming', `李明${i}`),
      })),
    );
    const { winners, losers } = expectOneWinner(responses, { loserCode: 'USERNAME_TAKEN' });
    expect(losers[0]!.json().error.message).toBe('用户名 li_ming 已被使用');
    const stored = await storedUsers('li_ming');
    expect(stored).toHaveLength(1);
    expect(stored[0]!.displayName).toBe(winners[0]!.json().user.displayName);
    expect(await countAuditRecords(t.database.db, 'user.created', stored[0]!.id)).toBe(1);
  });

  it('eight retries with one Idempotency-Key create one account and keep no temporary password', async () => {
    const responses = await fireAtOnce(t.app, {
      method: 'POST',
      url: '/api/users',
      headers: { ...systemAdmin, 'idempotency-key': 'user-create-0001' },
      payload: newUser('zhao_lei', '赵磊'),
    });
    expect(responses.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
    const bodies = responses.map((r) => r.json());
    const shown = bodies.filter((b) => b.temporaryPassword !== null);
    expect(shown).toHaveLength(1);
    const password = shown[0]!.temporaryPassword as string;
    for (const replay of bodies.filter((b) => b.temporaryPassword === null)) {
      expect(replay).toMatchObject({ user: shown[0]!.user, secretShownOnce: true });
      expect(replay.secretNotice).toMatch(/[\u4e00-\u9fff]/);
    }
    const [key] = await t.database.db
      .select()
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.key, 'user-create-0001'));
    expect(key!.responseStatus).toBe(201);
    expect(JSON.stringify(key!.responseBody)).not.toContain(password);
    expect(await storedUsers('zhao_lei')).toHaveLength(1);
    expect(await countAuditRecords(t.database.db, 'user.created', shown[0]!.user.id)).toBe(1);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'zhao_lei', password },
    });
    expect(login.json().mustChangePassword).toBe(true);
  });

  it('eight retries of a password reset with one key reset it once; the password shown signs in', async () => {
    const user = await createStaff(t.database.db, {
      roles: ['clerk'],
      regionCode: county,
      username: 'wu_fang',
    });
    const responses = await fireAtOnce(t.app, {
      method: 'POST',
      url: `/api/users/${user.id}/password-reset`,
      headers: { ...systemAdmin, 'idempotency-key': 'user-reset-0001' },
    });
    expect(responses.map((r) => r.statusCode)).toEqual(Array(8).fill(200));
    const shown = responses.map((r) => r.json()).filter((b) => b.temporaryPassword !== null);
    expect(shown).toHaveLength(1);
    const [key] = await t.database.db
      .select()
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.key, 'user-reset-0001'));
    expect(JSON.stringify(key!.responseBody)).not.toContain(shown[0]!.temporaryPassword);
    expect(await countAuditRecords(t.database.db, 'user.password_reset', user.id)).toBe(1);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'wu_fang', password: shown[0]!.temporaryPassword },
    });
    expect(login.statusCode).toBe(200);
  });

  it('a center admin changing roles while the security admin grants an admin role never removes it', async () => {
    for (let round = 0; round < 4; round++) {
      const user = await createStaff(t.database.db, { roles: ['clerk'], regionCode: county });
      const change = (headers: SessionHeaders, roles: string[]) => ({
        method: 'PATCH' as const,
        url: `/api/users/${user.id}`,
        headers,
        payload: { roles },
      });
      const [grant, edit] = await fireAtOnce(t.app, [
        change(securityAdmin, ['clerk', 'system_admin']),
        change(centerAdmin, ['reviewer']),
      ]);
      expect(grant!.statusCode).toBe(200);
      // Either the edit came first (200, and the grant then set both roles), or it saw the admin role
      // it may not remove (403): the admin role stands either way.
      expect([200, 403]).toContain(edit!.statusCode);
      const [stored] = await t.database.db.select().from(staff).where(eq(staff.id, user.id));
      expect(stored!.roles).toEqual(['clerk', 'system_admin']);
      expect(await countAuditRecords(t.database.db, 'user.roles_changed', user.id)).toBe(
        edit!.statusCode === 200 ? 2 : 1,
      );
    }
  });
});
