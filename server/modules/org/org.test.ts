import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../db/demo/county.ts';
import { auditLog, centers, departments, halls, regions, staff, windows, zones } from '../../db/schema.ts';
import { seedDemo } from '../../db/seed/demo.ts';
import {
  createCountyWithTownship,
  createStaff,
  signInAs,
  type SessionHeaders,
} from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { violatedConstraint } from '../../platform/conflicts.ts';

const COUNTY = '390522000000'; // 栖云县
const YUNXI = '390522100000'; // 云溪镇
const TAOPING = '390522200000'; // 桃坪乡
const OTHER_COUNTY = '990101000000';

let t: TestApp;
let admin: SessionHeaders; // center admin of the demo county
let clerk: SessionHeaders;
let townshipAdmin: SessionHeaders; // center admin of 云溪镇 only
let otherAdmin: SessionHeaders; // center admin of another county
let cityAdmin: SessionHeaders; // system admin of 澄州市
let countyCenterId: string;
let yunxiCenterId: string;
let taopingCenterId: string;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db, { clock: t.clock });
  await createCountyWithTownship(t.database.db, OTHER_COUNTY, '990101001000');
  await createStaff(t.database.db, { roles: ['center_admin'], regionCode: YUNXI, username: 'yunxi_admin' });
  await createStaff(t.database.db, {
    roles: ['center_admin'],
    regionCode: OTHER_COUNTY,
    username: 'other_admin',
  });
  await createStaff(t.database.db, {
    roles: ['system_admin'],
    regionCode: '390500000000',
    username: 'city_admin',
  });
  admin = await signInAs(t.app, 'admin', DEMO_PASSWORD);
  clerk = await signInAs(t.app, 'clerk', DEMO_PASSWORD);
  townshipAdmin = await signInAs(t.app, 'yunxi_admin');
  otherAdmin = await signInAs(t.app, 'other_admin');
  cityAdmin = await signInAs(t.app, 'city_admin');
  const all = await t.database.db.select().from(centers);
  countyCenterId = all.find((c) => c.regionCode === COUNTY)!.id;
  yunxiCenterId = all.find((c) => c.regionCode === YUNXI)!.id;
  taopingCenterId = all.find((c) => c.regionCode === TAOPING)!.id;
});
afterAll(() => t.close());

type Method = 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'GET';
const send = (headers: SessionHeaders, method: Method, url: string, payload?: object) =>
  t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

const db = () => t.database.db;

async function layoutOf(centerId: string) {
  return (await t.app.inject(`/api/org/centers/${centerId}`)).json();
}

async function windowByNumber(centerId: string, number: string) {
  const [row] = await db()
    .select()
    .from(windows)
    .where(and(eq(windows.centerId, centerId), eq(windows.number, number)));
  return row!;
}

async function staffNamed(username: string) {
  const [row] = await db().select().from(staff).where(eq(staff.username, username));
  return row!;
}

async function departmentNamed(name: string) {
  const [row] = await db().select().from(departments).where(eq(departments.name, name));
  return row!;
}

async function auditOf(action: string, targetId: string) {
  return db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));
}

async function eventsOf(topic: string) {
  return db().select().from(auditLog).where(eq(auditLog.topic, topic));
}

