import { hash } from '@node-rs/argon2';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../connection.ts';
import { centers, departments, halls, regions, staff, windows, zones } from '../schema.ts';
import type { Clock } from '../../platform/clock.ts';
import type { FileStore } from '../../platform/files.ts';
import { seedDemoCatalog } from './demo-catalog.ts';
import {
  DEMO_CENTERS,
  DEMO_COUNTY_CODE,
  DEMO_DEPARTMENTS,
  DEMO_PASSWORD,
  DEMO_REGIONS,
  DEMO_STAFF,
  DEMO_TOWNSHIP_DEPARTMENTS,
} from '../demo/county.ts';

export type SeedProgress = (step: string, done: number, total: number) => void;

/** Inserts the fictional demo county in one transaction: all of it, or nothing. */
export async function seedDemo(
  db: Db,
  options: { clock: Clock; onProgress?: SeedProgress; files?: FileStore },
): Promise<void> {
  const report = options.onProgress ?? (() => {});
  const steps = 6;
  // Hash outside the transaction: it is the slow part, and it touches no rows.
  const passwordHashes = await Promise.all(DEMO_STAFF.map(() => hash(DEMO_PASSWORD)));
  report('密码哈希', 1, steps);

  await db.transaction(async (tx) => {
    await tx.insert(regions).values(DEMO_REGIONS.map((r) => ({ ...r })));
    report('行政区划', 2, steps);

    const departmentIds = new Map(
      [...DEMO_DEPARTMENTS, ...DEMO_TOWNSHIP_DEPARTMENTS].map((d) => [d.key, uuidv7()]),
    );
    await tx.insert(departments).values(
      DEMO_DEPARTMENTS.map((d, index) => ({
        regionCode: DEMO_COUNTY_CODE,
        id: departmentIds.get(d.key)!,
        name: d.name,
        shortName: d.shortName,
        stationingMode: d.stationingMode,
        phone: d.phone,
        sortOrder: index,
      })),
    );
    await tx.insert(departments).values(
      DEMO_TOWNSHIP_DEPARTMENTS.map((d) => ({
        regionCode: d.regionCode,
        id: departmentIds.get(d.key)!,
        name: d.name,
        shortName: d.shortName,
        stationingMode: d.stationingMode,
        phone: d.phone,
        sortOrder: 0,
      })),
    );
    report('进驻部门', 3, steps);

    const centerIds = new Map<string, string>();
    for (const center of DEMO_CENTERS) {
      const centerId = uuidv7();
      centerIds.set(center.regionCode, centerId);
      await tx.insert(centers).values({
        regionCode: center.regionCode,
        id: centerId,
        name: center.name,
        kind: center.kind,
        address: center.address,
        phone: center.phone,
        openingHours: center.openingHours,
      });
      if (!center.hall) continue;
      const hallId = uuidv7();
      await tx.insert(halls).values({
        regionCode: center.regionCode,
        id: hallId,
        centerId,
        name: center.hall.name,
        floorCount: center.hall.floorCount,
      });
      const zoneIds = new Map(center.hall.zones.map((z) => [z.key, uuidv7()]));
      await tx.insert(zones).values(
        center.hall.zones.map((z, index) => ({
          regionCode: center.regionCode,
          id: zoneIds.get(z.key)!,
          hallId,
          name: z.name,
          floor: z.floor,
          sortOrder: index,
        })),
      );
      await tx.insert(windows).values(
        center.hall.windows.map((w) => ({
          regionCode: center.regionCode,
          id: uuidv7(),
          centerId,
          zoneId: zoneIds.get(w.zoneKey)!,
          number: w.number,
          name: w.name,
          kind: w.kind,
          departmentRegionCode: w.departmentKey ? DEMO_COUNTY_CODE : null,
          departmentId: w.departmentKey ? departmentIds.get(w.departmentKey)! : null,
        })),
      );
    }
    report('服务中心、大厅与窗口', 4, steps);

    await tx.insert(staff).values(
      DEMO_STAFF.map((s, index) => ({
        regionCode: s.regionCode,
        id: uuidv7(),
        username: s.username,
        displayName: s.displayName,
        passwordHash: passwordHashes[index]!,
        roles: s.roles,
        centerId: s.centerRegionCode ? (centerIds.get(s.centerRegionCode) ?? null) : null,
        departmentId: s.departmentKey ? departmentIds.get(s.departmentKey)! : null,
        createdAt: options.clock.now(),
      })),
    );
    report('工作人员账号', 5, steps);

    await seedDemoCatalog(tx, options.clock.now(), options.files);
    report('事项目录', 6, steps);
  });
}
