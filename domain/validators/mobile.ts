import { VALID, invalid, type ValidationResult } from './result.ts';

export type MobileErrorCode = 'MOBILE_FORMAT' | 'MOBILE_PREFIX';

/** Mainland mobile number: 11 digits, 1 then 3–9 (号段 13x–19x). No country code, no spaces. */
export function validateMobileNumber(value: string): ValidationResult<MobileErrorCode> {
  if (typeof value !== 'string' || !/^\d{11}$/.test(value))
    return invalid('MOBILE_FORMAT', '手机号码应为11位数字');
  if (!/^1[3-9]/.test(value)) return invalid('MOBILE_PREFIX', '手机号码号段无效，应以13至19开头');
  return VALID;
}
