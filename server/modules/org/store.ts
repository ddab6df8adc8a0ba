import { and, asc, count, eq, inArray, isNotNull, max, ne, or, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/connection.ts';
import { centers, departments, halls, regions, windowItems, windows, zones } from './schema.ts';
import { staff } from '../../platform/schema.ts';
import { withinRegionOf } from '../../platform/policy.ts';

/** A caller's region: rows outside its subtree are not found. */
export interface Scope {
  regionCode: string;
}

// ---------------------------------------------------------------------------------------------
// Public reads
// ---------------------------------------------------------------------------------------------

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
    .where(eq(halls.centerId, centerId))
    .orderBy(asc(halls.id));
}

export function listZonesOfCenter(db: Executor, centerId: string) {
  return db
    .select({
      id: zones.id,
      hallId: zones.hallId,
      name: zones.name,
      floor: zones.floor,
      sortOrder: zones.sortOrder,
    })
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
      sortOrder: departments.sortOrder,
    })
    .from(departments)
    .orderBy(asc(departments.regionCode), asc(departments.sortOrder), asc(departments.name));
}

export function listRegions(db: Executor) {
  return db.select().from(regions).orderBy(asc(regions.code));
}

// ---------------------------------------------------------------------------------------------
// Rows within a caller's regions, for writes
// ---------------------------------------------------------------------------------------------

export async function findRegion(db: Executor, code: string, scope?: Scope) {
  const [row] = await db
    .select()
    .from(regions)
    .where(and(eq(regions.code, code), scope ? withinRegionOf(regions.code, scope) : undefined));
  return row ?? null;
}

export async function findSiblingRegionByName(db: Executor, parentCode: string, name: string) {
  const [row] = await db
    .select()
    .from(regions)
    .where(and(eq(regions.parentCode, parentCode), eq(regions.name, name)));
  return row ?? null;
}

export async function findCenter(db: Executor, id: string, scope: Scope) {
  const [row] = await db
    .select()
    .from(centers)
    .where(and(eq(centers.id, id), withinRegionOf(centers.regionCode, scope)));
  return row ?? null;
}

export async function findCenterOfRegion(
  db: Executor,
  regionCode: string,
  kind: (typeof centers.$inferSelect)['kind'],
) {
  const [row] = await db
    .select()
    .from(centers)
    .where(and(eq(centers.regionCode, regionCode), eq(centers.kind, kind)));
  return row ?? null;
}

export async function highestZoneFloor(db: Executor, hall: { regionCode: string; id: string }) {
  const [row] = await db
    .select({ floor: max(zones.floor) })
    .from(zones)
    .where(and(eq(zones.regionCode, hall.regionCode), eq(zones.hallId, hall.id)));
  return row?.floor ?? null;
}

export async function findZoneByName(
  db: Executor,
  hall: { regionCode: string; id: string },
  name: string,
  exceptId?: string,
) {
  const [row] = await db
    .select({ id: zones.id })
    .from(zones)
    .where(
      and(
        eq(zones.regionCode, hall.regionCode),
        eq(zones.hallId, hall.id),
        eq(zones.name, name),
        exceptId ? ne(zones.id, exceptId) : undefined,
      ),
    );
  return row ?? null;
}

export async function nextZoneSortOrder(db: Executor, hall: { regionCode: string; id: string }) {
  const [row] = await db
    .select({ last: max(zones.sortOrder) })
    .from(zones)
    .where(and(eq(zones.regionCode, hall.regionCode), eq(zones.hallId, hall.id)));
  return (row?.last ?? -1) + 1;
}

export async function countWindowsInZone(db: Executor, zone: { regionCode: string; id: string }) {
  const [row] = await db
    .select({ count: count() })
    .from(windows)
    .where(and(eq(windows.regionCode, zone.regionCode), eq(windows.zoneId, zone.id)));
  return Number(row?.count ?? 0);
}

export async function findWindow(db: Executor, id: string, scope: Scope) {
  const [row] = await db
    .select()
    .from(windows)
    .where(and(eq(windows.id, id), withinRegionOf(windows.regionCode, scope)));
  return row ?? null;
}

