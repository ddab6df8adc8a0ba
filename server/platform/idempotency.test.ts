import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, calendarLocalDays } from '../db/schema.ts';
import { createCountyWithTownship, createStaff, signInAs, type SessionHeaders } from '../test/factories.ts';
import { createTestApp, type TestApp } from '../test/harness.ts';

let t: TestApp;
let admin: SessionHeaders;
let county: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ county } = await createCountyWithTownship(t.database.db));
  await createStaff(t.database.db, { roles: ['center_admin'], regionCode: county, username: 'admin' });
  admin = await signInAs(t.app, 'admin');
});
afterAll(() => t.close());

const addClosure = (headers: Record<string, string>, date = '2026-12-01') =>
  t.app.inject({
    method: 'POST',
    url: '/api/calendar/local-days',
    headers,
    payload: { regionCode: county, date, kind: 'closure', reason: '暴雨停工' },
  });

describe('idempotent writes', () => {
  it('acts once for a storm of 50 concurrent retries with one key, and answers each with the first result', async () => {
    const headers = { ...admin, 'idempotency-key': 'storm-key-0001' };
    const responses = await Promise.all(Array.from({ length: 50 }, () => addClosure(headers)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    expect(new Set(responses.map((r) => r.json().day.id)).size).toBe(1);
    expect(await t.database.db.select().from(calendarLocalDays)).toHaveLength(1);
    const audits = await t.database.db.select().from(auditLog);
    expect(audits.filter((a) => a.action === 'calendar.local_day_added')).toHaveLength(1);
  });

  it('refuses the same key with a different body with 422 and changes nothing', async () => {
    const response = await addClosure({ ...admin, 'idempotency-key': 'storm-key-0001' }, '2026-12-02');
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await t.database.db.select().from(calendarLocalDays)).toHaveLength(1);
  });

  it('without a key, a repeat is a conflict rather than a second record', async () => {
    expect((await addClosure(admin, '2026-12-03')).statusCode).toBe(201);
    expect((await addClosure(admin, '2026-12-03')).statusCode).toBe(409);
    expect(await t.database.db.select().from(calendarLocalDays)).toHaveLength(2);
  });

  it('refuses a cookie-authenticated write without the CSRF token, and changes nothing', async () => {
    const response = await addClosure({ cookie: admin.cookie }, '2026-12-04');
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('CSRF_TOKEN_INVALID');
    const forged = await addClosure({ cookie: admin.cookie, 'x-csrf-token': 'forged' }, '2026-12-04');
    expect(forged.statusCode).toBe(403);
    expect(await t.database.db.select().from(calendarLocalDays)).toHaveLength(2);
  });
});
