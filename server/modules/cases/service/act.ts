import type { Tx } from '../../../db/connection.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { StaffActor } from '../../../platform/policy.ts';
import { transact } from '../../../platform/transaction.ts';
import { assertCan, type CaseAction } from '../policy.ts';
import type { CaseRow } from '../store.ts';
import { lockForChange, type WriteMeta } from './common.ts';
import { presentCase } from './read.ts';

/**
 * One staff action on one case, the shape of every case write: lock the row (and check the version
 * the page showed), ask the policy for `action` (null when the work asks it itself), do the work, and
 * answer with the case as it is now — one transaction, replayed as it was for a repeated key.
 */
export function actOnCase(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  action: CaseAction | null,
  options: { expectedVersion?: number; meta: WriteMeta },
  work: (tx: Tx, row: CaseRow) => Promise<unknown>,
) {
  return transact(
    ctx,
    async (tx) => {
      const row = await lockForChange(tx, id, options.expectedVersion);
      if (action) assertCan(actor, action, row);
      await work(tx, row);
      return presentCase(ctx, tx, actor, id);
    },
    options.meta.idempotency,
  );
}
