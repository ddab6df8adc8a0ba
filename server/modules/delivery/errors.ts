/** The delivery module's error codes and their HTTP statuses. */
export const DELIVERY_ERRORS = {
  RECIPIENT_NAME_INVALID: 422,
  RECIPIENT_MOBILE_INVALID: 422,
  RECIPIENT_ADDRESS_INVALID: 422,
  RECIPIENT_REGION_INVALID: 422,
  RECIPIENT_POSTCODE_INVALID: 422,
  SHIPMENT_CONTENTS_INVALID: 422,
  SHIPMENT_CENTER_INVALID: 422,
  SHIPMENT_ALREADY_OPEN: 409,
  SHIPMENT_NOT_BOOKED: 409,
  SHIPMENT_FINISHED: 409,
  CARRIER_UNAVAILABLE: 503,
} as const;

type DeliveryErrorCodes = Record<keyof typeof DELIVERY_ERRORS, number>;
declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends DeliveryErrorCodes {}
}