describe('organisation of the demo county', () => {
  it('lists the county center, township convenience centers and village agency points', async () => {
    const { centers } = (await t.app.inject('/api/org/centers')).json();
    const count = (kind: string) => centers.filter((c: { kind: string }) => c.kind === kind).length;
    expect(count('government_service_center')).toBe(1);
    expect(count('convenience_center')).toBe(3);
    expect(count('agency_point')).toBe(6);
  });

  it('shows the county hall: 4 floors, 7 zones, about 40 windows in order', async () => {
    const layout = await layoutOf(countyCenterId);
    expect(layout.halls[0].floorCount).toBe(4);
    expect(layout.zones.map((z: { name: string }) => z.name)).toEqual(
      expect.arrayContaining([
        '不动产登记区',
        '公安综合区',
        '办税区',
        '建设项目审批区',
        '社会事务区',
        '商事登记区',
        '企业服务区',
      ]),
    );
    const windows = layout.zones.flatMap((z: { windows: { number: string }[] }) => z.windows);
    expect(windows.length).toBeGreaterThanOrEqual(38);
    const firstZoneNumbers = layout.zones[0].windows.map((w: { number: string }) => Number(w.number));
    expect(firstZoneNumbers).toEqual([...firstZoneNumbers].sort((a, b) => a - b));
    const specialized = windows.filter((w: { kind: string }) => w.kind === 'specialized');
    expect(specialized.every((w: { departmentName: string | null }) => w.departmentName)).toBe(true);
  });

  it('lists about 37 stationed county departments and one government department per township', async () => {
    const { departments } = (await t.app.inject('/api/org/departments')).json();
    const county = departments.filter((d: { regionCode: string }) => d.regionCode === COUNTY);
    expect(county.length).toBeGreaterThanOrEqual(35);
    expect(county.map((d: { shortName: string }) => d.shortName)).toEqual(
      expect.arrayContaining(['公安', '税务']),
    );
    const yunxi = departments.filter((d: { regionCode: string }) => d.regionCode === YUNXI);
    expect(yunxi).toEqual([
      expect.objectContaining({ name: '云溪镇人民政府', stationingMode: 'general_window' }),
    ]);
    const townships = new Set(
      departments
        .filter((d: { regionCode: string }) => d.regionCode !== COUNTY)
        .map((d: { regionCode: string }) => d.regionCode),
    );
    expect(townships).toEqual(new Set(['390522001000', YUNXI, TAOPING]));
  });

  it('answers 404 for a center that does not exist and 400 for a malformed id', async () => {
    expect((await t.app.inject('/api/org/centers/0192f1c2-0000-7000-8000-000000000000')).statusCode).toBe(
      404,
    );
    expect((await t.app.inject('/api/org/centers/not-a-uuid')).statusCode).toBe(400);
  });
});

