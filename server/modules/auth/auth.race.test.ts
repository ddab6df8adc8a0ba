import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staff } from '../../db/schema.ts';
import { createCountyWithTownship, createStaff, signInAs, TEST_PASSWORD } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { countAuditRecords, expectOneWinner, fireAtOnce } from '../../test/race.ts';

let t: TestApp;
let county: string;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T01:00:00Z' });
  ({ county } = await createCountyWithTownship(t.database.db));
});
afterAll(() => t.close());

const login = (username: string, password: string) => ({
  method: 'POST' as const,
  url: '/api/auth/login',
  payload: { username, password },
});

describe('races', () => {
  it('locks at the fifth wrong password however many guesses arrive at once', async () => {
    const user = await createStaff(t.database.db, {
      roles: ['clerk'],
      regionCode: county,
      username: 'guessed',
    });
    const responses = await fireAtOnce(t.app, login('guessed', 'Wrong#pass1'), 10);
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([...Array(4).fill(401), ...Array(6).fill(423)]);
    for (const response of responses.filter((r) => r.statusCode === 423)) {
      expect(response.json().error.code).toBe('ACCOUNT_LOCKED');
    }
    expect((await t.app.inject(login('guessed', TEST_PASSWORD))).statusCode).toBe(423);
    const [stored] = await t.database.db.select().from(staff).where(eq(staff.id, user.id));
    expect(stored!.lockedUntil).toEqual(new Date('2026-11-23T01:15:00Z'));
    expect(await countAuditRecords(t.database.db, 'staff.sign_in_failed', user.id)).toBe(4);
    expect(await countAuditRecords(t.database.db, 'staff.locked', user.id)).toBe(1);
  });

  it('lets at most four of twenty guesses fail before the lock, batch after batch', async () => {
    const user = await createStaff(t.database.db, {
      roles: ['clerk'],
      regionCode: county,
      username: 'batched',
    });
    let answered401 = 0;
    for (let batch = 0; batch < 3; batch++) {
      const responses = await fireAtOnce(t.app, login('batched', 'Wrong#pass1'), 20);
      answered401 += responses.filter((r) => r.statusCode === 401).length;
    }
    expect(answered401).toBe(4);
    expect(await countAuditRecords(t.database.db, 'staff.locked', user.id)).toBe(1);
  });

  it('two password changes at once from one account: one applies, the other is 401 and changes nothing', async () => {
    const user = await createStaff(t.database.db, {
      roles: ['clerk'],
      regionCode: county,
      username: 'changer',
    });
    const headers = await signInAs(t.app, 'changer');
    const change = (newPassword: string) => ({
      method: 'POST' as const,
      url: '/api/auth/password',
      headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword },
    });
    const responses = await fireAtOnce(t.app, [change('First#pass2026'), change('Second#pass2026')]);
    const { winners } = expectOneWinner(responses, { loserStatus: 401, loserCode: 'INVALID_CREDENTIALS' });
    const chosen = winners[0] === responses[0] ? 'First#pass2026' : 'Second#pass2026';
    expect((await t.app.inject(login('changer', chosen))).statusCode).toBe(200);
    expect(await countAuditRecords(t.database.db, 'staff.password_changed', user.id)).toBe(1);
  });
});
