import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/connection.ts';
import { centers, departments, halls, regions, windows, zones } from '../../db/schema.ts';

export function listCenters(db: Executor) {
  return db
    .select({
      id: centers.id,
      regionCode: centers.regionCode,
      regionName: regions.name,
      name: centers.name,
      kind: centers.kind,
      address: centers.address,
      phone: centers.phone,
      openingHours: centers.openingHours,
    })
    .from(centers)
    .innerJoin(regions, eq(regions.code, centers.regionCode))
    .orderBy(asc(centers.regionCode));
}

export async function findCenterById(db: Executor, id: string) {
  const rows = await listCenters(db).where(eq(centers.id, id));
  return rows[0] ?? null;
}

export function listHalls(db: Executor, centerId: string) {
  return db
    .select({ id: halls.id, name: halls.name, floorCount: halls.floorCount })
    .from(halls)
    .where(eq(halls.centerId, centerId));
}

export function listZonesOfCenter(db: Executor, centerId: string) {
  return db
    .select({ id: zones.id, hallId: zones.hallId, name: zones.name, floor: zones.floor })
    .from(zones)
    .innerJoin(halls, eq(halls.id, zones.hallId))
    .where(eq(halls.centerId, centerId))
    .orderBy(asc(zones.floor), asc(zones.sortOrder));
}

export function listWindowsOfCenter(db: Executor, centerId: string) {
  return db
    .select({
      id: windows.id,
      zoneId: windows.zoneId,
      number: windows.number,
      name: windows.name,
      kind: windows.kind,
      departmentId: windows.departmentId,
      departmentName: departments.name,
      isOpen: windows.isOpen,
    })
    .from(windows)
    .leftJoin(departments, eq(departments.id, windows.departmentId))
    .where(eq(windows.centerId, centerId))
    .orderBy(asc(windows.zoneId));
}

export function listDepartments(db: Executor) {
  return db
    .select({
      id: departments.id,
      regionCode: departments.regionCode,
      name: departments.name,
      shortName: departments.shortName,
      stationingMode: departments.stationingMode,
      phone: departments.phone,
    })
    .from(departments)
    .orderBy(asc(departments.sortOrder), asc(departments.name));
}

export function listRegions(db: Executor) {
  return db.select().from(regions).orderBy(asc(regions.code));
}
