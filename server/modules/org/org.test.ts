import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../db/seed/demo.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db, { clock: t.clock });
});
afterAll(() => t.close());

describe('organisation of the demo county', () => {
  it('lists the county center, township convenience centers and village agency points', async () => {
    const { centers } = (await t.app.inject('/api/org/centers')).json();
    const count = (kind: string) => centers.filter((c: { kind: string }) => c.kind === kind).length;
    expect(count('government_service_center')).toBe(1);
    expect(count('convenience_center')).toBe(3);
    expect(count('agency_point')).toBe(6);
  });

  it('shows the county hall: 4 floors, 7 zones, about 40 windows in order', async () => {
    const { centers } = (await t.app.inject('/api/org/centers')).json();
    const county = centers.find((c: { kind: string }) => c.kind === 'government_service_center');
    const layout = (await t.app.inject(`/api/org/centers/${county.id}`)).json();
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

  it('lists about 37 stationed departments', async () => {
    const { departments } = (await t.app.inject('/api/org/departments')).json();
    expect(departments.length).toBeGreaterThanOrEqual(35);
    expect(departments.map((d: { shortName: string }) => d.shortName)).toEqual(
      expect.arrayContaining(['公安', '税务']),
    );
  });

  it('answers 404 for a center that does not exist and 400 for a malformed id', async () => {
    expect((await t.app.inject('/api/org/centers/0192f1c2-0000-7000-8000-000000000000')).statusCode).toBe(
      404,
    );
    expect((await t.app.inject('/api/org/centers/not-a-uuid')).statusCode).toBe(400);
  });
});
