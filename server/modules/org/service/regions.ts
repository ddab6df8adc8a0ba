import { eq } from 'drizzle-orm';
import { checkChildRegion } from '../../../../domain/org/index.ts';
import { regions } from '../schema.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { withUniqueConflicts } from '../../../platform/conflicts.ts';
import { assertCan, type StaffActor } from '../../../platform/policy.ts';
import { transact } from '../../../platform/transaction.ts';
import * as store from '../store.ts';
import { clean, presentRegion, recordOrgChange, type WriteMeta } from './shared.ts';

const regionExists = (code: string) => new AppError('REGION_EXISTS', `行政区划代码 ${code} 已存在`);
const nameTaken = (name: string) => new AppError('REGION_NAME_TAKEN', `同一上级区划下已有「${name}」`);

/** Adds a township under a county, or a village under a township, of the caller's regions. */
export async function createRegion(
  ctx: AppContext,
  actor: StaffActor,
  input: { parentCode: string; code: string; name: string; level: 'township' | 'village' },
  meta: WriteMeta,
) {
  assertCan(actor, 'org.manage');
  const parent = await store.findRegion(ctx.db, input.parentCode, actor);
  if (!parent) throw new AppError('NOT_FOUND', '未找到上级行政区划');
  const problem = checkChildRegion({ code: input.code, level: input.level, parent });
  if (problem) throw new AppError(problem.code, problem.message);
  const name = clean(input.name);
  return transact(
    ctx,
    async (tx) => {
      // Children are named under the parent's lock: two new siblings cannot take one name.
      await store.lockRegion(tx, parent.code);
      if (await store.findRegion(tx, input.code)) throw regionExists(input.code);
      if (await store.findSiblingRegionByName(tx, parent.code, name)) throw nameTaken(name);
      const [row] = await withUniqueConflicts(
        () =>
          tx
            .insert(regions)
            .values({ code: input.code, name, level: input.level, parentCode: parent.code })
            .returning(),
        { regions_pkey: () => regionExists(input.code) },
      );
      const region = presentRegion(row!);
      recordOrgChange(tx, ctx, actor, meta, {
        action: 'org.region.created',
        targetType: 'region',
        targetId: region.code,
        regionCode: region.code,
        after: region,
        summary: `在${parent.name}下新增${region.name}（${region.code}）`,
        payload: { code: region.code },
      });
      return region;
    },
    meta.idempotency,
    { status: 201 },
  );
}

export async function renameRegion(
  ctx: AppContext,
  actor: StaffActor,
  code: string,
  input: { name: string },
  meta: WriteMeta,
) {
  assertCan(actor, 'org.manage');
  const found = await store.findRegion(ctx.db, code, actor);
  if (!found) throw new AppError('NOT_FOUND', '未找到该行政区划');
  const name = clean(input.name);
  return transact(ctx, async (tx) => {
    // Parent first, then the region: the order every naming write takes its locks in.
    if (found.parentCode) await store.lockRegion(tx, found.parentCode);
    const region = (await store.lockRegion(tx, code))!;
    const sibling = region.parentCode
      ? await store.findSiblingRegionByName(tx, region.parentCode, name)
      : null;
    if (sibling && sibling.code !== region.code) throw nameTaken(name);
    const [row] = await tx.update(regions).set({ name }).where(eq(regions.code, code)).returning();
    const after = presentRegion(row!);
    recordOrgChange(tx, ctx, actor, meta, {
      action: 'org.region.renamed',
      targetType: 'region',
      targetId: code,
      regionCode: code,
      before: presentRegion(region),
      after,
      summary: `行政区划 ${code} 由「${region.name}」更名为「${after.name}」`,
      payload: { code },
    });
    return after;
  });
}