/** The open windows that accept an item, with their center, hall and zone, for its service guide. */
export function listOpenWindowsAccepting(db: Executor, item: { regionCode: string; id: string }) {
  return db
    .select({
      centerId: centers.id,
      centerName: centers.name,
      address: centers.address,
      openingHours: centers.openingHours,
      hallName: halls.name,
      floor: zones.floor,
      zoneName: zones.name,
      number: windows.number,
      windowName: windows.name,
    })
    .from(windowItems)
    .innerJoin(
      windows,
      and(eq(windows.regionCode, windowItems.regionCode), eq(windows.id, windowItems.windowId)),
    )
    .innerJoin(centers, and(eq(centers.regionCode, windows.regionCode), eq(centers.id, windows.centerId)))
    .leftJoin(zones, and(eq(zones.regionCode, windows.regionCode), eq(zones.id, windows.zoneId)))
    .leftJoin(halls, and(eq(halls.regionCode, zones.regionCode), eq(halls.id, zones.hallId)))
    .where(
      and(
        eq(windowItems.itemRegionCode, item.regionCode),
        eq(windowItems.itemId, item.id),
        eq(windows.isOpen, true),
      ),
    )
    .orderBy(asc(centers.regionCode), asc(windows.number));
}

/** The open window a staff member is on duty at, if any. */
export async function findWindowOnDuty(db: Executor, staffId: string) {
  const [row] = await db
    .select({
      regionCode: windows.regionCode,
      id: windows.id,
      centerId: windows.centerId,
      number: windows.number,
      kind: windows.kind,
    })
    .from(windows)
    .where(and(eq(windows.onDutyStaffId, staffId), eq(windows.isOpen, true)))
    .limit(1);
  return row;
}

/** The keys of the items a window accepts. */
export function listWindowItemKeys(db: Executor, window: { regionCode: string; id: string }) {
  return db
    .select({ regionCode: windowItems.itemRegionCode, id: windowItems.itemId })
    .from(windowItems)
    .where(and(eq(windowItems.regionCode, window.regionCode), eq(windowItems.windowId, window.id)));
}

export async function findWindowByNumber(
  db: Executor,
  center: { regionCode: string; id: string },
  number: string,
  exceptId?: string,
) {
  const [row] = await db
    .select({ id: windows.id })
    .from(windows)
    .where(
      and(
        eq(windows.regionCode, center.regionCode),
        eq(windows.centerId, center.id),
        eq(windows.number, number),
        exceptId ? ne(windows.id, exceptId) : undefined,
      ),
    );
  return row ?? null;
}

/** The windows a staff member is on duty at (at most one while the rules hold). */
export function listWindowsWithStaffOnDuty(db: Executor, staffId: string) {
  return db.select().from(windows).where(eq(windows.onDutyStaffId, staffId));
}

export async function findDepartment(db: Executor, id: string, scope?: Scope) {
  const [row] = await db
    .select()
    .from(departments)
    .where(and(eq(departments.id, id), scope ? withinRegionOf(departments.regionCode, scope) : undefined));
  return row ?? null;
}

export async function findDepartmentByName(
  db: Executor,
  regionCode: string,
  name: string,
  exceptId?: string,
) {
  const [row] = await db
    .select({ id: departments.id })
    .from(departments)
    .where(
      and(
        eq(departments.regionCode, regionCode),
        eq(departments.name, name),
        exceptId ? ne(departments.id, exceptId) : undefined,
      ),
    );
  return row ?? null;
}

export async function nextDepartmentSortOrder(db: Executor, regionCode: string) {
  const [row] = await db
    .select({ last: max(departments.sortOrder) })
    .from(departments)
    .where(eq(departments.regionCode, regionCode));
  return (row?.last ?? -1) + 1;
}

export async function findStaff(db: Executor, id: string, scope: Scope) {
  const [row] = await db
    .select()
    .from(staff)
    .where(and(eq(staff.id, id), withinRegionOf(staff.regionCode, scope)));
  return row ?? null;
}

