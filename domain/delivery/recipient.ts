import { validateMobileNumber } from '../validators/mobile.ts';
import { VALID, invalid, type ValidationResult } from '../validators/result.ts';

/*
 * The address a result is posted to, checked the same way in the browser and on the server.
 */

export interface Recipient {
  name: string;
  mobile: string;
  province?: string | null | undefined;
  city?: string | null | undefined;
  district?: string | null | undefined;
  address: string;
  postcode?: string | null | undefined;
}

export type RecipientErrorCode =
  | 'RECIPIENT_NAME_INVALID'
  | 'RECIPIENT_MOBILE_INVALID'
  | 'RECIPIENT_ADDRESS_INVALID'
  | 'RECIPIENT_REGION_INVALID'
  | 'RECIPIENT_POSTCODE_INVALID';

export const RECIPIENT_LIMITS = { name: 30, area: 20, address: 120, addressMin: 5 } as const;

const blank = (text: string | null | undefined) => text === undefined || text === null || text.trim() === '';

/** The recipient trimmed, with blank optional parts as null. */
export function normalizeRecipient(recipient: Recipient) {
  const optional = (text: string | null | undefined) => (blank(text) ? null : text!.trim());
  return {
    name: recipient.name.trim(),
    mobile: recipient.mobile.trim(),
    province: optional(recipient.province),
    city: optional(recipient.city),
    district: optional(recipient.district),
    address: recipient.address.trim(),
    postcode: optional(recipient.postcode),
  };
}

export type NormalizedRecipient = ReturnType<typeof normalizeRecipient>;

/** The first problem with a recipient, or valid. */
export function validateRecipient(recipient: Recipient): ValidationResult<RecipientErrorCode> {
  const r = normalizeRecipient(recipient);
  if (r.name === '' || [...r.name].length > RECIPIENT_LIMITS.name) {
    return invalid('RECIPIENT_NAME_INVALID', `收件人姓名不能为空，且不超过${RECIPIENT_LIMITS.name}个字`);
  }
  const mobile = validateMobileNumber(r.mobile);
  if (!mobile.ok) return invalid('RECIPIENT_MOBILE_INVALID', `收件人${mobile.message}`);
  for (const [part, label] of [
    [r.province, '省份'],
    [r.city, '城市'],
    [r.district, '区县'],
  ] as const) {
    if (part !== null && [...part].length > RECIPIENT_LIMITS.area) {
      return invalid('RECIPIENT_REGION_INVALID', `收件地址的${label}不超过${RECIPIENT_LIMITS.area}个字`);
    }
  }
  if (r.district !== null && r.city === null) {
    return invalid('RECIPIENT_REGION_INVALID', '填写区县时请同时填写城市');
  }
  const length = [...r.address].length;
  if (length < RECIPIENT_LIMITS.addressMin || length > RECIPIENT_LIMITS.address) {
    return invalid(
      'RECIPIENT_ADDRESS_INVALID',
      `详细地址应为${RECIPIENT_LIMITS.addressMin}至${RECIPIENT_LIMITS.address}个字，写明街道、门牌号`,
    );
  }
  if (!/[\u4e00-\u9fff]/.test(r.address)) {
    return invalid('RECIPIENT_ADDRESS_INVALID', '详细地址应写明街道、门牌号等中文地址');
  }
  if (r.postcode !== null && !/^\d{6}$/.test(r.postcode)) {
    return invalid('RECIPIENT_POSTCODE_INVALID', '邮政编码应为6位数字');
  }
  return VALID;
}

/** The street part shown to those who need not read it: its first characters, then asterisks. */
export function maskAddress(address: string): string {
  const chars = [...address];
  return chars.length <= 4 ? '****' : `${chars.slice(0, 4).join('')}****`;
}
