import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../db/demo/county.ts';
import { centers, idempotencyKeys, regions, staff, windows, zones } from '../../db/schema.ts';
import { seedDemo } from '../../db/seed/demo.ts';
import { createStaff, signInAs, type SessionHeaders } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { countAuditRecords, expectOneWinner, fireAtOnce } from '../../test/race.ts';

const COUNTY = '390522000000'; // 栖云县

let t: TestApp;
let admin: SessionHeaders;
let centerId: string;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db, { clock: t.clock });
  admin = await signInAs(t.app, 'admin', DEMO_PASSWORD);
  const [center] = await t.database.db.select().from(centers).where(eq(centers.regionCode, COUNTY));
  centerId = center!.id;
});
afterAll(() => t.close());

const db = () => t.database.db;
const request = (
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
  headers = admin,
) => ({
  method,
  url,
  headers,
  ...(payload ? { payload } : {}),
});

/** A fresh hall of the county center with one zone on its top floor, for a race of its own. */
async function hallWithZone(name: string, floorCount = 3) {
  const hall = await t.app.inject(
    request('POST', `/api/org/centers/${centerId}/halls`, { name, floorCount }),
  );
  const hallId = hall.json().hall.id as string;
  const zone = await t.app.inject(
    request('POST', `/api/org/halls/${hallId}/zones`, { name: `${name}一区`, floor: 1 }),
  );
  return { hallId, zoneId: zone.json().zone.id as string };
}

const generalWindow = (zoneId: string, number: string, name = '综合受理') => ({
  number,
  name,
  kind: 'general',
  zoneId,
  departmentId: null,
});

