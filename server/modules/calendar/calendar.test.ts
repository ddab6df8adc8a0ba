import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, calendarLocalDays, calendarYears } from '../../db/schema.ts';
import {
  createCountyWithTownship,
  createStaff,
  signInAs,
  type SessionHeaders,
} from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let admin: SessionHeaders;
let sysadmin: SessionHeaders;
let clerk: SessionHeaders;
let otherCountyAdmin: SessionHeaders;
let county: string;
let township: string;

// 2027 as an admin would enter it; invented dates that follow the notices' rules, for testing only.
const year2027 = {
  offDays: [
    '2027-01-01',
    '2027-01-02',
    '2027-01-03',
    '2027-02-05',
    '2027-02-06',
    '2027-02-07',
    '2027-02-08',
    '2027-02-09',
    '2027-02-10',
    '2027-02-11',
    '2027-02-12',
    '2027-02-13',
  ],
  workDays: ['2027-02-14'],
  source: {
    notice: '测试通知',
    title: '2027年部分节假日安排（测试）',
    issuedOn: '2026-11-20',
    url: 'https://www.gov.cn/',
  },
};

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T01:00:00Z' });
  ({ county, township } = await createCountyWithTownship(t.database.db));
  await createCountyWithTownship(t.database.db, '990102000000', '990102001000');
  await createStaff(t.database.db, { roles: ['center_admin'], regionCode: county, username: 'admin' });
  await createStaff(t.database.db, { roles: ['clerk'], regionCode: county, username: 'clerk' });
  await createStaff(t.database.db, {
    roles: ['center_admin'],
    regionCode: '990102000000',
    username: 'other_admin',
  });
  await createStaff(t.database.db, { roles: ['system_admin'], regionCode: county, username: 'sysadmin' });
  admin = await signInAs(t.app, 'admin');
  sysadmin = await signInAs(t.app, 'sysadmin');
  clerk = await signInAs(t.app, 'clerk');
  otherCountyAdmin = await signInAs(t.app, 'other_admin');
});
afterAll(() => t.close());

const workingDayAfter = async (from: string, n: number, regionCode?: string) => {
  const query = new URLSearchParams({ from, n: String(n), ...(regionCode ? { regionCode } : {}) });
  return t.app.inject(`/api/calendar/working-days?${query}`);
};