describe('regions', () => {
  it('adds a village under a township, with its audit record and event', async () => {
    const response = await send(admin, 'POST', '/api/org/regions', {
      parentCode: YUNXI,
      code: '390522100203',
      name: ' 竹林村 ',
      level: 'village',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().region).toEqual({
      code: '390522100203',
      name: '竹林村',
      level: 'village',
      parentCode: YUNXI,
    });
    const listed = (await t.app.inject('/api/org/regions')).json().regions;
    expect(listed.map((r: { code: string }) => r.code)).toContain('390522100203');
    const [record] = await auditOf('org.region.created', '390522100203');
    expect(record).toMatchObject({ regionCode: '390522100203', actorKind: 'staff' });
    expect(record!.summary).toContain('竹林村');
    expect((await eventsOf('org.region.created')).map((e) => e.payload)).toContainEqual({
      code: '390522100203',
    });
  });

  it('adds a township under the county', async () => {
    const response = await send(admin, 'POST', '/api/org/regions', {
      parentCode: COUNTY,
      code: '390522101000',
      name: '青石镇',
      level: 'township',
    });
    expect(response.statusCode).toBe(201);
  });

  it('refuses codes that do not nest or do not match the level, and saves nothing', async () => {
    const before = await db().select().from(regions);
    const cases: [object, number, string][] = [
      // a village code of 桃坪乡 under 云溪镇
      [
        { parentCode: YUNXI, code: '390522200203', name: '错村', level: 'village' },
        422,
        'REGION_CODE_INVALID',
      ],
      // a township code called a village
      [
        { parentCode: YUNXI, code: '390522102000', name: '错村', level: 'village' },
        422,
        'REGION_CODE_INVALID',
      ],
      // a village code called a township
      [
        { parentCode: COUNTY, code: '390522100204', name: '错镇', level: 'township' },
        422,
        'REGION_CODE_INVALID',
      ],
      // a village straight under the county
      [
        { parentCode: COUNTY, code: '390522100204', name: '错村', level: 'village' },
        422,
        'REGION_PARENT_INVALID',
      ],
      // the code of an existing village
      [{ parentCode: YUNXI, code: '390522100201', name: '新村', level: 'village' }, 409, 'REGION_EXISTS'],
      // the name of a sibling
      [
        { parentCode: YUNXI, code: '390522100209', name: '石桥村', level: 'village' },
        409,
        'REGION_NAME_TAKEN',
      ],
      // a malformed code
      [{ parentCode: YUNXI, code: '39052210020', name: '短村', level: 'village' }, 400, 'VALIDATION_FAILED'],
      // a county is not added here
      [
        { parentCode: '390500000000', code: '390523000000', name: '新县', level: 'county' },
        400,
        'VALIDATION_FAILED',
      ],
    ];
    for (const [payload, status, code] of cases) {
      const response = await send(admin, 'POST', '/api/org/regions', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
      expect(response.json().error.code).toBe(code);
      expect(response.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(await db().select().from(regions)).toHaveLength(before.length);
  });

  it("answers 404 under another county's region, 403 to a clerk", async () => {
    const payload = { parentCode: YUNXI, code: '390522100210', name: '外村', level: 'village' };
    expect((await send(otherAdmin, 'POST', '/api/org/regions', payload)).statusCode).toBe(404);
    expect((await send(clerk, 'POST', '/api/org/regions', payload)).statusCode).toBe(403);
    expect(await db().select().from(regions).where(eq(regions.code, '390522100210'))).toHaveLength(0);
  });

  it('renames a region of my county; not one of another county', async () => {
    const renamed = await send(admin, 'PATCH', '/api/org/regions/390522100203', { name: '翠竹村' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().region.name).toBe('翠竹村');
    expect(await auditOf('org.region.renamed', '390522100203')).toHaveLength(1);

    const taken = await send(admin, 'PATCH', '/api/org/regions/390522100203', { name: '柳湾村' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('REGION_NAME_TAKEN');

    const foreign = await send(otherAdmin, 'PATCH', '/api/org/regions/390522100203', { name: '他村' });
    expect(foreign.statusCode).toBe(404);
    const [stored] = await db().select().from(regions).where(eq(regions.code, '390522100203'));
    expect(stored!.name).toBe('翠竹村');
  });
});

describe('centers', () => {
  let stationId: string;

  it("sets up a village's agency point, its kind following the region's level", async () => {
    const response = await send(admin, 'POST', '/api/org/centers', {
      regionCode: '390522100203',
      name: '翠竹村便民服务站',
      address: '栖云县云溪镇翠竹村村民委员会一楼',
      phone: '0649-66352203',
      openingHours: '周一至周五 9:00-11:30、14:30-17:00',
    });
    expect(response.statusCode).toBe(201);
    const { center } = response.json();
    expect(center).toMatchObject({ kind: 'agency_point', regionName: '翠竹村', regionCode: '390522100203' });
    stationId = center.id;
    expect(await auditOf('org.center.created', stationId)).toHaveLength(1);
    expect((await eventsOf('org.center.created')).map((e) => e.payload)).toContainEqual({ id: stationId });
  });

  it('keeps one center per region', async () => {
    const before = await db().select().from(centers);
    const response = await send(admin, 'POST', '/api/org/centers', {
      regionCode: YUNXI,
      name: '云溪镇第二便民服务中心',
      address: '云溪大道1号',
      phone: null,
      openingHours: '工作日',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('CENTER_EXISTS');
    expect(await db().select().from(centers)).toHaveLength(before.length);
  });

  it('sets up no center for a city, and none outside my regions', async () => {
    const body = { name: '澄州市民中心', address: '澄州', phone: null, openingHours: '工作日' };
    const city = await send(cityAdmin, 'POST', '/api/org/centers', { ...body, regionCode: '390500000000' });
    expect(city.statusCode).toBe(422);
    expect(city.json().error.code).toBe('CENTER_REGION_LEVEL_INVALID');
    const outside = await send(admin, 'POST', '/api/org/centers', { ...body, regionCode: '390500000000' });
    expect(outside.statusCode).toBe(404);
    expect(await db().select().from(centers).where(eq(centers.regionCode, '390500000000'))).toHaveLength(0);
  });

  it('edits name, address, phone and opening hours; refuses bad input and other counties', async () => {
    const edited = await send(admin, 'PATCH', `/api/org/centers/${stationId}`, {
      name: '翠竹村便民服务站（党群服务中心）',
      phone: null,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().center).toMatchObject({ name: '翠竹村便民服务站（党群服务中心）', phone: null });
    expect(await auditOf('org.center.updated', stationId)).toHaveLength(1);

    for (const payload of [{}, { phone: 'call us' }, { name: '   ' }, { kind: 'agency_point' }]) {
      const response = await send(admin, 'PATCH', `/api/org/centers/${stationId}`, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
    }
    const foreign = await send(otherAdmin, 'PATCH', `/api/org/centers/${stationId}`, { name: '别处' });
    expect(foreign.statusCode).toBe(404);
    // A township admin sees only its own township's centers.
    const up = await send(townshipAdmin, 'PATCH', `/api/org/centers/${countyCenterId}`, { name: '改名' });
    expect(up.statusCode).toBe(404);
    const own = await send(townshipAdmin, 'PATCH', `/api/org/centers/${yunxiCenterId}`, {
      openingHours: '周一至周六 8:30-17:30',
    });
    expect(own.statusCode).toBe(200);

    const [stored] = await db().select().from(centers).where(eq(centers.id, stationId));
    expect(stored).toMatchObject({ name: '翠竹村便民服务站（党群服务中心）', phone: null });
    const [county] = await db().select().from(centers).where(eq(centers.id, countyCenterId));
    expect(county!.name).toBe('栖云县政务服务中心');
  });
});

describe('halls and zones', () => {
  let hallId: string;
  let zoneId: string;

  it('adds a hall and zones on its floors', async () => {
    const hall = await send(admin, 'POST', `/api/org/centers/${taopingCenterId}/halls`, {
      name: '桃坪乡便民服务中心二号楼',
      floorCount: 2,
    });
    expect(hall.statusCode).toBe(201);
    hallId = hall.json().hall.id;
    expect(hall.json().hall).toMatchObject({ centerId: taopingCenterId, floorCount: 2 });

    const zone = await send(admin, 'POST', `/api/org/halls/${hallId}/zones`, {
      name: '农业服务区',
      floor: 2,
    });
    expect(zone.statusCode).toBe(201);
    zoneId = zone.json().zone.id;
    expect(zone.json().zone).toMatchObject({ hallId, floor: 2, sortOrder: 0 });
    const second = await send(admin, 'POST', `/api/org/halls/${hallId}/zones`, {
      name: '林业服务区',
      floor: 1,
    });
    expect(second.json().zone.sortOrder).toBe(1);
    expect(await auditOf('org.zone.created', zoneId)).toHaveLength(1);
    expect(await auditOf('org.hall.created', hallId)).toHaveLength(1);

    const layout = await layoutOf(taopingCenterId);
    expect(layout.zones.map((z: { name: string }) => z.name)).toEqual([
      '综合服务区',
      '林业服务区',
      '农业服务区',
    ]);
  });

  it('keeps zones within the floors of their hall and names unique in a hall', async () => {
    const before = await db().select().from(zones);
    const high = await send(admin, 'POST', `/api/org/halls/${hallId}/zones`, { name: '顶楼区', floor: 3 });
    expect(high.statusCode).toBe(422);
    expect(high.json().error.code).toBe('ZONE_FLOOR_INVALID');
    const twin = await send(admin, 'POST', `/api/org/halls/${hallId}/zones`, {
      name: '农业服务区',
      floor: 1,
    });
    expect(twin.statusCode).toBe(409);
    expect(twin.json().error.code).toBe('ZONE_NAME_TAKEN');
    expect(await db().select().from(zones)).toHaveLength(before.length);

    const moveUp = await send(admin, 'PATCH', `/api/org/zones/${zoneId}`, { floor: 5 });
    expect(moveUp.statusCode).toBe(422);
    const fewer = await send(admin, 'PATCH', `/api/org/halls/${hallId}`, { floorCount: 1 });
    expect(fewer.statusCode).toBe(409);
    expect(fewer.json().error.code).toBe('HALL_FLOORS_IN_USE');
    const [hall] = await db().select().from(halls).where(eq(halls.id, hallId));
    expect(hall!.floorCount).toBe(2);
  });

  it('edits a hall and a zone', async () => {
    const hall = await send(admin, 'PATCH', `/api/org/halls/${hallId}`, { name: '二号楼', floorCount: 3 });
    expect(hall.statusCode).toBe(200);
    expect(hall.json().hall).toMatchObject({ name: '二号楼', floorCount: 3 });
    const zone = await send(admin, 'PATCH', `/api/org/zones/${zoneId}`, {
      name: '农林服务区',
      floor: 3,
      sortOrder: 9,
    });
    expect(zone.statusCode).toBe(200);
    expect(zone.json().zone).toMatchObject({ name: '农林服务区', floor: 3, sortOrder: 9 });
    expect(await auditOf('org.zone.updated', zoneId)).toHaveLength(1);
  });

  it('deletes an empty zone but not one with windows', async () => {
    const [social] = await db().select().from(zones).where(eq(zones.name, '社会事务区'));
    const busy = await send(admin, 'DELETE', `/api/org/zones/${social!.id}`);
    expect(busy.statusCode).toBe(409);
    expect(busy.json().error.code).toBe('ZONE_NOT_EMPTY');
    expect(await db().select().from(zones).where(eq(zones.id, social!.id))).toHaveLength(1);

    expect((await send(otherAdmin, 'DELETE', `/api/org/zones/${zoneId}`)).statusCode).toBe(404);
    const removed = await send(admin, 'DELETE', `/api/org/zones/${zoneId}`);
    expect(removed.statusCode).toBe(204);
    expect(await db().select().from(zones).where(eq(zones.id, zoneId))).toHaveLength(0);
    expect(await auditOf('org.zone.deleted', zoneId)).toHaveLength(1);
  });
});

describe('windows', () => {
  let windowId: string;
  let yunxiZoneId: string;

  beforeAll(async () => {
    const layout = await layoutOf(yunxiCenterId);
    yunxiZoneId = layout.zones[0].id;
  });

  it('adds a specialized window of a county department to a township center', async () => {
    const police = await departmentNamed('栖云县公安局');
    const response = await send(admin, 'POST', `/api/org/centers/${yunxiCenterId}/windows`, {
      number: '5',
      name: '户籍业务',
      kind: 'specialized',
      zoneId: yunxiZoneId,
      departmentId: police.id,
    });
    expect(response.statusCode).toBe(201);
    windowId = response.json().window.id;
    expect(response.json().window).toMatchObject({ number: '5', isOpen: true, onDutyStaffId: null });
    const [stored] = await db().select().from(windows).where(eq(windows.id, windowId));
    expect(stored).toMatchObject({
      departmentRegionCode: COUNTY,
      departmentId: police.id,
      regionCode: YUNXI,
    });
    expect(await auditOf('org.window.created', windowId)).toHaveLength(1);
    const shown = (await layoutOf(yunxiCenterId)).zones[0].windows;
    expect(shown.find((w: { id: string }) => w.id === windowId).departmentName).toBe('栖云县公安局');
  });

  it('refuses a wrong kind, department, zone or number, and saves nothing', async () => {
    const before = await db().select().from(windows);
    const police = await departmentNamed('栖云县公安局');
    const taoping = await departmentNamed('桃坪乡人民政府');
    const [countyZone] = await db().select().from(zones).where(eq(zones.name, '办税区'));
    const base = { number: '6', name: '测试窗口', zoneId: yunxiZoneId };
    const cases: [object, number, string][] = [
      [{ ...base, kind: 'general', departmentId: police.id }, 422, 'WINDOW_DEPARTMENT_INVALID'],
      [{ ...base, kind: 'specialized', departmentId: null }, 422, 'WINDOW_DEPARTMENT_INVALID'],
      // another township's department cannot serve here
      [{ ...base, kind: 'specialized', departmentId: taoping.id }, 422, 'WINDOW_DEPARTMENT_INVALID'],
      [{ ...base, kind: 'general', departmentId: null, zoneId: countyZone!.id }, 422, 'WINDOW_ZONE_INVALID'],
      [{ ...base, kind: 'general', departmentId: null, number: '1' }, 409, 'WINDOW_NUMBER_TAKEN'],
      [{ ...base, kind: 'general', departmentId: null, number: '一号' }, 400, 'VALIDATION_FAILED'],
      [{ ...base, kind: 'counter', departmentId: null }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [payload, status, code] of cases) {
      const response = await send(admin, 'POST', `/api/org/centers/${yunxiCenterId}/windows`, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
      expect(response.json().error.code).toBe(code);
    }
    expect(await db().select().from(windows)).toHaveLength(before.length);
  });

  it('closes and reopens a window, and turns it into a general window', async () => {
    const closed = await send(admin, 'PATCH', `/api/org/windows/${windowId}`, { isOpen: false });
    expect(closed.statusCode).toBe(200);
    expect(closed.json().window.isOpen).toBe(false);
    const shown = (await layoutOf(yunxiCenterId)).zones[0].windows;
    expect(shown.find((w: { id: string }) => w.id === windowId).isOpen).toBe(false);

    const keepsDepartment = await send(admin, 'PATCH', `/api/org/windows/${windowId}`, { kind: 'general' });
    expect(keepsDepartment.statusCode).toBe(422);
    expect(keepsDepartment.json().error.code).toBe('WINDOW_DEPARTMENT_INVALID');

    const general = await send(admin, 'PATCH', `/api/org/windows/${windowId}`, {
      kind: 'general',
      departmentId: null,
      name: '综合受理（公安）',
      isOpen: true,
    });
    expect(general.statusCode).toBe(200);
    const [stored] = await db().select().from(windows).where(eq(windows.id, windowId));
    expect(stored).toMatchObject({
      kind: 'general',
      departmentId: null,
      departmentRegionCode: null,
      isOpen: true,
    });
    expect(await auditOf('org.window.updated', windowId)).toHaveLength(2);
    expect((await eventsOf('org.window.updated')).map((e) => e.payload)).toContainEqual({
      id: windowId,
      centerId: yunxiCenterId,
    });
  });

  it('recognises the unique key a concurrent writer would break, so it answers 409 too', async () => {
    const existing = await windowByNumber(yunxiCenterId, '1');
    const error: unknown = await db()
      .insert(windows)
      .values({ ...existing, id: '0192f1c2-0000-7000-8000-000000000001' })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(violatedConstraint(error, '23505')).toBe('windows_center_number_uq');
  });

  it('keeps numbers unique within a center and answers 404 for another county', async () => {
    const taken = await send(admin, 'PATCH', `/api/org/windows/${windowId}`, { number: '2' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('WINDOW_NUMBER_TAKEN');
    const foreign = await send(otherAdmin, 'PATCH', `/api/org/windows/${windowId}`, { isOpen: false });
    expect(foreign.statusCode).toBe(404);
    const [stored] = await db().select().from(windows).where(eq(windows.id, windowId));
    expect(stored).toMatchObject({ number: '5', isOpen: true });
  });
});

describe('who is on duty', () => {
  it('puts an active staff member of the center on duty, and keeps the name out of public answers', async () => {
    const window1 = await windowByNumber(countyCenterId, '1');
    const person = await staffNamed('clerk');
    const response = await send(admin, 'PATCH', `/api/org/windows/${window1.id}`, {
      onDutyStaffId: person.id,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().window.onDutyStaffId).toBe(person.id);
    const [record] = await auditOf('org.window.duty_changed', window1.id);
    expect(record!.summary).toContain('王晓敏');

    const publicLayout = await t.app.inject(`/api/org/centers/${countyCenterId}`);
    expect(publicLayout.body).not.toContain('王晓敏');
    expect(publicLayout.body).not.toContain(person.id);

    const listed = (await send(admin, 'GET', `/api/org/staff?centerId=${countyCenterId}`)).json().staff;
    expect(listed.find((s: { id: string }) => s.id === person.id)).toMatchObject({
      displayName: '王晓敏',
      onDutyWindowId: window1.id,
    });
    expect((await send(clerk, 'GET', '/api/org/staff')).statusCode).toBe(403);
  });

  it('refuses someone already on duty elsewhere, of another center, or disabled', async () => {
    const window2 = await windowByNumber(countyCenterId, '2');
    const onDuty = await staffNamed('clerk');
    const elsewhere = await send(admin, 'PATCH', `/api/org/windows/${window2.id}`, {
      onDutyStaffId: onDuty.id,
    });
    expect(elsewhere.statusCode).toBe(409);
    expect(elsewhere.json().error.code).toBe('STAFF_ON_DUTY_ELSEWHERE');
    expect(elsewhere.json().error.message).toContain('1 号窗口');

    const township = await staffNamed('township_clerk');
    const wrongCenter = await send(admin, 'PATCH', `/api/org/windows/${window2.id}`, {
      onDutyStaffId: township.id,
    });
    expect(wrongCenter.statusCode).toBe(422);
    expect(wrongCenter.json().error.code).toBe('ON_DUTY_STAFF_INVALID');

    const retired = await createStaff(db(), { roles: ['clerk'], regionCode: COUNTY, username: 'retired' });
    await db()
      .update(staff)
      .set({ centerId: countyCenterId, isActive: false })
      .where(eq(staff.id, retired.id));
    const disabled = await send(admin, 'PATCH', `/api/org/windows/${window2.id}`, {
      onDutyStaffId: retired.id,
    });
    expect(disabled.statusCode).toBe(422);
    expect(disabled.json().error.code).toBe('ON_DUTY_STAFF_INVALID');

    const unknown = await send(admin, 'PATCH', `/api/org/windows/${window2.id}`, {
      onDutyStaffId: '0192f1c2-0000-7000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(422);
    expect((await windowByNumber(countyCenterId, '2')).onDutyStaffId).toBeNull();
  });

  it('clears the window with null', async () => {
    const window1 = await windowByNumber(countyCenterId, '1');
    const cleared = await send(admin, 'PATCH', `/api/org/windows/${window1.id}`, { onDutyStaffId: null });
    expect(cleared.statusCode).toBe(200);
    expect((await windowByNumber(countyCenterId, '1')).onDutyStaffId).toBeNull();
    expect(await auditOf('org.window.duty_changed', window1.id)).toHaveLength(2);
  });
});

describe('departments', () => {
  let departmentId: string;

  it('adds a department with the next sort order; names are unique per region', async () => {
    const response = await send(admin, 'POST', '/api/org/departments', {
      regionCode: COUNTY,
      name: '栖云县数据资源管理局',
      shortName: '数据',
      stationingMode: 'key_staff',
      phone: '0649-66120125',
    });
    expect(response.statusCode).toBe(201);
    const { department } = response.json();
    departmentId = department.id;
    expect(department).toMatchObject({ regionCode: COUNTY, sortOrder: 37, stationingMode: 'key_staff' });
    expect(await auditOf('org.department.created', departmentId)).toHaveLength(1);

    const count = (await db().select().from(departments)).length;
    const twin = await send(admin, 'POST', '/api/org/departments', {
      regionCode: COUNTY,
      name: '栖云县数据资源管理局',
      shortName: '数据2',
      stationingMode: 'key_staff',
      phone: null,
    });
    expect(twin.statusCode).toBe(409);
    expect(twin.json().error.code).toBe('DEPARTMENT_NAME_TAKEN');
    const badMode = await send(admin, 'POST', '/api/org/departments', {
      regionCode: COUNTY,
      name: '栖云县某局',
      shortName: '某',
      stationingMode: 'partly',
      phone: null,
    });
    expect(badMode.statusCode).toBe(400);
    expect((await db().select().from(departments)).length).toBe(count);

    // The same name in another region is another department.
    const township = await send(admin, 'POST', '/api/org/departments', {
      regionCode: YUNXI,
      name: '栖云县数据资源管理局',
      shortName: '数据',
      stationingMode: 'general_window',
      phone: null,
    });
    expect(township.statusCode).toBe(201);
  });

  it('edits a department; refuses a taken name and other counties', async () => {
    const edited = await send(admin, 'PATCH', `/api/org/departments/${departmentId}`, {
      shortName: '数据资源',
      stationingMode: 'whole_unit',
      sortOrder: 2,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().department).toMatchObject({
      shortName: '数据资源',
      stationingMode: 'whole_unit',
      sortOrder: 2,
    });

    const taken = await send(admin, 'PATCH', `/api/org/departments/${departmentId}`, {
      name: '栖云县公安局',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('DEPARTMENT_NAME_TAKEN');
    const foreign = await send(otherAdmin, 'PATCH', `/api/org/departments/${departmentId}`, { phone: null });
    expect(foreign.statusCode).toBe(404);
    const [stored] = await db().select().from(departments).where(eq(departments.id, departmentId));
    expect(stored).toMatchObject({ name: '栖云县数据资源管理局', phone: '0649-66120125' });
    expect(await auditOf('org.department.updated', departmentId)).toHaveLength(1);
  });
});

describe('staff assignments', () => {
  it('moves a county clerk to a township center and its government; duty at the old center ends', async () => {
    const person = await staffNamed('clerk2');
    const window3 = await windowByNumber(countyCenterId, '3');
    // clerk2 works at the county center: put them on duty first.
    const duty = await send(admin, 'PATCH', `/api/org/windows/${window3.id}`, { onDutyStaffId: person.id });
    expect(duty.statusCode).toBe(200);

    const yunxiGovernment = await departmentNamed('云溪镇人民政府');
    const moved = await send(admin, 'PUT', `/api/org/staff/${person.id}/assignment`, {
      centerId: yunxiCenterId,
      departmentId: yunxiGovernment.id,
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().staff).toMatchObject({
      centerId: yunxiCenterId,
      departmentId: yunxiGovernment.id,
      onDutyWindowId: null,
    });
    expect((await windowByNumber(countyCenterId, '3')).onDutyStaffId).toBeNull();
    expect(await auditOf('org.staff.assigned', person.id)).toHaveLength(1);
    expect(await auditOf('org.window.duty_changed', window3.id)).toHaveLength(2);
  });

  it('refuses a center outside the person’s regions and a department of another township', async () => {
    const township = await staffNamed('township_clerk');
    const upward = await send(admin, 'PUT', `/api/org/staff/${township.id}/assignment`, {
      centerId: countyCenterId,
      departmentId: null,
    });
    expect(upward.statusCode).toBe(422);
    expect(upward.json().error.code).toBe('STAFF_CENTER_INVALID');

    const taoping = await departmentNamed('桃坪乡人民政府');
    const sideways = await send(admin, 'PUT', `/api/org/staff/${township.id}/assignment`, {
      centerId: yunxiCenterId,
      departmentId: taoping.id,
    });
    expect(sideways.statusCode).toBe(422);
    expect(sideways.json().error.code).toBe('STAFF_DEPARTMENT_INVALID');

    const foreign = await send(otherAdmin, 'PUT', `/api/org/staff/${township.id}/assignment`, {
      centerId: null,
      departmentId: null,
    });
    expect(foreign.statusCode).toBe(404);
    const stored = await staffNamed('township_clerk');
    expect(stored).toMatchObject({ centerId: yunxiCenterId, departmentId: null });
  });
});

describe('who may change the organisation', () => {
  it('answers 403 to a clerk on every write and changes nothing', async () => {
    const window1 = await windowByNumber(countyCenterId, '1');
    const [zone] = await db().select().from(zones).where(eq(zones.name, '办税区'));
    const person = await staffNamed('clerk');
    const writes: [Method, string, object | undefined][] = [
      [
        'POST',
        '/api/org/regions',
        { parentCode: YUNXI, code: '390522100220', name: '某村', level: 'village' },
      ],
      ['PATCH', `/api/org/regions/${YUNXI}`, { name: '某镇' }],
      ['PATCH', `/api/org/centers/${countyCenterId}`, { name: '某中心' }],
      ['POST', `/api/org/centers/${countyCenterId}/halls`, { name: '某厅', floorCount: 1 }],
      ['PATCH', `/api/org/zones/${zone!.id}`, { name: '某区' }],
      ['DELETE', `/api/org/zones/${zone!.id}`, undefined],
      ['PATCH', `/api/org/windows/${window1.id}`, { onDutyStaffId: person.id }],
      ['PATCH', `/api/org/windows/${window1.id}`, { isOpen: false }],
      ['PUT', `/api/org/staff/${person.id}/assignment`, { centerId: null, departmentId: null }],
    ];
    for (const [method, url, payload] of writes) {
      const response = await send(clerk, method, url, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(403);
    }
    expect(await windowByNumber(countyCenterId, '1')).toMatchObject({ isOpen: true, onDutyStaffId: null });
    expect((await staffNamed('clerk')).centerId).toBe(countyCenterId);
    expect(await db().select().from(zones).where(eq(zones.id, zone!.id))).toHaveLength(1);
  });
});
