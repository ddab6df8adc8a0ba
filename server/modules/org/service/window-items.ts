import { and, eq } from 'drizzle-orm';
import { windowItems } from '../schema.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { assertCan, isWithinRegion, type StaffActor } from '../../../platform/policy.ts';
import { transact } from '../../../platform/transaction.ts';
import { todayIn } from '../../calendar/index.ts';
import { findItemKeys, listItemNamesInForce } from '../../catalog/index.ts';
import * as store from '../store.ts';
import { recordOrgChange, type WriteMeta } from './shared.ts';

/*
 * The items a window accepts (一窗受理: a general window accepts many departments' items). The links
 * are the organisation's; the items themselves are the catalog's, read through its functions.
 */

async function findWindowOrThrow(ctx: AppContext, actor: StaffActor, windowId: string) {
  const window = await store.findWindow(ctx.db, windowId, actor);
  if (!window) throw new AppError('NOT_FOUND', '未找到该窗口');
  return window;
}

export async function listWindowItems(ctx: AppContext, actor: StaffActor, windowId: string) {
  assertCan(actor, 'catalog.read');
  const window = await findWindowOrThrow(ctx, actor, windowId);
  const links = await store.listWindowItemKeys(ctx.db, window);
  return { windowId, items: await listItemNamesInForce(ctx.db, links, todayIn(ctx)) };
}

/** Replaces the whole set. Items must belong to the window's region, a region above it or below it. */
export async function setWindowItems(
  ctx: AppContext,
  actor: StaffActor,
  windowId: string,
  itemIds: string[],
  meta: WriteMeta,
) {
  assertCan(actor, 'org.manage');
  const window = await findWindowOrThrow(ctx, actor, windowId);
  const wanted = [...new Set(itemIds)];
  const usable = (await findItemKeys(ctx.db, wanted)).filter(
    (item) =>
      isWithinRegion(window.regionCode, item.regionCode) ||
      isWithinRegion(item.regionCode, window.regionCode),
  );
  if (usable.length !== wanted.length) {
    throw new AppError('NOT_FOUND', '部分事项不存在或不属于该窗口所在区划');
  }
  await transact(
    ctx,
    async (tx) => {
      // The window row stays locked: two admins setting one window's items are served in turn.
      await store.lockWindow(tx, window.id, actor);
      const before = await store.listWindowItemKeys(tx, window);
      await tx
        .delete(windowItems)
        .where(and(eq(windowItems.regionCode, window.regionCode), eq(windowItems.windowId, window.id)));
      if (usable.length) {
        await tx.insert(windowItems).values(
          usable.map((item) => ({
            regionCode: window.regionCode,
            windowId: window.id,
            itemRegionCode: item.regionCode,
            itemId: item.id,
          })),
        );
      }
      recordOrgChange(tx, ctx, actor, meta, {
        action: 'org.window.items_set',
        targetType: 'window',
        targetId: window.id,
        regionCode: window.regionCode,
        before: before.map((row) => row.id).sort(),
        after: wanted.sort(),
        summary: `设置 ${window.number} 号窗口可受理的事项（${wanted.length} 项）`,
        payload: { windowId: window.id, regionCode: window.regionCode },
      });
    },
    meta.idempotency,
  );
  return listWindowItems(ctx, actor, windowId);
}
