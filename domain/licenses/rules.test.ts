import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, formatIsoDate } from '../calendar/index.ts';
import {
  daysBetween,
  formatLicenseNumber,
  formatVerificationCode,
  isDeemedRenewalDue,
  isReminderDue,
  isTimelyRenewalApplication,
  licenseStatus,
  maskHolderIdNumber,
  maskHolderName,
  normalizeVerificationCode,
  renewedValidUntil,
  validityPeriod,
  verificationCodeFrom,
} from './rules.ts';

describe('license status', () => {
  it('is valid through its last day, expired after, revoked whatever the date', () => {
    expect(licenseStatus({ validUntil: '2027-03-31', isRevoked: false, today: '2027-03-31' })).toBe('valid');
    expect(licenseStatus({ validUntil: '2027-03-31', isRevoked: false, today: '2027-04-01' })).toBe(
      'expired',
    );
    expect(licenseStatus({ validUntil: null, isRevoked: false, today: '2099-01-01' })).toBe('valid');
    expect(licenseStatus({ validUntil: '2027-03-31', isRevoked: true, today: '2026-01-01' })).toBe('revoked');
  });
});

describe('renewal (许可法 §50)', () => {
  it('is timely when applied at least 30 days before the last valid day', () => {
    expect(isTimelyRenewalApplication('2027-03-01', '2027-03-31')).toBe(true);
    expect(isTimelyRenewalApplication('2027-03-02', '2027-03-31')).toBe(false);
  });

  it('is deemed granted the day after expiry when timely and undecided', () => {
    const base = { isTimely: true, outcome: 'pending' as const, validUntil: '2027-03-31' };
    expect(isDeemedRenewalDue({ ...base, today: '2027-03-31' })).toBe(false);
    expect(isDeemedRenewalDue({ ...base, today: '2027-04-01' })).toBe(true);
    expect(isDeemedRenewalDue({ ...base, isTimely: false, today: '2027-04-01' })).toBe(false);
    expect(isDeemedRenewalDue({ ...base, outcome: 'denied', today: '2027-04-01' })).toBe(false);
  });

  it('extends by the original period, in months when it is whole months', () => {
    expect(validityPeriod('2026-01-01', '2028-12-31')).toEqual({ months: 36 });
    expect(validityPeriod('2026-01-15', '2029-01-14')).toEqual({ months: 36 });
    expect(validityPeriod('2026-01-01', '2026-01-10')).toEqual({ days: 10 });
    expect(
      renewedValidUntil({
        issuedOn: '2026-01-01',
        originalValidUntil: '2028-12-31',
        validUntil: '2028-12-31',
      }),
    ).toBe('2031-12-31');
    expect(
      renewedValidUntil({
        issuedOn: '2026-01-01',
        originalValidUntil: '2026-01-10',
        validUntil: '2026-01-10',
      }),
    ).toBe('2026-01-20');
  });

  it('always renews into the future, by the same period each time', () => {
    const day = fc.integer({ min: 20000, max: 24000 }).map(formatIsoDate);
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 4000 }), (issuedOn, length) => {
        const originalValidUntil = addCalendarDays(issuedOn, length - 1);
        const once = renewedValidUntil({ issuedOn, originalValidUntil, validUntil: originalValidUntil });
        expect(once > originalValidUntil).toBe(true);
        const period = validityPeriod(issuedOn, originalValidUntil);
        const start = addCalendarDays(originalValidUntil, 1);
        if ('days' in period) expect(daysBetween(start, once) + 1).toBe(period.days);
        else expect(validityPeriod(start, once)).toEqual(period);
      }),
    );
  });
});

describe('reminder', () => {
  it('is due within the reminder days before the last valid day', () => {
    expect(isReminderDue({ validUntil: '2027-03-31', today: '2027-03-01', reminderDays: 30 })).toBe(true);
    expect(isReminderDue({ validUntil: '2027-03-31', today: '2027-02-28', reminderDays: 30 })).toBe(false);
    expect(isReminderDue({ validUntil: '2027-03-31', today: '2027-04-01', reminderDays: 30 })).toBe(false);
  });
});

describe('what the public sees', () => {
  it('masks a person’s name and ID number, not an organisation’s name', () => {
    expect(maskHolderName('张三', 'natural_person')).toBe('张*');
    expect(maskHolderName('张小三', 'natural_person')).toBe('张*三');
    expect(maskHolderName('欧阳小明', 'natural_person')).toBe('欧**明');
    expect(maskHolderName('测试科技有限公司', 'legal_person')).toBe('测试科技有限公司');
    expect(maskHolderIdNumber('330102199003071234')).toBe('3301**********1234');
  });

  it('numbers licenses by county, year and sequence', () => {
    expect(formatLicenseNumber('990101001000', 2026, 123)).toBe('990101-2026-000123');
  });

  it('reads a typed verification code the way it was printed', () => {
    const code = verificationCodeFrom(new Uint8Array(12).map((_, i) => i * 7));
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(normalizeVerificationCode(formatVerificationCode(code).toLowerCase())).toBe(code);
    expect(normalizeVerificationCode('0O1I-L000-0000')).toBe('001110000000');
    expect(normalizeVerificationCode('ABC')).toBeNull();
    expect(normalizeVerificationCode('UUUUUUUUUUUU')).toBeNull();
  });
});
