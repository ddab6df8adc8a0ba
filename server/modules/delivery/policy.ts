import { isFinished, type ShipmentStatus } from '../../../domain/delivery/index.ts';
import { AppError } from '../../platform/errors.ts';
import { can as hasPermission, isWithinRegion, type StaffActor } from '../../platform/policy.ts';

/*
 * Who may do what to a shipment: the role's permission, the shipment inside the caller's regions, and
 * its status. Every delivery use case asks here first; responses carry the answer for each action.
 */

export const SHIPMENT_ACTIONS = ['refresh', 'printSlip'] as const;
export type ShipmentAction = (typeof SHIPMENT_ACTIONS)[number];

export interface ShipmentRecord {
  regionCode: string;
  status: ShipmentStatus;
}

type Refusal = { code: 'SHIPMENT_NOT_BOOKED' | 'SHIPMENT_FINISHED'; message: string };

export type ShipmentDecision =
  | { allowed: true }
  | { allowed: false; reason: 'forbidden' | 'out_of_scope' }
  | { allowed: false; reason: 'state'; refusal: Refusal };

const PERMISSION_OF = {
  read: 'delivery.read',
  refresh: 'delivery.refresh',
  printSlip: 'delivery.print',
} as const;

function refusalOf(action: ShipmentAction | 'read', status: ShipmentStatus): Refusal | null {
  if (action !== 'refresh') return null;
  if (status === 'pending' || status === 'booking_failed') {
    return { code: 'SHIPMENT_NOT_BOOKED', message: '尚未向承运商下单成功，暂无物流信息' };
  }
  if (isFinished(status)) {
    return { code: 'SHIPMENT_FINISHED', message: '该邮件已签收或退回，物流信息不再更新' };
  }
  return null;
}

export function decide(
  actor: StaffActor,
  action: ShipmentAction | 'read',
  shipment: ShipmentRecord,
): ShipmentDecision {
  if (!isWithinRegion(shipment.regionCode, actor.regionCode))
    return { allowed: false, reason: 'out_of_scope' };
  if (!hasPermission(actor, PERMISSION_OF[action])) return { allowed: false, reason: 'forbidden' };
  const refusal = refusalOf(action, shipment.status);
  return refusal ? { allowed: false, reason: 'state', refusal } : { allowed: true };
}

/** Throws what the caller should hear: 404 outside their regions, 403 without the right, 409 for the state. */
export function assertCan(
  actor: StaffActor,
  action: ShipmentAction | 'read',
  shipment: ShipmentRecord,
): void {
  const decision = decide(actor, action, shipment);
  if (decision.allowed) return;
  switch (decision.reason) {
    case 'out_of_scope':
      throw new AppError('NOT_FOUND', '未找到该寄送记录');
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

/** Whether the caller sees the recipient's mobile and street address whole (else masked). */
export function mayReadRecipient(actor: StaffActor): boolean {
  return hasPermission(actor, 'delivery.recipient.read_full');
}

/** For a response: each action the caller may take now, and why the state refuses the others. */
export function presentActions(actor: StaffActor, shipment: ShipmentRecord) {
  const actions = {} as Record<ShipmentAction, boolean>;
  const refusals: Partial<Record<ShipmentAction, string>> = {};
  for (const action of SHIPMENT_ACTIONS) {
    const decision = decide(actor, action, shipment);
    actions[action] = decision.allowed;
    if (!decision.allowed && decision.reason === 'state') refusals[action] = decision.refusal.message;
  }
  return { actions, refusals };
}
