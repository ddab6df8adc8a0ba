// What other modules may use of delivery: creating a shipment inside their transaction, reading a
// case's shipments, and the topics of shipment events.
export { SHIPMENT_TOPICS, shipmentTopics, type ShipmentEventPayload, type ShipmentTopic } from './events.ts';
export {
  assertValidShipment,
  createShipmentInTransaction,
  DECLARED_CONTENT,
  type CreatedShipment,
  type NewShipment,
} from './service/create-shipment.ts';
export { listShipmentsOfCase } from './service/read-shipments.ts';
export type { Carrier, ShipmentRequest, BookedShipment, TrackingEvent } from './carriers/carrier.ts';
export { CarrierError } from './carriers/carrier.ts';
export { carrierOf, localCarrierOf, type DeliveryConfig } from './carriers/config.ts';
export type { LocalCarrier } from './carriers/local.ts';
