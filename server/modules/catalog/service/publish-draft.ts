import type { IsoDate } from '../../../../domain/calendar/index.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { StaffActor } from '../../../platform/policy.ts';
import { transact } from '../../../platform/transaction.ts';
import { findItemInScope, presentItem } from './read-items.ts';
import {
  assertChangeAllowed,
  assertValidContent,
  draftOf,
  latestPublished,
  lockItemFor,
  publish,
  recordCatalogChange,
  type WriteMeta,
} from './revisions.ts';

/**
 * Publishes the draft with an effective date. The previous published revision stays in force until
 * that date and is superseded from it.
 */
export async function publishDraft(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: { effectiveOn: IsoDate; reason?: string | null },
  meta: WriteMeta,
) {
  const { item } = await findItemInScope(ctx.db, actor, id);
  return transact(
    ctx,
    async (tx) => {
      const locked = await lockItemFor(tx, actor, 'publish', item);
      assertChangeAllowed(ctx, locked.revisions, 'publish', input);
      const draft = draftOf(locked.revisions)!;
      const latest = latestPublished(locked.revisions);
      await assertValidContent(tx, draft.content);
      await publish(tx, ctx, actor, locked.item, latest, {
        revisionId: draft.id,
        effectiveOn: input.effectiveOn,
        reason: input.reason?.trim() || null,
      });
      recordCatalogChange(tx, ctx, actor, meta, {
        action: 'catalog.revision.published',
        targetType: 'item',
        targetId: item.id,
        regionCode: item.regionCode,
        before: latest?.content ?? null,
        after: draft.content,
        summary: `发布事项「${draft.name}」第 ${draft.version} 版，${input.effectiveOn} 起生效`,
        payload: {
          itemId: item.id,
          regionCode: item.regionCode,
          version: draft.version,
          effectiveOn: input.effectiveOn,
        },
      });
      return presentItem(ctx, tx, actor, id);
    },
    meta.idempotency,
  );
}