/** Locks the staff row until the transaction ends, so two duty assignments of one person queue up. */
export async function lockStaff(tx: Tx, id: string) {
  const [row] = await tx.select().from(staff).where(eq(staff.id, id)).for('update');
  return row ?? null;
}

// ---------------------------------------------------------------------------------------------
// Locks: a write reads the row it changes under its lock, so concurrent writes queue up and each
// checks the state the one before it left
// ---------------------------------------------------------------------------------------------

/** A region, and writes of names among its children (a parent is locked while a child is named). */
export async function lockRegion(tx: Tx, code: string, scope?: Scope) {
  const [row] = await tx
    .select()
    .from(regions)
    .where(and(eq(regions.code, code), scope ? withinRegionOf(regions.code, scope) : undefined))
    .for('update');
  return row ?? null;
}

export async function lockCenter(tx: Tx, id: string, scope: Scope) {
  const [row] = await tx
    .select()
    .from(centers)
    .where(and(eq(centers.id, id), withinRegionOf(centers.regionCode, scope)))
    .for('update');
  return row ?? null;
}

/** A hall: its floor count and the floors of its zones change one writer at a time. */
export async function lockHall(tx: Tx, id: string, scope: Scope) {
  const [row] = await tx
    .select()
    .from(halls)
    .where(and(eq(halls.id, id), withinRegionOf(halls.regionCode, scope)))
    .for('update');
  return row ?? null;
}

/** A zone and its hall (whose floor count bounds the zone's floor), with the hall's center. */
export async function lockZone(tx: Tx, id: string, scope: Scope) {
  const [row] = await tx
    .select({ zone: zones, centerId: halls.centerId, floorCount: halls.floorCount })
    .from(zones)
    .innerJoin(halls, and(eq(halls.regionCode, zones.regionCode), eq(halls.id, zones.hallId)))
    .where(and(eq(zones.id, id), withinRegionOf(zones.regionCode, scope)))
    .for('update');
  return row ?? null;
}

export async function lockWindow(tx: Tx, id: string, scope: Scope) {
  const [row] = await tx
    .select()
    .from(windows)
    .where(and(eq(windows.id, id), withinRegionOf(windows.regionCode, scope)))
    .for('update');
  return row ?? null;
}

export async function lockDepartment(tx: Tx, id: string, scope: Scope) {
  const [row] = await tx
    .select()
    .from(departments)
    .where(and(eq(departments.id, id), withinRegionOf(departments.regionCode, scope)))
    .for('update');
  return row ?? null;
}

/**
 * Staff an org admin works with: accounts of their regions and anyone assigned to one of their
 * centers, with the window each is on duty at.
 */
export async function listStaffForOrg(db: Executor, scope: Scope, centerId?: string) {
  const centerIds = db
    .select({ id: centers.id })
    .from(centers)
    .where(withinRegionOf(centers.regionCode, scope));
  const inScope: SQL = or(withinRegionOf(staff.regionCode, scope), inArray(staff.centerId, centerIds))!;
  const rows = await db
    .select({
      id: staff.id,
      regionCode: staff.regionCode,
      username: staff.username,
      displayName: staff.displayName,
      roles: staff.roles,
      centerId: staff.centerId,
      departmentId: staff.departmentId,
      isActive: staff.isActive,
    })
    .from(staff)
    .where(and(inScope, centerId ? eq(staff.centerId, centerId) : undefined))
    .orderBy(asc(staff.username));
  const duty = await db
    .select({ windowId: windows.id, staffId: windows.onDutyStaffId })
    .from(windows)
    .where(and(isNotNull(windows.onDutyStaffId), withinRegionOf(windows.regionCode, scope)));
  const windowOf = new Map(duty.map((d) => [d.staffId, d.windowId]));
  return rows.map((row) => ({ ...row, onDutyWindowId: windowOf.get(row.id) ?? null }));
}

/** The regions that have a center, each once. */
export async function listCenterRegionCodes(db: Executor): Promise<string[]> {
  return (await db.selectDistinct({ code: centers.regionCode }).from(centers)).map((row) => row.code);
}
