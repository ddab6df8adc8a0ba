import type { Tx } from '../../../db/connection.ts';
import { recordAudit } from '../../../platform/audit.ts';
import type { AppContext } from '../../../platform/context.ts';
import { auditContextOf } from '../../../platform/transaction.ts';
import { CarrierError, type ShipmentRequest } from '../carriers/carrier.ts';
import { carrierOf } from '../carriers/config.ts';
import * as store from '../store.ts';
import { recordShipmentChange } from './shared.ts';

const BOOKING_JOB = { kind: 'system', name: '寄送下单' } as const;
const MINUTE = 60_000;

/** How long after the n-th failed try the next one is: 1, 2, 4 … minutes, at most an hour. */
export function bookingRetryDelayMs(attempts: number): number {
  return Math.min(2 ** Math.max(attempts - 1, 0), 60) * MINUTE;
}

/** The waybill the carrier gets: the center sends, postage on its account, nothing to collect. */
export function shipmentRequestOf(ctx: AppContext, row: store.ShipmentRow): ShipmentRequest {
  return {
    clientReference: row.id,
    senderReference: row.caseNumber,
    sender: {
      organisation: row.senderName,
      name: row.senderStaffName ?? row.senderName,
      phone: row.senderPhone ?? '',
      province: row.senderProvince,
      city: row.senderCity,
      district: row.senderDistrict,
      address: row.senderAddress,
      postcode: null,
    },
    recipient: {
      name: row.recipientName,
      phone: ctx.personalData.decrypt(row.recipientMobileCipher),
      province: row.recipientProvince,
      city: row.recipientCity,
      district: row.recipientDistrict,
      address: ctx.personalData.decrypt(row.recipientAddressCipher),
      postcode: row.recipientPostcode,
    },
    item: { description: row.contents, declaredContent: row.declaredContent, pieces: 1 },
    payment: { payer: 'sender_monthly_account', cashOnDeliveryFen: 0, insuredValueFen: 0 },
  };
}

/**
 * The `delivery.book` job: books the pending shipments that are due with the carrier and records each
 * tracking number. Idempotent: the carrier dedupes on the shipment id, so a round that crashed after
 * the carrier booked (its transaction rolled back) or lost the carrier's answer books again and gets
 * the same waybill. A carrier that is down leaves the shipment pending for a later try; one that
 * refuses the waybill ends it as 下单失败 with its reason. Any other error rolls the round back.
 */
export async function bookDueShipments(tx: Tx, ctx: AppContext, limit = 20): Promise<number> {
  const carrier = carrierOf(ctx);
  const due = await store.listDueForBooking(tx, ctx.clock.now(), limit);
  let booked = 0;
  for (const row of due) {
    try {
      const result = await carrier.createShipment(shipmentRequestOf(ctx, row));
      const now = ctx.clock.now();
      const updated = await store.updateShipment(
        tx,
        row,
        {
          status: 'booked',
          carrier: carrier.name,
          trackingNumber: result.trackingNumber,
          carrierName: result.carrierName,
          labelText: result.labelText ?? null,
          bookedAt: now,
          bookingAttempts: row.bookingAttempts + 1,
          bookingError: null,
          bookingDueAt: null,
          nextPollAt: now,
          statusChangedAt: now,
        },
        'pending',
      );
      if (!updated) continue;
      booked += 1;
      recordShipmentChange(tx, ctx, BOOKING_JOB, {
        action: 'delivery.shipment.booked',
        shipment: updated,
        before: { status: row.status },
        summary: `办件 ${row.caseNumber} 的寄送已向${result.carrierName}下单，运单号 ${result.trackingNumber}`,
      });
    } catch (error) {
      if (!(error instanceof CarrierError)) throw error;
      await recordFailedBooking(tx, ctx, row, error);
    }
  }
  return booked;
}

async function recordFailedBooking(tx: Tx, ctx: AppContext, row: store.ShipmentRow, error: CarrierError) {
  const now = ctx.clock.now();
  const attempts = row.bookingAttempts + 1;
  if (error.kind === 'rejected') {
    const updated = await store.updateShipment(
      tx,
      row,
      {
        status: 'booking_failed',
        bookingAttempts: attempts,
        bookingError: error.message,
        bookingDueAt: null,
        statusChangedAt: now,
      },
      'pending',
    );
    if (!updated) return;
    recordShipmentChange(tx, ctx, BOOKING_JOB, {
      action: 'delivery.shipment.booking_failed',
      shipment: updated,
      before: { status: row.status },
      summary: `办件 ${row.caseNumber} 的寄送下单被承运商拒绝：${error.message}`,
    });
    return;
  }
  const retryAt = new Date(now.getTime() + bookingRetryDelayMs(attempts));
  const updated = await store.updateShipment(
    tx,
    row,
    { bookingAttempts: attempts, bookingError: error.message, bookingDueAt: retryAt },
    'pending',
  );
  if (!updated) return;
  recordAudit(tx, auditContextOf(ctx), {
    actor: BOOKING_JOB,
    action: 'delivery.shipment.booking_retried',
    targetType: 'shipment',
    targetId: row.id,
    regionCode: row.regionCode,
    summary: `办件 ${row.caseNumber} 的寄送第 ${attempts} 次下单未成功（${error.message}），稍后重试`,
  });
}
