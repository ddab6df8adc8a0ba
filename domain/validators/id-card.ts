import { epochDayFromParts, daysInMonth, type IsoDate, parseIsoDate } from '../calendar/dates.ts';
import { localEpochDay } from '../clock/instant.ts';
import { PROVINCE_CODES } from './regions.ts';
import { VALID, invalid, type ValidationResult } from './result.ts';

export type IdCardErrorCode =
  'ID_CARD_LENGTH' | 'ID_CARD_FORMAT' | 'ID_CARD_REGION' | 'ID_CARD_BIRTH_DATE' | 'ID_CARD_CHECK_DIGIT';

// GB 11643-1999: weights 2^(17-i) mod 11 for positions 1..17 (ISO 7064 MOD 11-2).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** The check character for the first 17 digits (exported so tests can build numbers). */
export function idCardCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * 18-digit citizen ID number (公民身份号码, GB 11643): 6-digit region (province part checked),
 * 8-digit birth date (a real date, from 1900, not after `today`), 3-digit sequence, check character.
 * A lowercase x is accepted as X. `today` defaults to the current date in China.
 */
export function validateIdCardNumber(
  value: string,
  options: { today?: IsoDate } = {},
): ValidationResult<IdCardErrorCode> {
  if (typeof value !== 'string' || value.length !== 18) return invalid('ID_CARD_LENGTH', '身份证号应为18位');
  const number = value.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(number)) {
    return invalid('ID_CARD_FORMAT', '身份证号前17位应为数字，最后一位为数字或X');
  }
  if (!PROVINCE_CODES.has(number.slice(0, 2))) return invalid('ID_CARD_REGION', '身份证号地区码无效');

  const year = Number(number.slice(6, 10));
  const month = Number(number.slice(10, 12));
  const day = Number(number.slice(12, 14));
  const today =
    options.today === undefined ? localEpochDay(Date.now(), 'Asia/Shanghai') : parseIsoDate(options.today);
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return invalid('ID_CARD_BIRTH_DATE', '身份证号中的出生日期无效');
  }
  if (epochDayFromParts(year, month, day) > today) {
    return invalid('ID_CARD_BIRTH_DATE', '身份证号中的出生日期晚于今天');
  }
  if (idCardCheckDigit(number) !== number[17]) return invalid('ID_CARD_CHECK_DIGIT', '身份证号校验位错误');
  return VALID;
}

/** `330102199001011234` → `3301**********1234`: first 4 and last 4 kept. Short input is fully masked. */
export function maskIdCardNumber(value: string): string {
  if (value.length <= 8) return '*'.repeat(value.length);
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}

/** 张*三: a person's name with the first and last characters kept (张* for two, one character as it is). */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return name.trim();
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}
