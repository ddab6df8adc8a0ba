import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { isFloorOfHall } from '../../../../domain/org/index.ts';
import { halls, zones } from '../schema.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { withUniqueConflicts } from '../../../platform/conflicts.ts';
import { assertCan, type StaffActor } from '../../../platform/policy.ts';
import { transact } from '../../../platform/transaction.ts';
import * as store from '../store.ts';
import { clean, presentHall, presentZone, recordOrgChange, type WriteMeta } from './shared.ts';

const zoneNameTaken = (name: string) => new AppError('ZONE_NAME_TAKEN', `该大厅已有功能区「${name}」`);

function assertFloor(floor: number, floorCount: number): void {
  if (!isFloorOfHall(floor, floorCount)) {
    throw new AppError('ZONE_FLOOR_INVALID', `该大厅共 ${floorCount} 层，楼层应在 1–${floorCount} 之间`);
  }
}

export async function createHall(
  ctx: AppContext,
  actor: StaffActor,
  centerId: string,
  input: { name: string; floorCount: number },
  meta: WriteMeta,
) {
  assertCan(actor, 'org.manage');
  const center = await store.findCenter(ctx.db, centerId, actor);
  if (!center) throw new AppError('NOT_FOUND', '未找到该服务中心');
  return transact(
    ctx,
    async (tx) => {
      const [row] = await tx
        .insert(halls)
        .values({
          regionCode: center.regionCode,
          id: uuidv7(),
          centerId: center.id,
          name: clean(input.name),
          floorCount: input.floorCount,
        })
        .returning();
      const hall = presentHall(row!);
      recordOrgChange(tx, ctx, actor, meta, {
        action: 'org.hall.created',
        targetType: 'hall',
        targetId: hall.id,
        regionCode: center.regionCode,
        after: hall,
        summary: `为「${center.name}」新增大厅「${hall.name}」（${hall.floorCount}层）`,
        payload: { id: hall.id, centerId: center.id },
      });
      return hall;
    },
    meta.idempotency,
    { status: 201 },
  );
}

export async function updateHall(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: { name?: string; floorCount?: number },
  meta: WriteMeta,
) {
  assertCan(actor, 'org.manage');
  return transact(ctx, async (tx) => {
    // Zones are added and moved under the hall's lock too, so the highest floor read here stays so.
    const hall = await store.lockHall(tx, id, actor);
    if (!hall) throw new AppError('NOT_FOUND', '未找到该大厅');
    if (input.floorCount !== undefined) {
      const highest = await store.highestZoneFloor(tx, hall);
      if (highest !== null && highest > input.floorCount) {
        throw new AppError(
          'HALL_FLOORS_IN_USE',
          `第 ${highest} 层还有功能区，楼层数不能少于 ${highest}；请先调整或删除这些功能区`,
        );
      }
    }
    const [row] = await tx
      .update(halls)
      .set({
        ...(input.name !== undefined ? { name: clean(input.name) } : {}),
        ...(input.floorCount !== undefined ? { floorCount: input.floorCount } : {}),
      })
      .where(and(eq(halls.regionCode, hall.regionCode), eq(halls.id, id)))
      .returning();
    const after = presentHall(row!);
    recordOrgChange(tx, ctx, actor, meta, {
      action: 'org.hall.updated',
      targetType: 'hall',
      targetId: id,
      regionCode: hall.regionCode,
      before: presentHall(hall),
      after,
      summary: `修改大厅「${after.name}」（${after.floorCount}层）`,
      payload: { id, centerId: hall.centerId },
    });
    return after;
  });
}

