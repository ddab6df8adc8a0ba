import { sql } from 'drizzle-orm';
import {
  char,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  CARRIER_STATUSES,
  OPEN_STATUSES,
  SHIPMENT_STATUSES,
  TRACKED_STATUSES,
} from '../../../domain/delivery/index.ts';
// Foreign keys only: the rows are the org module's.
import { regions } from '../org/schema.ts';

/*
 * Posted results (寄送 / 物流), owned by the delivery module: shipments and their tracking trails.
 * The recipient's mobile and street address are SM4-encrypted like ID numbers (platform/personal-data.ts).
 */

const quoted = (statuses: readonly string[]) => statuses.map((status) => `'${status}'`).join(',');
const OPEN = quoted(OPEN_STATUSES);
const TRACKED = quoted(TRACKED_STATUSES);

export const shipments = pgTable(
  'shipments',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    /** The case whose result is posted; the cases module owns it. */
    caseId: uuid('case_id').notNull(),
    caseNumber: text('case_number').notNull(),
    /** The center that posts it: in the case's region or below (a township center of a county case). */
    centerId: uuid('center_id').notNull(),
    /** The applicant account of the case, who may follow the shipment; null for a paper application. */
    applicantId: uuid('applicant_id'),
    /** The configured carrier it was created for (`local`, `ems`). */
    carrier: text('carrier').notNull(),
    status: text('status', { enum: SHIPMENT_STATUSES }).notNull(),
    trackingNumber: text('tracking_number'),
    carrierName: text('carrier_name'),
    labelText: text('label_text'),
    contents: text('contents').notNull(),
    declaredContent: text('declared_content').notNull(),
    recipientName: text('recipient_name').notNull(),
    recipientMobileCipher: text('recipient_mobile_cipher').notNull(),
    recipientProvince: text('recipient_province'),
    recipientCity: text('recipient_city'),
    recipientDistrict: text('recipient_district'),
    recipientAddressCipher: text('recipient_address_cipher').notNull(),
    recipientPostcode: text('recipient_postcode'),
    /** 寄送单位: the center as it was when the shipment was made. */
    senderName: text('sender_name').notNull(),
    senderPhone: text('sender_phone'),
    senderProvince: text('sender_province'),
    senderCity: text('sender_city'),
    senderDistrict: text('sender_district'),
    senderAddress: text('sender_address').notNull(),
    /** 寄送人: who released the result by post. */
    senderStaffName: text('sender_staff_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** When the booking job next tries (pending) — moved back after a failed try. */
    bookingDueAt: timestamp('booking_due_at', { withTimezone: true }),
    bookingAttempts: integer('booking_attempts').notNull().default(0),
    bookingError: text('booking_error'),
    bookedAt: timestamp('booked_at', { withTimezone: true }),
    /** When the tracking job next reads the trail; null once the shipment is finished. */
    nextPollAt: timestamp('next_poll_at', { withTimezone: true }),
    lastPolledAt: timestamp('last_polled_at', { withTimezone: true }),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    /** 接收人: who signed for it, as the carrier reports. */
    receivedBy: text('received_by'),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('shipments_id_uq').on(t.id),
    foreignKey({ columns: [t.regionCode], foreignColumns: [regions.code] }),
    uniqueIndex('shipments_tracking_number_uq').on(t.carrier, t.trackingNumber),
    // One shipment under way per case: a second release by post waits for the first to end.
    uniqueIndex('shipments_case_open_uq')
      .on(t.caseId)
      .where(sql.raw(`status in (${OPEN})`)),
    index('shipments_case_idx').on(t.caseId),
    index('shipments_center_idx').on(t.regionCode, t.centerId, t.createdAt),
    // The jobs' queues: only unfinished shipments are in them, so a poll reads what is due, not the table.
    index('shipments_booking_due_idx').on(t.bookingDueAt).where(sql.raw(`status = 'pending'`)),
    index('shipments_poll_due_idx')
      .on(t.nextPollAt)
      .where(sql.raw(`status in (${TRACKED})`)),
  ],
);

/** 物流轨迹: each carrier scan once, however often the trail is read. */
export const shipmentEvents = pgTable(
  'shipment_events',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    shipmentId: uuid('shipment_id').notNull(),
    /** The event's identity at the carrier. */
    eventKey: text('event_key').notNull(),
    status: text('status', { enum: CARRIER_STATUSES }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    description: text('description').notNull(),
    location: text('location'),
    signedBy: text('signed_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    foreignKey({
      columns: [t.regionCode, t.shipmentId],
      foreignColumns: [shipments.regionCode, shipments.id],
    }),
    uniqueIndex('shipment_events_key_uq').on(t.regionCode, t.shipmentId, t.eventKey),
  ],
);
