/** Audit actions of delivery writes; each is also the topic of its event (payload: ids and the status). */
export const SHIPMENT_TOPICS = [
  'delivery.shipment.created',
  'delivery.shipment.booked',
  'delivery.shipment.booking_failed',
  'delivery.shipment.status_changed',
  'delivery.shipment.delivery_failed',
  'delivery.shipment.delivered',
  'delivery.shipment.returned',
] as const;
export type ShipmentTopic = (typeof SHIPMENT_TOPICS)[number];

/** The same topics by name, for a subscription: `{ topics: [shipmentTopics.delivered], handle }`. */
export const shipmentTopics = {
  created: 'delivery.shipment.created',
  booked: 'delivery.shipment.booked',
  bookingFailed: 'delivery.shipment.booking_failed',
  statusChanged: 'delivery.shipment.status_changed',
  deliveryFailed: 'delivery.shipment.delivery_failed',
  delivered: 'delivery.shipment.delivered',
  returned: 'delivery.shipment.returned',
} as const satisfies Record<string, ShipmentTopic>;

/** What every shipment event carries: ids and states, never the recipient. */
export interface ShipmentEventPayload {
  id: string;
  caseId: string;
  caseNumber: string;
  centerId: string;
  applicantId: string | null;
  status: string;
  trackingNumber: string | null;
  /** When the carrier says it happened (for status events), else when it was recorded. */
  at: string;
}
