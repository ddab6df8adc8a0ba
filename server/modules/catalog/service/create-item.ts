import type { ItemContent } from '../../../../domain/catalog/index.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { assertCan, type StaffActor } from '../../../platform/policy.ts';
import { transact } from '../../../platform/transaction.ts';
import { findDepartmentInScope } from '../../org/index.ts';
import { presentItem } from './read-items.ts';
import {
  assertCode,
  assertValidContent,
  insertItem,
  recordCatalogChange,
  type WriteMeta,
} from './revisions.ts';

export interface NewItem {
  regionCode?: string;
  departmentId: string;
  implementationCode: string;
  hotRank?: number | null;
  content: ItemContent;
}

/** Creates an item with its first revision as a draft (新增, not yet published). */
export async function createItem(ctx: AppContext, actor: StaffActor, input: NewItem, meta: WriteMeta) {
  assertCan(actor, 'catalog.manage');
  // The item belongs to its department's region unless the caller names the region.
  const department = await findDepartmentInScope(ctx.db, actor, input.departmentId, input.regionCode);
  if (!department) throw new AppError('NOT_FOUND', '您管辖的区划下没有这个部门');
  const regionCode = department.regionCode;
  assertCode(input.implementationCode);
  await assertValidContent(ctx.db, input.content);
  return transact(
    ctx,
    async (tx) => {
      const id = await insertItem(tx, ctx, actor, {
        regionCode,
        implementationCode: input.implementationCode,
        department,
        hotRank: input.hotRank ?? null,
        content: input.content,
      });
      recordCatalogChange(tx, ctx, actor, meta, {
        action: 'catalog.item.created',
        targetType: 'item',
        targetId: id,
        regionCode,
        after: { implementationCode: input.implementationCode, content: input.content },
        summary: `新增事项草稿「${input.content.name}」（${input.implementationCode}）`,
        payload: { itemId: id, regionCode },
      });
      return presentItem(ctx, tx, actor, id);
    },
    meta.idempotency,
    { status: 201 },
  );
}
