import type { CarrierStatus } from '../../../../domain/delivery/index.ts';

/*
 * The post carrier, an outside-world adapter like the platform's Notifier: an interface the delivery
 * module books and tracks through, a local simulator (local.ts) that tests and development read and
 * drive, and real adapters (the EMS API) added beside it. Shaped after what EMS (中国邮政速递物流)
 * takes for a 政务 waybill: sender and recipient with province, city, district, street address and
 * postcode, one piece with its description, declared content 政务服务办理结果, no cash on delivery,
 * postage paid by the center on its monthly account.
 */

export interface CarrierAddress {
  name: string;
  /** A mobile number or, for the sender, the center's phone. */
  phone: string;
  province: string | null;
  city: string | null;
  district: string | null;
  /** The street address below the district. */
  address: string;
  postcode: string | null;
}

export interface ShipmentRequest {
  /**
   * Our shipment id. The carrier dedupes on it: booking again with the same reference answers the
   * first waybill, so a booking whose answer was lost can be retried without posting twice.
   */
  clientReference: string;
  sender: CarrierAddress & { organisation: string };
  recipient: CarrierAddress;
  item: {
    /** What is inside, e.g. 食品经营许可证（正本）. */
    description: string;
    /** The 内件品名 declared to the carrier. */
    declaredContent: string;
    pieces: number;
  };
  payment: {
    /** 寄付月结: the center pays under its contract; the applicant pays nothing. */
    payer: 'sender_monthly_account';
    cashOnDeliveryFen: 0;
    insuredValueFen: number;
  };
  /** The case number, printed on the label as the sender's reference. */
  senderReference: string;
}

export interface BookedShipment {
  trackingNumber: string;
  /** The carrier's name as printed (中国邮政速递物流). */
  carrierName: string;
  /** The label as text, when the carrier returns one (EMS returns a printable waybill). */
  labelText?: string;
}

/** One scan in the carrier's trail. */
export interface TrackingEvent {
  /** The event's identity at the carrier, stable between polls: a second poll records nothing twice. */
  key: string;
  status: CarrierStatus;
  occurredAt: Date;
  description: string;
  location: string | null;
  /** Who signed for the parcel, on a delivered event (签收人). */
  signedBy: string | null;
}

export interface Carrier {
  /** The configuration name (`local`, `ems`), stored with each shipment. */
  readonly name: string;
  readonly displayName: string;
  createShipment(request: ShipmentRequest): Promise<BookedShipment>;
  /** The whole trail known so far, in any order. */
  track(trackingNumber: string): Promise<TrackingEvent[]>;
}

/**
 * What a carrier answers when it cannot book or track. `unavailable`: try again later (timeouts, 5xx);
 * the booking may or may not have been made, which the client reference makes safe. `rejected`: the
 * carrier refuses this waybill (an address it does not serve); retrying will not help.
 */
export class CarrierError extends Error {
  constructor(
    readonly kind: 'unavailable' | 'rejected',
    message: string,
  ) {
    super(message);
  }
}
