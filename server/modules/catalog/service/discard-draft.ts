import { and, eq } from 'drizzle-orm';
import { itemRevisions } from '../schema.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { StaffActor } from '../../../platform/policy.ts';
import { transact } from '../../../platform/transaction.ts';
import * as store from '../store.ts';
import { findItemInScope, presentItem } from './read-items.ts';
import { draftOf, lockItemFor, recordCatalogChange, type WriteMeta } from './revisions.ts';

/** Drops the draft of a published item; the revision in force stays as it is. */
export async function discardDraft(ctx: AppContext, actor: StaffActor, id: string, meta: WriteMeta) {
  const { item } = await findItemInScope(ctx.db, actor, id);
  return transact(
    ctx,
    async (tx) => {
      const { revisions } = await lockItemFor(tx, actor, 'discardDraft', item);
      const draft = draftOf(revisions)!;
      await tx
        .delete(itemRevisions)
        .where(and(eq(itemRevisions.regionCode, item.regionCode), eq(itemRevisions.id, draft.id)));
      await store.bumpItemVersion(tx, item);
      recordCatalogChange(tx, ctx, actor, meta, {
        action: 'catalog.draft.discarded',
        targetType: 'item',
        targetId: item.id,
        regionCode: item.regionCode,
        before: draft.content,
        summary: `放弃事项「${draft.name}」的草稿（第 ${draft.version} 版）`,
        payload: { itemId: item.id, regionCode: item.regionCode },
      });
      return presentItem(ctx, tx, actor, id);
    },
    meta.idempotency,
  );
}
