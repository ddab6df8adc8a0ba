import {
  itemLifecycleState,
  itemRefusals,
  type ItemEvent,
  type ItemRefusal,
  type RevisionFacts,
} from '../../../domain/catalog/index.ts';
import { AppError } from '../../platform/errors.ts';
import { can as hasPermission, isWithinRegion, type StaffActor } from '../../platform/policy.ts';

/*
 * Who may do what to a service item: the role's permission, the item inside the caller's regions, and
 * the item's lifecycle state (domain/catalog/lifecycle.ts). Every catalog use case asks here first;
 * responses carry the answer for each action so the admin UI never works it out again.
 */

export const ITEM_ACTIONS = ['editDraft', 'publish', 'discardDraft', 'abolish', 'delegate'] as const;
export type ItemAction = (typeof ITEM_ACTIONS)[number];

const EVENT_OF: Record<ItemAction, ItemEvent> = {
  editDraft: 'save_draft',
  publish: 'publish',
  discardDraft: 'discard_draft',
  abolish: 'abolish',
  delegate: 'delegate',
};

/** What a decision looks at: the item's region and, for state, its revisions (newest first). */
export interface ItemRecord {
  regionCode: string;
  revisions: readonly RevisionFacts[];
}

export type ItemDecision =
  | { allowed: true }
  | { allowed: false; reason: 'forbidden' | 'out_of_scope' }
  | { allowed: false; reason: 'state'; refusal: ItemRefusal };

export function decide(actor: StaffActor, action: ItemAction | 'read', item: ItemRecord): ItemDecision {
  if (!isWithinRegion(item.regionCode, actor.regionCode)) return { allowed: false, reason: 'out_of_scope' };
  if (action === 'read') {
    return hasPermission(actor, 'catalog.read') ? { allowed: true } : { allowed: false, reason: 'forbidden' };
  }
  if (!hasPermission(actor, 'catalog.manage')) return { allowed: false, reason: 'forbidden' };
  const refusal = itemRefusals(itemLifecycleState(item.revisions))[EVENT_OF[action]];
  return refusal ? { allowed: false, reason: 'state', refusal } : { allowed: true };
}

export function can(actor: StaffActor, action: ItemAction | 'read', item: ItemRecord): boolean {
  return decide(actor, action, item).allowed;
}

/** Throws what the caller should hear: 404 outside their regions, 403 without the right, 409 for the state. */
export function assertCan(actor: StaffActor, action: ItemAction | 'read', item: ItemRecord): void {
  const decision = decide(actor, action, item);
  if (decision.allowed) return;
  switch (decision.reason) {
    case 'out_of_scope':
      throw new AppError('NOT_FOUND', '未找到该事项');
    case 'forbidden':
      throw new AppError('FORBIDDEN', '您没有执行此操作的权限');
    case 'state':
      throw new AppError(decision.refusal.code, decision.refusal.message);
    default: {
      const unreachable: never = decision;
      throw new Error(`unknown decision ${JSON.stringify(unreachable)}`);
    }
  }
}

/** For a response: each action the caller may take now, and why the state refuses the others. */
export function presentActions(actor: StaffActor, item: ItemRecord) {
  const actions = {} as Record<ItemAction, boolean>;
  const refusals: Partial<Record<ItemAction, string>> = {};
  for (const action of ITEM_ACTIONS) {
    const decision = decide(actor, action, item);
    actions[action] = decision.allowed;
    if (!decision.allowed && decision.reason === 'state') refusals[action] = decision.refusal.message;
  }
  return { actions, refusals };
}
