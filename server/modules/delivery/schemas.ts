import { Type, type Static } from 'typebox';
import { CARRIER_STATUSES, SHIPMENT_STATUSES } from '../../../domain/delivery/index.ts';
import { ErrorResponse, IsoDateString, LiteralUnion, Nullable, RegionCode } from '../../platform/http.ts';
import { SHIPMENT_ACTIONS } from './policy.ts';

/*
 * The delivery module's request and response contracts: the routes validate and document with them,
 * and the web takes its types from them (`Static<typeof ShipmentDetail>`).
 */

const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time' });
export const ShipmentStatusSchema = LiteralUnion(SHIPMENT_STATUSES);

export const readErrors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
export const writeErrors = { ...readErrors, 409: ErrorResponse, 422: ErrorResponse, 503: ErrorResponse };

export const ShipmentParams = Type.Object({ id: Uuid });

export const ShipmentListQuery = Type.Object({
  status: Type.Optional(ShipmentStatusSchema),
  centerId: Type.Optional(Uuid),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
});

export const Recipient = Type.Object({
  name: Type.String(),
  mobile: Type.String({ description: 'Whole for roles that need it, else masked (138****8000)' }),
  province: Nullable(Type.String()),
  city: Nullable(Type.String()),
  district: Nullable(Type.String()),
  address: Type.String({ description: 'The street address, whole or masked' }),
  postcode: Nullable(Type.String()),
  isMasked: Type.Boolean(),
});

export const ShipmentSummary = Type.Object({
  id: Type.String(),
  regionCode: RegionCode,
  caseId: Type.String(),
  caseNumber: Type.String(),
  centerId: Type.String(),
  status: ShipmentStatusSchema,
  statusLabel: Type.String(),
  carrier: Type.String(),
  carrierName: Nullable(Type.String()),
  trackingNumber: Nullable(Type.String()),
  contents: Type.String(),
  recipient: Recipient,
  createdAt: DateTime,
  bookedAt: Nullable(DateTime),
  statusChangedAt: DateTime,
  deliveredAt: Nullable(DateTime),
  receivedBy: Nullable(Type.String()),
  bookingError: Nullable(Type.String()),
});

export const TrackingEventSchema = Type.Object({
  status: LiteralUnion(CARRIER_STATUSES),
  statusLabel: Type.String(),
  occurredAt: DateTime,
  description: Type.String(),
  location: Nullable(Type.String()),
  signedBy: Nullable(Type.String()),
});

const Sender = Type.Object({
  name: Type.String(),
  phone: Nullable(Type.String()),
  province: Nullable(Type.String()),
  city: Nullable(Type.String()),
  district: Nullable(Type.String()),
  address: Type.String(),
  staffName: Nullable(Type.String()),
});

const ActionFlags = Type.Object(
  Object.fromEntries(SHIPMENT_ACTIONS.map((action) => [action, Type.Boolean()])),
);

export const ShipmentDetail = Type.Object({
  ...ShipmentSummary.properties,
  declaredContent: Type.String(),
  sender: Sender,
  bookingAttempts: Type.Integer(),
  lastPolledAt: Nullable(DateTime),
  events: Type.Array(TrackingEventSchema),
  actions: ActionFlags,
  refusals: Type.Record(Type.String(), Type.String()),
});

/** What the applicant sees of their own shipment: no internal booking state, the recipient masked. */
export const ApplicantShipment = Type.Object({
  ...Type.Omit(ShipmentSummary, ['bookingError']).properties,
  declaredContent: Type.String(),
  sender: Sender,
  events: Type.Array(TrackingEventSchema),
});

export const ShipmentList = Type.Object({
  shipments: Type.Array(ShipmentSummary),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const ShipmentSlip = Type.Object({
  title: Type.String(),
  caseNumber: Type.String(),
  contents: Type.String(),
  declaredContent: Type.String(),
  status: ShipmentStatusSchema,
  statusLabel: Type.String(),
  carrierName: Nullable(Type.String()),
  trackingNumber: Nullable(Type.String()),
  sender: Type.Object({
    organisation: Type.String(),
    staffName: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    address: Type.String(),
    sentOn: Nullable(IsoDateString),
  }),
  recipient: Type.Object({
    name: Type.String(),
    mobile: Type.String(),
    address: Type.String(),
    postcode: Nullable(Type.String()),
  }),
  receipt: Type.Object({ receivedBy: Nullable(Type.String()), receivedOn: Nullable(IsoDateString) }),
  payment: Type.String(),
  cashOnDelivery: Type.String(),
  notes: Type.Array(Type.String()),
  printedOn: IsoDateString,
  printedBy: Type.String(),
});

export type ShipmentSummaryDto = Static<typeof ShipmentSummary>;
export type ShipmentDetailDto = Static<typeof ShipmentDetail>;
export type ShipmentListDto = Static<typeof ShipmentList>;
export type ShipmentSlipDto = Static<typeof ShipmentSlip>;
export type ApplicantShipmentDto = Static<typeof ApplicantShipment>;