export async function createZone(
  ctx: AppContext,
  actor: StaffActor,
  hallId: string,
  input: { name: string; floor: number; sortOrder?: number },
  meta: WriteMeta,
) {
  assertCan(actor, 'org.manage');
  const name = clean(input.name);
  return transact(
    ctx,
    async (tx) => {
      const hall = await store.lockHall(tx, hallId, actor);
      if (!hall) throw new AppError('NOT_FOUND', '未找到该大厅');
      assertFloor(input.floor, hall.floorCount);
      if (await store.findZoneByName(tx, hall, name)) throw zoneNameTaken(name);
      const sortOrder = input.sortOrder ?? (await store.nextZoneSortOrder(tx, hall));
      const [row] = await withUniqueConflicts(
        () =>
          tx
            .insert(zones)
            .values({
              regionCode: hall.regionCode,
              id: uuidv7(),
              hallId: hall.id,
              name,
              floor: input.floor,
              sortOrder,
            })
            .returning(),
        { zones_hall_name_uq: () => zoneNameTaken(name) },
      );
      const zone = presentZone(row!);
      recordOrgChange(tx, ctx, actor, meta, {
        action: 'org.zone.created',
        targetType: 'zone',
        targetId: zone.id,
        regionCode: hall.regionCode,
        after: zone,
        summary: `在「${hall.name}」${zone.floor}楼新增功能区「${zone.name}」`,
        payload: { id: zone.id, hallId: hall.id, centerId: hall.centerId },
      });
      return zone;
    },
    meta.idempotency,
    { status: 201 },
  );
}

export async function updateZone(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: { name?: string; floor?: number; sortOrder?: number },
  meta: WriteMeta,
) {
  assertCan(actor, 'org.manage');
  const name = input.name !== undefined ? clean(input.name) : undefined;
  return transact(ctx, async (tx) => {
    const found = await store.lockZone(tx, id, actor);
    if (!found) throw new AppError('NOT_FOUND', '未找到该功能区');
    const { zone, floorCount, centerId } = found;
    if (input.floor !== undefined) assertFloor(input.floor, floorCount);
    const hall = { regionCode: zone.regionCode, id: zone.hallId };
    if (name !== undefined && (await store.findZoneByName(tx, hall, name, id))) throw zoneNameTaken(name);
    const [row] = await withUniqueConflicts(
      () =>
        tx
          .update(zones)
          .set({
            ...(name !== undefined ? { name } : {}),
            ...(input.floor !== undefined ? { floor: input.floor } : {}),
            ...(input.sortOrder !== undefined ? { sortOrder: input.sortOrder } : {}),
          })
          .where(and(eq(zones.regionCode, zone.regionCode), eq(zones.id, id)))
          .returning(),
      { zones_hall_name_uq: () => zoneNameTaken(name ?? zone.name) },
    );
    const after = presentZone(row!);
    recordOrgChange(tx, ctx, actor, meta, {
      action: 'org.zone.updated',
      targetType: 'zone',
      targetId: id,
      regionCode: zone.regionCode,
      before: presentZone(zone),
      after,
      summary: `修改功能区「${after.name}」（${after.floor}楼）`,
      payload: { id, hallId: zone.hallId, centerId },
    });
    return after;
  });
}

/** Deletes a zone that has no windows; windows are moved to another zone first. */
export async function deleteZone(ctx: AppContext, actor: StaffActor, id: string, meta: WriteMeta) {
  assertCan(actor, 'org.manage');
  await transact(ctx, async (tx) => {
    // Windows are added to a zone under its lock, so none arrives between this count and the delete.
    const found = await store.lockZone(tx, id, actor);
    if (!found) throw new AppError('NOT_FOUND', '未找到该功能区');
    const { zone, centerId } = found;
    const notEmpty = (count: number) =>
      new AppError('ZONE_NOT_EMPTY', `功能区「${zone.name}」还有 ${count} 个窗口，请先把窗口移到其他功能区`);
    const windowCount = await store.countWindowsInZone(tx, zone);
    if (windowCount > 0) throw notEmpty(windowCount);
    await tx.delete(zones).where(and(eq(zones.regionCode, zone.regionCode), eq(zones.id, id)));
    recordOrgChange(tx, ctx, actor, meta, {
      action: 'org.zone.deleted',
      targetType: 'zone',
      targetId: id,
      regionCode: zone.regionCode,
      before: presentZone(zone),
      summary: `删除功能区「${zone.name}」（${zone.floor}楼）`,
      payload: { id, hallId: zone.hallId, centerId },
    });
  });
}
