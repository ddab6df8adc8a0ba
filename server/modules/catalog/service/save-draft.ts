import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { ItemContent } from '../../../../domain/catalog/index.ts';
import { itemRevisions } from '../schema.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import type { StaffActor } from '../../../platform/policy.ts';
import { transact } from '../../../platform/transaction.ts';
import { findDepartmentInScope } from '../../org/index.ts';
import * as store from '../store.ts';
import { findItemInScope, presentItem } from './read-items.ts';
import {
  assertValidContent,
  draftOf,
  lockItemFor,
  recordCatalogChange,
  revisionColumns,
  type WriteMeta,
} from './revisions.ts';

/**
 * Saves the item's draft: the first edit after publishing starts a new revision (调整). The caller
 * sends the item version it edited; if another admin saved or published meanwhile, the save is
 * refused (409) instead of silently overwriting their work.
 */
export async function saveDraft(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: { content: ItemContent; expectedVersion: number; departmentId?: string; hotRank?: number | null },
  meta: WriteMeta,
) {
  const { item, departmentName: currentDepartmentName } = await findItemInScope(ctx.db, actor, id);
  let departmentName = currentDepartmentName;
  if (input.departmentId && input.departmentId !== item.departmentId) {
    const department = await findDepartmentInScope(ctx.db, actor, input.departmentId, item.regionCode);
    if (!department) throw new AppError('NOT_FOUND', '该区划下没有这个部门');
    departmentName = department.name;
  }
  await assertValidContent(ctx.db, input.content);
  return transact(
    ctx,
    async (tx) => {
      const { revisions } = await lockItemFor(tx, actor, 'editDraft', item, input.expectedVersion);
      const draft = draftOf(revisions);
      const columns = revisionColumns(input.content, item.implementationCode, departmentName);
      if (draft) {
        await tx
          .update(itemRevisions)
          .set({ ...columns, createdBy: actor.id, createdAt: ctx.clock.now() })
          .where(and(eq(itemRevisions.regionCode, item.regionCode), eq(itemRevisions.id, draft.id)));
      } else {
        await tx.insert(itemRevisions).values({
          regionCode: item.regionCode,
          id: uuidv7(),
          itemId: item.id,
          version: revisions[0]!.version + 1,
          state: 'draft',
          changeKind: 'amended',
          ...columns,
          createdBy: actor.id,
          createdAt: ctx.clock.now(),
        });
      }
      await store.bumpItemVersion(tx, item, {
        ...(input.departmentId !== undefined ? { departmentId: input.departmentId } : {}),
        ...(input.hotRank !== undefined ? { hotRank: input.hotRank } : {}),
      });
      recordCatalogChange(tx, ctx, actor, meta, {
        action: 'catalog.draft.saved',
        targetType: 'item',
        targetId: item.id,
        regionCode: item.regionCode,
        before: draft?.content ?? null,
        after: input.content,
        summary: `保存事项「${input.content.name}」的草稿`,
        payload: { itemId: item.id, regionCode: item.regionCode },
      });
      return presentItem(ctx, tx, actor, id);
    },
    meta.idempotency,
  );
}
