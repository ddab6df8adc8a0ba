import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, calendarLocalDays, calendarYears } from '../../db/schema.ts';
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
let admins: SessionHeaders[];
let yearAdmins: SessionHeaders[];
beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T01:00:00Z' });
  ({ county } = await createCountyWithTownship(t.database.db));
  await createStaff(t.database.db, { roles: ['center_admin'], regionCode: county, username: 'center_admin' });
  await createStaff(t.database.db, { roles: ['system_admin'], regionCode: county, username: 'system_admin' });
  await createStaff(t.database.db, {
    roles: ['system_admin'],
    regionCode: county,
    username: 'system_admin_2',
  });
  admins = [await signInAs(t.app, 'center_admin'), await signInAs(t.app, 'system_admin')];
  // Only a county's system admins enter the national schedule (calendar/policy.ts).
  yearAdmins = [admins[1]!, await signInAs(t.app, 'system_admin_2')];
});
afterAll(() => t.close());

const addDay = (headers: SessionHeaders, date: string, reason: string) => ({
  method: 'POST' as const,
  url: '/api/calendar/local-days',
  headers,
  payload: { regionCode: county, date, kind: 'closure', reason },
});

const year2028 = (notice: string) => ({
  offDays: ['2028-01-01', '2028-01-02', '2028-01-03'],
  workDays: [],
  source: {
    notice,
    title: '2028年部分节假日安排（测试）',
    issuedOn: '2027-11-20',
    url: 'https://www.gov.cn/',
  },
});

describe('races', () => {
  it('two admins adding the same local day: one is added, the other is 409 CALENDAR_LOCAL_DAY_EXISTS', async () => {
    const responses = await fireAtOnce(t.app, [
      addDay(admins[0]!, '2026-12-10', '暴雨停工'),
      addDay(admins[1]!, '2026-12-10', '停电检修'),
    ]);
    const { winners } = expectOneWinner(responses, { loserCode: 'CALENDAR_LOCAL_DAY_EXISTS' });
    const stored = await t.database.db
      .select()
      .from(calendarLocalDays)
      .where(eq(calendarLocalDays.date, '2026-12-10'));
    expect(stored.map((d) => d.reason)).toEqual([winners[0]!.json().day.reason]);
    expect(await countAuditRecords(t.database.db, 'calendar.local_day_added', stored[0]!.id)).toBe(1);
  });

  it('eight removals of one local day remove it once; the others find it gone (404)', async () => {
    const added = await t.app.inject(addDay(admins[0]!, '2026-12-11', '暴雨停工'));
    const id = added.json().day.id as string;
    const responses = await fireAtOnce(t.app, {
      method: 'DELETE',
      url: `/api/calendar/local-days/${id}`,
      headers: admins[0]!,
    });
    expectOneWinner(responses, { loserStatus: 404, loserCode: 'NOT_FOUND' });
    expect(
      await t.database.db.select().from(calendarLocalDays).where(eq(calendarLocalDays.id, id)),
    ).toHaveLength(0);
    expect(await countAuditRecords(t.database.db, 'calendar.local_day_removed', id)).toBe(1);
  });

  it('two admins entering one new year: both saves apply in turn, one imports it and the other updates it', async () => {
    const responses = await fireAtOnce(t.app, [
      {
        method: 'PUT' as const,
        url: '/api/calendar/years/2028',
        headers: yearAdmins[0]!,
        payload: year2028('通知甲'),
      },
      {
        method: 'PUT' as const,
        url: '/api/calendar/years/2028',
        headers: yearAdmins[1]!,
        payload: year2028('通知乙'),
      },
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200]);
    const [stored] = await t.database.db.select().from(calendarYears).where(eq(calendarYears.year, 2028));
    const records = await t.database.db.select().from(auditLog).where(eq(auditLog.targetId, '2028'));
    expect(records.map((r) => r.summary.slice(0, 2)).sort()).toEqual(['导入', '更新']);
    const last = records.find((r) => r.summary.startsWith('更新'))!;
    expect(last.summary).toContain((stored!.source as { notice: string }).notice);
  });
});
