import { createHash } from 'node:crypto';
import { s10TrackingNumber, type CarrierStatus } from '../../../../domain/delivery/index.ts';
import type { Clock } from '../../../platform/clock.ts';
import {
  CarrierError,
  type BookedShipment,
  type Carrier,
  type ShipmentRequest,
  type TrackingEvent,
} from './carrier.ts';

const HOUR = 60 * 60_000;

/** When each step happens, counted from the booking. */
export const LOCAL_SCHEDULE = {
  accepted: 1 * HOUR,
  in_transit: 4 * HOUR,
  out_for_delivery: 20 * HOUR,
  delivered: 24 * HOUR,
  /** On the failed path: the delivery fails when it would have been made, and returns later. */
  delivery_failed: 24 * HOUR,
  returned: 72 * HOUR,
} as const satisfies Record<CarrierStatus, number>;

interface Parcel {
  trackingNumber: string;
  /** Null for a parcel adopted after a restart: the simulator no longer knows its addresses. */
  request: ShipmentRequest | null;
  bookedAt: Date;
  outcome: 'delivered' | 'failed';
}

const STEP_TEXT: Record<CarrierStatus, (parcel: Parcel) => { description: string; location: string | null }> =
  {
    accepted: (p) => ({
      description: '已揽收：政务服务中心寄件，揽投员已收件',
      location: p.request?.sender.district ?? null,
    }),
    in_transit: (p) => ({
      description: `运输中：离开${p.request?.sender.city ?? ''}邮件处理中心，发往${p.request?.recipient.city ?? '目的地'}`,
      location: p.request?.sender.city ?? null,
    }),
    out_for_delivery: (p) => ({
      description: '派送中：投递员正在派送，请保持电话畅通',
      location: p.request?.recipient.district ?? p.request?.recipient.city ?? null,
    }),
    delivered: () => ({ description: '已签收：本人签收', location: null }),
    delivery_failed: () => ({ description: '投递失败：收件人电话无法接通，邮件暂存投递站', location: null }),
    returned: () => ({ description: '已退回：邮件退回寄件人', location: null }),
  };

/**
 * A carrier simulated in memory. Tracking numbers are S10 (`E` + a letter, eight digits, the check
 * digit, `CN`) derived from the client reference, so the same shipment gets the same number however
 * often it is booked, also after a restart. Each parcel advances with the injected clock: 揽收 an hour
 * after booking, 运输中 at four hours, 派送中 at twenty, 已签收 at twenty-four; or, after
 * `failDelivery`, 投递失败 at twenty-four hours and 已退回 at seventy-two. A parcel it does not know (the
 * process restarted) starts over from the first poll, with the same event keys.
 */
export class LocalCarrier implements Carrier {
  readonly name = 'local';
  readonly displayName = '本地模拟承运（演示）';
  private readonly byReference = new Map<string, Parcel>();
  private readonly byNumber = new Map<string, Parcel>();
  private readonly failures = new Set<string>();
  private pending: { kind: 'unavailable_before' | 'lost_answer' | 'crash_after'; error: Error } | null = null;
  /** Every createShipment call that made a new booking (a deduped retry does not count). */
  bookings = 0;
  /** Every createShipment call, retries included. */
  calls = 0;

  constructor(private readonly clock: Clock) {}

  async createShipment(request: ShipmentRequest): Promise<BookedShipment> {
    this.calls += 1;
    const fault = this.pending;
    this.pending = null;
    if (fault?.kind === 'unavailable_before') throw fault.error;
    let parcel = this.byReference.get(request.clientReference);
    if (!parcel) {
      parcel = {
        trackingNumber: this.newTrackingNumber(request.clientReference),
        request,
        bookedAt: this.clock.now(),
        outcome: 'delivered',
      };
      this.byReference.set(request.clientReference, parcel);
      this.byNumber.set(parcel.trackingNumber, parcel);
      this.bookings += 1;
    }
    if (fault) throw fault.error; // booked, but the answer never reaches the caller
    return {
      trackingNumber: parcel.trackingNumber,
      carrierName: this.displayName,
      labelText: `${this.displayName} ${parcel.trackingNumber} 寄付月结 内件：${request.item.declaredContent}`,
    };
  }

  async track(trackingNumber: string): Promise<TrackingEvent[]> {
    let parcel = this.byNumber.get(trackingNumber);
    if (!parcel) {
      parcel = { trackingNumber, request: null, bookedAt: this.clock.now(), outcome: 'delivered' };
      this.byNumber.set(trackingNumber, parcel);
    }
    if (this.failures.has(trackingNumber)) parcel = { ...parcel, outcome: 'failed' };
    const steps: CarrierStatus[] =
      parcel.outcome === 'delivered'
        ? ['accepted', 'in_transit', 'out_for_delivery', 'delivered']
        : ['accepted', 'in_transit', 'out_for_delivery', 'delivery_failed', 'returned'];
    const now = this.clock.now().getTime();
    const found = parcel;
    return steps
      .map((status) => ({ status, at: found.bookedAt.getTime() + LOCAL_SCHEDULE[status] }))
      .filter((step) => step.at <= now)
      .map(({ status, at }) => ({
        key: `${trackingNumber}:${status}`,
        status,
        occurredAt: new Date(at),
        ...STEP_TEXT[status](found),
        signedBy: status === 'delivered' ? (found.request?.recipient.name ?? '本人') : null,
      }));
  }

  // --- what tests and the development tools drive ---------------------------------------------

  /** The parcel will not be delivered: 投递失败, then 已退回. */
  failDelivery(trackingNumber: string): void {
    this.failures.add(trackingNumber);
  }

  /** The next booking call fails before booking (the carrier is down). */
  failNextBooking(message = '承运商接口暂时不可用'): void {
    this.pending = { kind: 'unavailable_before', error: new CarrierError('unavailable', message) };
  }

  /** The next booking is made but its answer is lost (a timeout after the carrier booked). */
  loseNextAnswer(): void {
    this.pending = { kind: 'lost_answer', error: new CarrierError('unavailable', '承运商接口超时') };
  }

  /** The next booking is made, then the process "crashes" before it can record it. */
  crashAfterNextBooking(): void {
    this.pending = { kind: 'crash_after', error: new Error('simulated crash after booking') };
  }

  /** The next booking is refused for good (an address the carrier does not serve). */
  rejectNextBooking(message = '收件地址不在承运商服务范围内'): void {
    this.pending = { kind: 'unavailable_before', error: new CarrierError('rejected', message) };
  }

  parcelOf(clientReference: string): { trackingNumber: string; bookedAt: Date } | null {
    const parcel = this.byReference.get(clientReference);
    return parcel ? { trackingNumber: parcel.trackingNumber, bookedAt: parcel.bookedAt } : null;
  }

  private newTrackingNumber(clientReference: string): string {
    const hash = createHash('sha256').update(clientReference).digest();
    let serial = hash.readUInt32BE(0) % 100_000_000;
    const letter = String.fromCharCode(65 + (hash[4]! % 26));
    // Two references with the same hash in one process: the next free serial, still deterministic here.
    let number = s10TrackingNumber(`E${letter}`, serial);
    while (this.byNumber.has(number)) {
      serial = (serial + 1) % 100_000_000;
      number = s10TrackingNumber(`E${letter}`, serial);
    }
    return number;
  }
}
