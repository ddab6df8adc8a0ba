import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { centerKindForLevel } from '../../../../domain/org/index.ts';
import { centers } from '../schema.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { withUniqueConflicts } from '../../../platform/conflicts.ts';
import { assertCan, type StaffActor } from '../../../platform/policy.ts';
import { transact } from '../../../platform/transaction.ts';
import * as store from '../store.ts';
import { clean, cleanOptional, presentCenter, recordOrgChange, type WriteMeta } from './shared.ts';

const CENTER_KIND_LABELS = {
  government_service_center: '政务服务中心',
  convenience_center: '便民服务中心',
  agency_point: '便民服务站',
} as const;

interface CenterFields {
  name: string;
  address: string;
  phone: string | null;
  openingHours: string;
}

/** A region's service site; its kind follows the region's level, one per region. */
export async function createCenter(
  ctx: AppContext,
  actor: StaffActor,
  input: CenterFields & { regionCode: string },
  meta: WriteMeta,
) {
  assertCan(actor, 'org.manage');
  const region = await store.findRegion(ctx.db, input.regionCode, actor);
  if (!region) throw new AppError('NOT_FOUND', '未找到该行政区划');
  const kind = centerKindForLevel(region.level);
  if (!kind) {
    throw new AppError('CENTER_REGION_LEVEL_INVALID', '只能为县、镇（乡、街道）或村（社区）设立服务中心');
  }
  const centerExists = () =>
    new AppError('CENTER_EXISTS', `${region.name}已设有${CENTER_KIND_LABELS[kind]}，每个区划只设一个`);
  return transact(
    ctx,
    async (tx) => {
      if (await store.findCenterOfRegion(tx, region.code, kind)) throw centerExists();
      const [row] = await withUniqueConflicts(
        () =>
          tx
            .insert(centers)
            .values({
              regionCode: region.code,
              id: uuidv7(),
              kind,
              name: clean(input.name),
              address: clean(input.address),
              phone: cleanOptional(input.phone) ?? null,
              openingHours: clean(input.openingHours),
            })
            .returning(),
        { centers_region_kind_uq: centerExists },
      );
      const center = presentCenter(row!, region.name);
      recordOrgChange(tx, ctx, actor, meta, {
        action: 'org.center.created',
        targetType: 'center',
        targetId: center.id,
        regionCode: center.regionCode,
        after: center,
        summary: `设立${CENTER_KIND_LABELS[kind]}「${center.name}」`,
        payload: { id: center.id },
      });
      return center;
    },
    meta.idempotency,
    { status: 201 },
  );
}

export async function updateCenter(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: Partial<CenterFields>,
  meta: WriteMeta,
) {
  assertCan(actor, 'org.manage');
  return transact(ctx, async (tx) => {
    const center = await store.lockCenter(tx, id, actor);
    if (!center) throw new AppError('NOT_FOUND', '未找到该服务中心');
    const region = (await store.findRegion(tx, center.regionCode))!;
    const [row] = await tx
      .update(centers)
      .set({
        ...(input.name !== undefined ? { name: clean(input.name) } : {}),
        ...(input.address !== undefined ? { address: clean(input.address) } : {}),
        ...(input.phone !== undefined ? { phone: cleanOptional(input.phone) ?? null } : {}),
        ...(input.openingHours !== undefined ? { openingHours: clean(input.openingHours) } : {}),
      })
      .where(and(eq(centers.regionCode, center.regionCode), eq(centers.id, id)))
      .returning();
    const after = presentCenter(row!, region.name);
    recordOrgChange(tx, ctx, actor, meta, {
      action: 'org.center.updated',
      targetType: 'center',
      targetId: id,
      regionCode: center.regionCode,
      before: presentCenter(center, region.name),
      after,
      summary: `修改服务中心「${after.name}」的基本信息`,
      payload: { id },
    });
    return after;
  });
}
