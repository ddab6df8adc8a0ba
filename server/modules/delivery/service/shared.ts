import {
  maskAddress,
  SHIPMENT_STATUS_LABELS,
  type ShipmentStatus,
} from '../../../../domain/delivery/index.ts';
import type { Tx } from '../../../db/connection.ts';
import { recordChange, type AuditActor } from '../../../platform/audit.ts';
import type { AppContext } from '../../../platform/context.ts';
import { auditContextOf } from '../../../platform/transaction.ts';
import { maskMobile } from '../../applicant-auth/index.ts';
import type { ShipmentEventPayload, ShipmentTopic } from '../events.ts';
import type { ShipmentEventRow, ShipmentRow } from '../store.ts';

export interface WriteMeta {
  clientAddress: string;
}

/** The audit record and outbox event of one delivery change, in the change's transaction. */
export function recordShipmentChange(
  tx: Tx,
  ctx: AppContext,
  actor: AuditActor,
  entry: {
    action: ShipmentTopic;
    shipment: ShipmentRow;
    summary: string;
    before?: unknown;
    /** When it happened at the carrier; now when not given. */
    at?: Date;
    clientAddress?: string | null;
  },
): void {
  const { shipment } = entry;
  const payload: ShipmentEventPayload = {
    id: shipment.id,
    caseId: shipment.caseId,
    caseNumber: shipment.caseNumber,
    centerId: shipment.centerId,
    applicantId: shipment.applicantId,
    status: shipment.status,
    trackingNumber: shipment.trackingNumber,
    at: (entry.at ?? ctx.clock.now()).toISOString(),
  };
  recordChange(tx, auditContextOf(ctx), {
    actor,
    action: entry.action,
    targetType: 'shipment',
    targetId: shipment.id,
    regionCode: shipment.regionCode,
    before: entry.before,
    after: stateOf(shipment),
    summary: entry.summary,
    clientAddress: entry.clientAddress ?? null,
    event: { topic: entry.action, payload },
  });
}

/** What the audit digests: the shipment's state, never the recipient. */
export function stateOf(shipment: ShipmentRow) {
  return {
    id: shipment.id,
    caseId: shipment.caseId,
    status: shipment.status,
    carrier: shipment.carrier,
    trackingNumber: shipment.trackingNumber,
    bookingAttempts: shipment.bookingAttempts,
    deliveredAt: shipment.deliveredAt,
  };
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** A name as those who need not read it see it: the family name, then asterisks. */
export function maskName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(Math.min(chars.length - 1, 3))}`;
}

export function presentEvent(row: ShipmentEventRow) {
  return {
    status: row.status,
    statusLabel: SHIPMENT_STATUS_LABELS[row.status],
    occurredAt: row.occurredAt.toISOString(),
    description: row.description,
    location: row.location,
    signedBy: row.signedBy,
  };
}

/** The recipient decrypted, whole or masked. */
export function presentRecipient(ctx: AppContext, row: ShipmentRow, isFull: boolean) {
  const mobile = ctx.personalData.decrypt(row.recipientMobileCipher);
  const address = ctx.personalData.decrypt(row.recipientAddressCipher);
  return {
    name: isFull ? row.recipientName : maskName(row.recipientName),
    mobile: isFull ? mobile : maskMobile(mobile),
    province: row.recipientProvince,
    city: row.recipientCity,
    district: row.recipientDistrict,
    address: isFull ? address : maskAddress(address),
    postcode: row.recipientPostcode,
    isMasked: !isFull,
  };
}

/** A shipment as lists show it. */
export function presentShipmentSummary(ctx: AppContext, row: ShipmentRow, isFull: boolean) {
  return {
    id: row.id,
    regionCode: row.regionCode,
    caseId: row.caseId,
    caseNumber: row.caseNumber,
    centerId: row.centerId,
    status: row.status,
    statusLabel: SHIPMENT_STATUS_LABELS[row.status],
    carrier: row.carrier,
    carrierName: row.carrierName,
    trackingNumber: row.trackingNumber,
    contents: row.contents,
    recipient: presentRecipient(ctx, row, isFull),
    createdAt: row.createdAt.toISOString(),
    bookedAt: iso(row.bookedAt),
    statusChangedAt: row.statusChangedAt.toISOString(),
    deliveredAt: iso(row.deliveredAt),
    receivedBy: row.receivedBy,
    bookingError: row.bookingError,
  };
}

/** A shipment with its sender, booking state and trail. */
export function presentShipmentDetail(
  ctx: AppContext,
  row: ShipmentRow,
  trail: readonly ShipmentEventRow[],
  isFull: boolean,
) {
  return {
    ...presentShipmentSummary(ctx, row, isFull),
    declaredContent: row.declaredContent,
    sender: {
      name: row.senderName,
      phone: row.senderPhone,
      province: row.senderProvince,
      city: row.senderCity,
      district: row.senderDistrict,
      address: row.senderAddress,
      staffName: row.senderStaffName,
    },
    bookingAttempts: row.bookingAttempts,
    lastPolledAt: iso(row.lastPolledAt),
    events: trail.map(presentEvent),
  };
}

export function statusLabelOf(status: ShipmentStatus): string {
  return SHIPMENT_STATUS_LABELS[status];
}
