import { maskIdCardNumber, maskPersonName } from '../validators/index.ts';
import {
  addCalendarDays,
  daysInMonth,
  epochDayFromParts,
  formatIsoDate,
  parseIsoDate,
  partsFromEpochDay,
  type IsoDate,
} from '../calendar/index.ts';

/*
 * The rules of an e-license's life (电子证照): its status, the renewal (延续) rules of 许可法 §50, the
 * expiry reminder, and how it is shown to the public. Pure: dates are ISO strings in the center's
 * time zone, "today" is passed in.
 */

/** 许可法 §50: a renewal is applied for 30 days before the license expires (a longer period if a law says so). */
export const RENEWAL_LEAD_DAYS = 30;

/** The default of ONEWINDOW_LICENSE_REMINDER_DAYS: the holder is reminded this many days before expiry. */
export const DEFAULT_REMINDER_DAYS = 30;

/** The reason recorded, and shown on the verification page, for a renewal deemed granted. */
export const DEEMED_RENEWAL_BASIS = '视为准予延续（《行政许可法》第五十条）';

export const DEEMED_RENEWAL_REASON =
  '被许可人在有效期届满三十日前提出延续申请，行政机关在有效期届满前未作出是否准予延续的决定，' +
  DEEMED_RENEWAL_BASIS;

export type LicenseStatus = 'valid' | 'expired' | 'revoked';
export type HolderKind = 'natural_person' | 'legal_person';
export type RenewalOutcome = 'pending' | 'granted' | 'denied' | 'deemed';

/** Revoked first; then expired once the last valid day (`validUntil`, inclusive) has passed. */
export function licenseStatus(license: {
  validUntil: IsoDate | null;
  isRevoked: boolean;
  today: IsoDate;
}): LicenseStatus {
  if (license.isRevoked) return 'revoked';
  if (license.validUntil !== null && license.today > license.validUntil) return 'expired';
  return 'valid';
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return parseIsoDate(to) - parseIsoDate(from);
}

/**
 * An application filed on `appliedOn` is timely when at least `leadDays` whole days remain to the last
 * valid day: for a license valid until 2027-03-31, an application on 2027-03-01 is timely, one on
 * 2027-03-02 is not.
 */
export function isTimelyRenewalApplication(
  appliedOn: IsoDate,
  validUntil: IsoDate,
  leadDays = RENEWAL_LEAD_DAYS,
): boolean {
  return daysBetween(appliedOn, validUntil) >= leadDays;
}

/**
 * A timely application with no decision is deemed granted once the license has expired without one
 * (the day after its last valid day).
 */
export function isDeemedRenewalDue(renewal: {
  isTimely: boolean;
  outcome: RenewalOutcome;
  validUntil: IsoDate;
  today: IsoDate;
}): boolean {
  return renewal.isTimely && renewal.outcome === 'pending' && renewal.today > renewal.validUntil;
}

/** The reminder is due from `reminderDays` before the last valid day until that day. */
export function isReminderDue(license: {
  validUntil: IsoDate;
  today: IsoDate;
  reminderDays: number;
}): boolean {
  const left = daysBetween(license.today, license.validUntil);
  return left >= 0 && left <= license.reminderDays;
}

function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = partsFromEpochDay(parseIsoDate(date));
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatIsoDate(epochDayFromParts(y, m, Math.min(day, daysInMonth(y, m))));
}

/**
 * The original validity period, as whole months when it is one (a license issued 2026-01-15 and valid
 * until 2029-01-14 is valid for 36 months), else as days.
 */
export function validityPeriod(
  issuedOn: IsoDate,
  originalValidUntil: IsoDate,
): { months: number } | { days: number } {
  const { year: y1, month: m1 } = partsFromEpochDay(parseIsoDate(issuedOn));
  const { year: y2, month: m2 } = partsFromEpochDay(parseIsoDate(originalValidUntil));
  for (const months of [(y2 - y1) * 12 + (m2 - m1), (y2 - y1) * 12 + (m2 - m1) + 1]) {
    if (months > 0 && addCalendarDays(addMonths(issuedOn, months), -1) === originalValidUntil) {
      return { months };
    }
  }
  return { days: daysBetween(issuedOn, originalValidUntil) + 1 };
}

/**
 * The last valid day after a renewal: the new period starts the day after `validUntil` and is as long
 * as the original one (许可法 §50: the license continues on the same terms).
 */
export function renewedValidUntil(license: {
  issuedOn: IsoDate;
  originalValidUntil: IsoDate;
  validUntil: IsoDate;
}): IsoDate {
  const period = validityPeriod(license.issuedOn, license.originalValidUntil);
  const start = addCalendarDays(license.validUntil, 1);
  return 'months' in period
    ? addCalendarDays(addMonths(start, period.months), -1)
    : addCalendarDays(start, period.days - 1);
}

/**
 * A person's name as the public sees it: the first and last characters (张*三, 欧**明; a two-character
 * name keeps its first: 张*). An organisation's name is public and shown whole.
 */
export function maskHolderName(name: string, kind: HolderKind): string {
  if (kind === 'legal_person') return name;
  return [...name.trim()].length <= 1 ? '*' : maskPersonName(name);
}

/** An identity document number as printed on a license: the first 4 and last 4 characters. */
export function maskHolderIdNumber(idNumber: string): string {
  return maskIdCardNumber(idNumber.trim());
}

/** 证照编号: the county's 6-digit prefix, the year of issue and a 6-digit sequence, e.g. 990101-2026-000123. */
export function formatLicenseNumber(regionCode: string, year: number, sequence: number): string {
  return `${regionCode.slice(0, 6)}-${year}-${String(sequence).padStart(6, '0')}`;
}

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is not mistaken. */
export const VERIFICATION_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const VERIFICATION_CODE_LENGTH = 12;

/** 12 characters from 12 random bytes (5 bits of each: 60 bits in all). */
export function verificationCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < VERIFICATION_CODE_LENGTH) throw new RangeError('12 random bytes needed');
  let code = '';
  for (let i = 0; i < VERIFICATION_CODE_LENGTH; i++) code += VERIFICATION_ALPHABET[bytes[i]! & 31];
  return code;
}

/**
 * A typed code as stored: upper case, without spaces or dashes, with the letters people confuse read
 * as the digits they stand for (O → 0, I and L → 1). Null when it cannot be a code.
 */
export function normalizeVerificationCode(text: string): string | null {
  const code = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== VERIFICATION_CODE_LENGTH) return null;
  return [...code].every((c) => VERIFICATION_ALPHABET.includes(c)) ? code : null;
}

/** How a code is printed: three groups of four. */
export function formatVerificationCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}
