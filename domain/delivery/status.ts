/*
 * A shipment's life (寄送状态): created pending inside the release transaction, booked with the carrier
 * by a job after commit, then moved by the carrier's tracking events until delivered or returned.
 */

export const SHIPMENT_STATUSES = [
  'pending',
  'booked',
  'accepted',
  'in_transit',
  'out_for_delivery',
  'delivered',
  'delivery_failed',
  'returned',
  'booking_failed',
] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

/** What a carrier reports: the part of the life it drives. */
export const CARRIER_STATUSES = [
  'accepted',
  'in_transit',
  'out_for_delivery',
  'delivered',
  'delivery_failed',
  'returned',
] as const;
export type CarrierStatus = (typeof CARRIER_STATUSES)[number];

export const SHIPMENT_STATUS_LABELS: Readonly<Record<ShipmentStatus, string>> = {
  pending: '待下单',
  booked: '已下单',
  accepted: '已揽收',
  in_transit: '运输中',
  out_for_delivery: '派送中',
  delivered: '已签收',
  delivery_failed: '投递失败',
  returned: '已退回',
  booking_failed: '下单失败',
};

/** Statuses the tracking job still polls: booked with the carrier and not yet at an end. */
export const TRACKED_STATUSES = [
  'booked',
  'accepted',
  'in_transit',
  'out_for_delivery',
  'delivery_failed',
] as const satisfies readonly ShipmentStatus[];

/** Statuses of a shipment still under way; a case has at most one such shipment. */
export const OPEN_STATUSES = ['pending', ...TRACKED_STATUSES] as const satisfies readonly ShipmentStatus[];

export function isTracked(status: ShipmentStatus): boolean {
  return (TRACKED_STATUSES as readonly ShipmentStatus[]).includes(status);
}

export function isFinished(status: ShipmentStatus): boolean {
  return status === 'delivered' || status === 'returned' || status === 'booking_failed';
}

/**
 * Where a carrier event may take a shipment. A carrier may skip steps (a parcel scanned first at the
 * delivery office), may try again after a failed delivery, and never reopens a delivered or returned one.
 */
const NEXT: Readonly<Record<ShipmentStatus, readonly CarrierStatus[]>> = {
  pending: [],
  booked: ['accepted', 'in_transit', 'out_for_delivery', 'delivered', 'delivery_failed', 'returned'],
  accepted: ['in_transit', 'out_for_delivery', 'delivered', 'delivery_failed', 'returned'],
  in_transit: ['out_for_delivery', 'delivered', 'delivery_failed', 'returned'],
  out_for_delivery: ['delivered', 'delivery_failed', 'returned'],
  delivery_failed: ['out_for_delivery', 'delivered', 'returned'],
  delivered: [],
  returned: [],
  booking_failed: [],
};

/** Whether a carrier event moves a shipment in `from` to the event's status. */
export function canMoveTo(from: ShipmentStatus, to: CarrierStatus): boolean {
  return NEXT[from].includes(to);
}

/**
 * The status after a carrier's events, read in time order: each event that the table allows moves the
 * shipment; one that does not (a late scan of an earlier step, anything after delivery) is kept in the
 * trail but changes nothing.
 */
export function statusAfter(
  from: ShipmentStatus,
  events: readonly { status: CarrierStatus; occurredAt: Date }[],
): ShipmentStatus {
  const ordered = [...events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  return ordered.reduce<ShipmentStatus>(
    (status, event) => (canMoveTo(status, event.status) ? event.status : status),
    from,
  );
}