describe('the working-day calendar API', () => {
  it('ships 2024–2026 with their working-day counts and warns that 2027 is missing in November', async () => {
    const body = (await t.app.inject('/api/calendar/years')).json();
    expect(
      body.years.map((y: { year: number; workingDayCount: number }) => [y.year, y.workingDayCount]),
    ).toEqual([
      [2024, 251],
      [2025, 248],
      [2026, 248],
    ]);
    expect(body.missingNextYear).toBe(2027);
    expect(body.provisionalYears).toEqual([2027, 2028]);
  });

  it('counts working days with the national schedule (start day not counted)', async () => {
    expect((await workingDayAfter('2026-09-18', 20)).json()).toEqual({ date: '2026-10-22' });
    expect((await workingDayAfter('2025-01-24', 5)).json()).toEqual({ date: '2025-02-07' });
  });

  it('counts into a year without a notice provisionally (statutory holidays, no swaps)', async () => {
    // From Sunday 2026-12-20: 12-21…25 (5), 12-28…31 (9), 2027-01-01 元旦 off, 01-04…08 (14),
    // 01-11…15 (19), 01-18 (20).
    expect((await workingDayAfter('2026-12-20', 20)).json()).toEqual({
      date: '2027-01-18',
      provisional: true,
    });
  });

  it('refuses to count past the provisional years', async () => {
    const response = await workingDayAfter('2026-12-20', 1000);
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('CALENDAR_YEAR_UNKNOWN');
    expect(response.json().error.message).toContain('2029');
  });

  it('rejects a malformed date with 400', async () => {
    const response = await workingDayAfter('2026-13-40', 1);
    expect(response.statusCode).toBe(400);
  });

  it('rejects an invalid schedule with every problem listed, and saves nothing', async () => {
    const response = await t.app.inject({
      method: 'PUT',
      url: '/api/calendar/years/2027',
      headers: sysadmin,
      payload: { ...year2027, workDays: ['2027-02-15', '2027-01-01'] }, // a Monday; a date also off
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('CALENDAR_YEAR_INVALID');
    expect(response.json().error.details.length).toBeGreaterThanOrEqual(2);
    const rows = await t.database.db.select().from(calendarYears);
    expect(rows.map((r) => r.year)).toEqual([2024, 2025, 2026]);
  });

  it('lets only an admin enter a year: 401 without sign-in, 403 for a clerk', async () => {
    const url = '/api/calendar/years/2027';
    expect((await t.app.inject({ method: 'PUT', url, payload: year2027 })).statusCode).toBe(401);
    const forbidden = await t.app.inject({
      method: 'PUT',
      url,
      headers: clerk,
      payload: year2027,
    });
    expect(forbidden.statusCode).toBe(403);
    expect(await t.database.db.select().from(calendarYears)).toHaveLength(3);
  });

  it('counts into a new year once an admin has entered its schedule', async () => {
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/calendar/years/2027',
      headers: sysadmin,
      payload: year2027,
    });
    expect(saved.statusCode).toBe(200);
    // 2026-12-31 (Thu) +3: 2027-01-01..03 off, 01-04 Mon, 05 Tue, 06 Wed; no longer provisional.
    expect((await workingDayAfter('2026-12-31', 3)).json()).toEqual({ date: '2027-01-06' });
    // The test notice gives 2027-02-05…13 off and makes Sunday 02-14 work, replacing the statutory days.
    expect((await workingDayAfter('2027-02-04', 1)).json()).toEqual({ date: '2027-02-14' });
    const years = (await t.app.inject('/api/calendar/years')).json();
    expect(years.missingNextYear).toBeNull();
    expect(years.provisionalYears).toEqual([2028, 2029]);
    // Subscribers of calendar.changed learn which year changed (the cases module recomputes its
    // provisional due dates from it).
    const [record] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'calendar.year_saved'), eq(auditLog.targetId, '2027')));
    expect(record!.topic).toBe('calendar.changed');
    expect(record!.payload).toEqual({ change: 'year_saved', years: [2027], regionCode: null, year: 2027 });
  });

  it("layers a county's closure on its townships but not on another county", async () => {
    const added = await t.app.inject({
      method: 'POST',
      url: '/api/calendar/local-days',
      headers: admin,
      payload: { regionCode: county, date: '2026-11-24', kind: 'closure', reason: '台风停工' },
    });
    expect(added.statusCode).toBe(201);
    expect((await workingDayAfter('2026-11-23', 1, township)).json()).toEqual({ date: '2026-11-25' });
    expect((await workingDayAfter('2026-11-23', 1, '990102001000')).json()).toEqual({ date: '2026-11-24' });

    const duplicate = await t.app.inject({
      method: 'POST',
      url: '/api/calendar/local-days',
      headers: admin,
      payload: { regionCode: county, date: '2026-11-24', kind: 'extra_working_day', reason: '重复' },
    });
    expect(duplicate.statusCode).toBe(409);

    const id = added.json().day.id;
    const foreign = await t.app.inject({
      method: 'DELETE',
      url: `/api/calendar/local-days/${id}`,
      headers: otherCountyAdmin,
    });
    expect(foreign.statusCode).toBe(404);
    expect(await t.database.db.select().from(calendarLocalDays)).toHaveLength(1);

    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/calendar/local-days/${id}`,
      headers: admin,
    });
    expect(removed.statusCode).toBe(204);
    expect((await workingDayAfter('2026-11-23', 1, township)).json()).toEqual({ date: '2026-11-24' });
  });

  it("refuses an admin's change to another county's calendar", async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/calendar/local-days',
      headers: otherCountyAdmin,
      payload: { regionCode: county, date: '2026-11-25', kind: 'closure', reason: '越权' },
    });
    expect(response.statusCode).toBe(403);
    expect(await t.database.db.select().from(calendarLocalDays)).toHaveLength(0);
  });
});
