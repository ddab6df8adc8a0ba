import { v7 as uuidv7 } from 'uuid';
import type { IsoDate } from '../../../../domain/calendar/index.ts';
import type { Tx } from '../../../db/connection.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { isWithinRegion, type StaffActor } from '../../../platform/policy.ts';
import { transact } from '../../../platform/transaction.ts';
import { findDepartmentInRegion, findRegion, type RegionRecord } from '../../org/index.ts';
import { findItemInScope, presentItem } from './read-items.ts';
import {
  assertCode,
  closingRevision,
  insertItem,
  lockItemFor,
  recordCatalogChange,
  type LockedItem,
  type WriteMeta,
} from './revisions.ts';

/** 取消: from the effective date the item takes no new applications; cases already accepted continue. */
export async function abolishItem(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: { effectiveOn: IsoDate; reason: string },
  meta: WriteMeta,
) {
  const { item } = await findItemInScope(ctx.db, actor, id);
  return transact(
    ctx,
    async (tx) => {
      const locked = await lockItemFor(tx, actor, 'abolish', item);
      const latest = await closingRevision(tx, ctx, actor, locked, input, 'abolished');
      recordCatalogChange(tx, ctx, actor, meta, {
        action: 'catalog.item.abolished',
        targetType: 'item',
        targetId: item.id,
        regionCode: item.regionCode,
        before: latest.content,
        summary: `取消事项「${latest.name}」，${input.effectiveOn} 起生效：${input.reason.trim()}`,
        payload: { itemId: item.id, regionCode: item.regionCode, effectiveOn: input.effectiveOn },
      });
      return presentItem(ctx, tx, actor, id);
    },
    meta.idempotency,
  );
}

export const LEVEL_OF_REGION = { province: 2, city: 3, county: 4, township: 5, village: 6 } as const;

/** The delegation itself, on a locked item: the closing revision and the receiving item. */
export async function delegateInTransaction(
  tx: Tx,
  ctx: AppContext,
  actor: StaffActor,
  locked: LockedItem,
  target: RegionRecord,
  department: { id: string; name: string },
  input: { effectiveOn: IsoDate; reason: string; implementationCode: string },
) {
  const newId = uuidv7();
  const latest = await closingRevision(tx, ctx, actor, locked, input, 'delegated', {
    regionCode: target.code,
    itemId: newId,
  });
  await insertItem(tx, ctx, actor, {
    id: newId,
    regionCode: target.code,
    implementationCode: input.implementationCode,
    department,
    hotRank: null,
    content: { ...latest.content, exerciseLevel: LEVEL_OF_REGION[target.level] },
    delegatedFrom: locked.item,
    published: { effectiveOn: input.effectiveOn, reason: `承接下放：${input.reason.trim()}` },
  });
  return { latest, newId };
}

/**
 * 下放: the item is implemented by a region below from the effective date. The source item's last
 * revision records where it went; the receiving region gets its own item, published from the same day,
 * with the same content at its exercise level.
 */
export async function delegateItem(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: {
    effectiveOn: IsoDate;
    reason: string;
    toRegionCode: string;
    toDepartmentId: string;
    implementationCode: string;
  },
  meta: WriteMeta,
) {
  const { item } = await findItemInScope(ctx.db, actor, id);
  const target = await findRegion(ctx.db, input.toRegionCode);
  if (!target || target.code === item.regionCode || !isWithinRegion(target.code, item.regionCode)) {
    throw new AppError('ITEM_DELEGATION_INVALID', '只能下放给本区划的下级区划');
  }
  const department = await findDepartmentInRegion(ctx.db, target.code, input.toDepartmentId);
  if (!department) throw new AppError('NOT_FOUND', '承接区划下没有这个部门');
  assertCode(input.implementationCode);
  return transact(
    ctx,
    async (tx) => {
      const locked = await lockItemFor(tx, actor, 'delegate', item);
      const { latest, newId } = await delegateInTransaction(
        tx,
        ctx,
        actor,
        locked,
        target,
        department,
        input,
      );
      recordCatalogChange(tx, ctx, actor, meta, {
        action: 'catalog.item.delegated',
        targetType: 'item',
        targetId: item.id,
        regionCode: item.regionCode,
        before: latest.content,
        after: { toRegionCode: target.code, toItemId: newId, implementationCode: input.implementationCode },
        summary: `事项「${latest.name}」下放至${target.name}，${input.effectiveOn} 起生效：${input.reason.trim()}`,
        payload: {
          itemId: item.id,
          regionCode: item.regionCode,
          toRegionCode: target.code,
          toItemId: newId,
        },
      });
      return presentItem(ctx, tx, actor, id);
    },
    meta.idempotency,
  );
}
