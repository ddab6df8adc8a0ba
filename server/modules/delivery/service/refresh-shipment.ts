import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import type { StaffActor } from '../../../platform/policy.ts';
import { transact } from '../../../platform/transaction.ts';
import { CarrierError, type TrackingEvent } from '../carriers/carrier.ts';
import { carrierOf } from '../carriers/config.ts';
import { assertCan } from '../policy.ts';
import * as store from '../store.ts';
import { getShipment } from './read-shipments.ts';
import type { WriteMeta } from './shared.ts';
import { recordTrail } from './track-shipments.ts';

/**
 * 刷新物流: reads the trail from the carrier now, outside any transaction, then records what is new
 * under the shipment's lock. Two refreshes at once record each scan and each status change once.
 */
export async function refreshShipment(ctx: AppContext, actor: StaffActor, id: string, meta: WriteMeta) {
  const found = await store.findShipment(ctx.db, id, actor);
  if (!found) throw new AppError('NOT_FOUND', '未找到该寄送记录');
  assertCan(actor, 'refresh', found);
  let trail: TrackingEvent[];
  try {
    trail = await carrierOf(ctx).track(found.trackingNumber!);
  } catch (error) {
    if (!(error instanceof CarrierError)) throw error;
    throw new AppError('CARRIER_UNAVAILABLE', `暂时无法从承运商获取物流信息：${error.message}，请稍后再试`);
  }
  return transact(ctx, async (tx) => {
    await recordTrail(tx, ctx, found, trail, { actor, clientAddress: meta.clientAddress });
    return getShipment(ctx, actor, id, tx);
  });
}
