import { v7 as uuidv7 } from 'uuid';
import { isFinished, statusAfter, type ShipmentStatus } from '../../../../domain/delivery/index.ts';
import type { Tx } from '../../../db/connection.ts';
import type { AuditActor } from '../../../platform/audit.ts';
import type { AppContext } from '../../../platform/context.ts';
import { CarrierError, type TrackingEvent } from '../carriers/carrier.ts';
import { carrierOf } from '../carriers/config.ts';
import type { ShipmentTopic } from '../events.ts';
import * as store from '../store.ts';
import { recordShipmentChange, statusLabelOf } from './shared.ts';

const TRACKING_JOB = { kind: 'system', name: '物流跟踪' } as const;

const TOPIC_OF: Partial<Record<ShipmentStatus, ShipmentTopic>> = {
  delivered: 'delivery.shipment.delivered',
  delivery_failed: 'delivery.shipment.delivery_failed',
  returned: 'delivery.shipment.returned',
};

/**
 * Records a trail read from the carrier: each scan once (by its key, under the shipment's lock), the
 * status moved as the table allows (domain/delivery/status.ts), and one change record with its event
 * when the status moved — `delivery.shipment.delivered` exactly once, however many polls run at once.
 */
export async function recordTrail(
  tx: Tx,
  ctx: AppContext,
  key: store.ShipmentKey,
  trail: readonly TrackingEvent[],
  options: { actor: AuditActor; clientAddress?: string | null },
): Promise<store.ShipmentRow | null> {
  const shipment = await store.lockShipment(tx, key);
  if (!shipment || shipment.status === 'pending' || isFinished(shipment.status)) return shipment;
  const now = ctx.clock.now();
  const inserted = await store.insertEvents(
    tx,
    trail.map((event) => ({
      regionCode: shipment.regionCode,
      id: uuidv7(),
      shipmentId: shipment.id,
      eventKey: event.key,
      status: event.status,
      occurredAt: event.occurredAt,
      description: event.description,
      location: event.location,
      signedBy: event.signedBy,
      recordedAt: now,
    })),
  );
  const status = statusAfter(shipment.status, inserted);
  const pollEveryMs = ctx.config.delivery.pollIntervalMinutes * 60_000;
  const changes = {
    lastPolledAt: now,
    nextPollAt: isFinished(status) ? null : new Date(now.getTime() + pollEveryMs),
  };
  if (status === shipment.status) return store.updateShipment(tx, shipment, changes);
  const last = [...inserted]
    .filter((event) => event.status === status)
    .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime())[0]!;
  const updated = (await store.updateShipment(tx, shipment, {
    ...changes,
    status,
    statusChangedAt: last.occurredAt,
    ...(status === 'delivered' ? { deliveredAt: last.occurredAt, receivedBy: last.signedBy } : {}),
  }))!;
  recordShipmentChange(tx, ctx, options.actor, {
    action: TOPIC_OF[status] ?? 'delivery.shipment.status_changed',
    shipment: updated,
    before: { status: shipment.status },
    at: last.occurredAt,
    summary: `办件 ${shipment.caseNumber} 的邮件（${shipment.trackingNumber}）${statusLabelOf(shipment.status)} → ${statusLabelOf(status)}`,
    clientAddress: options.clientAddress ?? null,
  });
  return updated;
}

/**
 * The `delivery.track` job: reads the trail of the open shipments whose poll is due (an indexed queue
 * of unfinished shipments only) and records what is new. A carrier that does not answer is asked
 * again at the next interval.
 */
export async function pollDueShipments(tx: Tx, ctx: AppContext, limit = 50): Promise<number> {
  const carrier = carrierOf(ctx);
  const due = await store.listDueForPolling(tx, ctx.clock.now(), limit);
  for (const row of due) {
    let trail: TrackingEvent[];
    try {
      trail = await carrier.track(row.trackingNumber!);
    } catch (error) {
      if (!(error instanceof CarrierError)) throw error;
      const retryAt = new Date(ctx.clock.now().getTime() + ctx.config.delivery.pollIntervalMinutes * 60_000);
      await store.updateShipment(tx, row, { nextPollAt: retryAt });
      continue;
    }
    await recordTrail(tx, ctx, row, trail, { actor: TRACKING_JOB });
  }
  return due.length;
}