describe('races', () => {
  it('eight creates of a window with one number make one window; the others are 409 WINDOW_NUMBER_TAKEN', async () => {
    const { zoneId } = await hallWithZone('一号楼');
    const responses = await fireAtOnce(
      t.app,
      Array.from({ length: 8 }, (_, i) =>
        request('POST', `/api/org/centers/${centerId}/windows`, generalWindow(zoneId, '801', `综合受理${i}`)),
      ),
    );
    const { winners } = expectOneWinner(responses, { loserCode: 'WINDOW_NUMBER_TAKEN' });
    const stored = await db()
      .select()
      .from(windows)
      .where(and(eq(windows.centerId, centerId), eq(windows.number, '801')));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.name).toBe(winners[0]!.json().window.name);
    expect(await countAuditRecords(db(), 'org.window.created', stored[0]!.id)).toBe(1);
  });

  it('eight retries with one Idempotency-Key create one window and all get the first answer', async () => {
    const { zoneId } = await hallWithZone('二号楼');
    const responses = await fireAtOnce(t.app, {
      ...request('POST', `/api/org/centers/${centerId}/windows`, generalWindow(zoneId, '802')),
      headers: { ...admin, 'idempotency-key': 'window-create-0001' },
    });
    expect(responses.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
    expect(new Set(responses.map((r) => r.body)).size).toBe(1);
    const { window } = responses[0]!.json();
    const [key] = await db()
      .select()
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.key, 'window-create-0001'));
    expect(key!.responseStatus).toBe(201);
    expect(await db().select().from(windows).where(eq(windows.id, window.id))).toHaveLength(1);
    expect(await countAuditRecords(db(), 'org.window.created', window.id)).toBe(1);
  });

  it('two windows racing for one staff member: one puts them on duty, the other is 409 STAFF_ON_DUTY_ELSEWHERE', async () => {
    const { zoneId } = await hallWithZone('三号楼');
    const created = await Promise.all(
      ['803', '804'].map((number) =>
        t.app.inject(request('POST', `/api/org/centers/${centerId}/windows`, generalWindow(zoneId, number))),
      ),
    );
    const [first, second] = created.map((r) => r.json().window.id as string);
    const [person] = await db().select().from(staff).where(eq(staff.username, 'clerk'));
    const responses = await fireAtOnce(t.app, [
      request('PATCH', `/api/org/windows/${first}`, { onDutyStaffId: person!.id }),
      request('PATCH', `/api/org/windows/${second}`, { onDutyStaffId: person!.id }),
    ]);
    const { winners } = expectOneWinner(responses, { loserCode: 'STAFF_ON_DUTY_ELSEWHERE' });
    const onDuty = await db().select().from(windows).where(eq(windows.onDutyStaffId, person!.id));
    expect(onDuty.map((w) => w.id)).toEqual([winners[0]!.json().window.id]);
    const audits = await Promise.all(
      [first!, second!].map((id) => countAuditRecords(db(), 'org.window.duty_changed', id)),
    );
    expect(audits.sort()).toEqual([0, 1]);
  });

  it('shrinking a hall while a zone is added on its top floor: one of them wins, never both', async () => {
    for (let round = 0; round < 4; round++) {
      const { hallId } = await hallWithZone(`四号楼${round}`);
      const responses = await fireAtOnce(t.app, [
        request('PATCH', `/api/org/halls/${hallId}`, { floorCount: 2 }),
        request('POST', `/api/org/halls/${hallId}/zones`, { name: '顶楼区', floor: 3 }),
      ]);
      expectOneWinner(responses, {
        loserStatus: [409, 422],
        loserCode: ['HALL_FLOORS_IN_USE', 'ZONE_FLOOR_INVALID'],
      });
      const [hall] = (await t.app.inject(`/api/org/centers/${centerId}`))
        .json()
        .halls.filter((h: { id: string }) => h.id === hallId);
      const floors = (await db().select().from(zones).where(eq(zones.hallId, hallId))).map((z) => z.floor);
      expect(Math.max(...floors)).toBeLessThanOrEqual(hall.floorCount);
    }
  });

  it('deleting a zone while a window is added to it: one of them wins, never a window without a zone', async () => {
    for (let round = 0; round < 4; round++) {
      const { zoneId } = await hallWithZone(`五号楼${round}`);
      const responses = await fireAtOnce(t.app, [
        request('DELETE', `/api/org/zones/${zoneId}`),
        request('POST', `/api/org/centers/${centerId}/windows`, generalWindow(zoneId, `85${round}`)),
      ]);
      expectOneWinner(responses, {
        loserStatus: [409, 422],
        loserCode: ['ZONE_NOT_EMPTY', 'WINDOW_ZONE_INVALID'],
      });
      const zoneLeft = await db().select().from(zones).where(eq(zones.id, zoneId));
      const windowsLeft = await db().select().from(windows).where(eq(windows.zoneId, zoneId));
      expect(zoneLeft.length).toBe(windowsLeft.length);
      expect(await countAuditRecords(db(), 'org.zone.deleted', zoneId)).toBe(1 - zoneLeft.length);
    }
  });

  it('eight creates of one department name make one department; the others are 409 DEPARTMENT_NAME_TAKEN', async () => {
    const responses = await fireAtOnce(
      t.app,
      request('POST', '/api/org/departments', {
        regionCode: COUNTY,
        name: '栖云县低空经济发展中心',
        shortName: '林业',
        stationingMode: 'key_staff',
        phone: null,
      }),
    );
    const { winners } = expectOneWinner(responses, { loserCode: 'DEPARTMENT_NAME_TAKEN' });
    expect(await countAuditRecords(db(), 'org.department.created', winners[0]!.json().department.id)).toBe(1);
  });

  it('eight new townships with one name under the county: one is added, the others are 409 REGION_NAME_TAKEN', async () => {
    const responses = await fireAtOnce(
      t.app,
      Array.from({ length: 8 }, (_, i) =>
        request('POST', '/api/org/regions', {
          parentCode: COUNTY,
          code: `3905229${String(i).padStart(2, '0')}000`,
          name: '新城街道',
          level: 'township',
        }),
      ),
    );
    const { winners } = expectOneWinner(responses, { loserCode: 'REGION_NAME_TAKEN' });
    const named = await db()
      .select()
      .from(regions)
      .where(and(eq(regions.parentCode, COUNTY), eq(regions.name, '新城街道')));
    expect(named.map((r) => r.code)).toEqual([winners[0]!.json().region.code]);
    expect(await countAuditRecords(db(), 'org.region.created', named[0]!.code)).toBe(1);
  });

  it('moving a clerk to a township center while a county window puts them on duty: never on duty where they no longer work', async () => {
    const [yunxi] = await db().select().from(centers).where(eq(centers.regionCode, '390522100000'));
    for (let round = 0; round < 4; round++) {
      const { zoneId } = await hallWithZone(`六号楼${round}`);
      const created = await t.app.inject(
        request('POST', `/api/org/centers/${centerId}/windows`, generalWindow(zoneId, `86${round}`)),
      );
      const windowId = created.json().window.id as string;
      const person = await createStaffOfCenter(`mover_${round}`);
      const responses = await fireAtOnce(t.app, [
        request('PUT', `/api/org/staff/${person}/assignment`, { centerId: yunxi!.id, departmentId: null }),
        request('PATCH', `/api/org/windows/${windowId}`, { onDutyStaffId: person }),
      ]);
      expect(responses[0]!.statusCode).toBe(200);
      expect([200, 422]).toContain(responses[1]!.statusCode);
      const [moved] = await db().select().from(staff).where(eq(staff.id, person));
      expect(moved!.centerId).toBe(yunxi!.id);
      expect(await db().select().from(windows).where(eq(windows.onDutyStaffId, person))).toHaveLength(0);
    }
  });
});

async function createStaffOfCenter(username: string): Promise<string> {
  const person = await createStaff(db(), { roles: ['clerk'], regionCode: COUNTY, username });
  await db().update(staff).set({ centerId }).where(eq(staff.id, person.id));
  return person.id;
}
