import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CARRIER_STATUSES,
  SHIPMENT_STATUSES,
  canMoveTo,
  isValidS10TrackingNumber,
  maskAddress,
  s10CheckDigit,
  s10TrackingNumber,
  statusAfter,
  validateRecipient,
  type CarrierStatus,
  type ShipmentStatus,
} from './index.ts';

describe('S10 tracking numbers', () => {
  it('computes the check digit of known numbers', () => {
    // 1·8 + 2·6 + 3·4 + 4·2 + 5·3 + 6·5 + 7·9 + 8·7 = 204; 204 mod 11 = 6; 11 − 6 = 5
    expect(s10CheckDigit('12345678')).toBe(5);
    expect(isValidS10TrackingNumber('RR123456785CN')).toBe(true);
    expect(isValidS10TrackingNumber('EE123456785CN')).toBe(true);
    // 4·8 + 7·6 + 3·4 + 1·2 + 2·3 + 4·5 + 3·9 + 3·7 = 162; 162 mod 11 = 8; 11 − 8 = 3
    expect(s10CheckDigit('47312433')).toBe(3);
    expect(isValidS10TrackingNumber('EA473124333CN')).toBe(true);
  });

  it('maps a remainder of 1 to 0 and of 0 to 5', () => {
    // 0…0 1 at the weight-7 place: sum 7 → 11 − 7 = 4
    expect(s10CheckDigit('00000001')).toBe(4);
    // sum 12 (weight 6 twice: 00000000 + 2 at index 1 → 12): 12 mod 11 = 1 → 10 → 0
    expect(s10CheckDigit('02000000')).toBe(0);
    // sum 11 (weight 8 + weight 3): 11 mod 11 = 0 → 11 → 5
    expect(s10CheckDigit('10001000')).toBe(5);
    expect(s10CheckDigit('00000000')).toBe(5);
  });

  it('refuses a wrong check digit, a bad shape and letters in the serial', () => {
    expect(isValidS10TrackingNumber('RR123456784CN')).toBe(false);
    expect(isValidS10TrackingNumber('RR12345678CN')).toBe(false);
    expect(isValidS10TrackingNumber('rr123456785cn')).toBe(false);
    expect(isValidS10TrackingNumber('RR1234A6785CN')).toBe(false);
    expect(() => s10CheckDigit('1234567')).toThrow(RangeError);
  });

  it('builds numbers that validate, with exactly one valid check digit per serial', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (serial) => {
        const number = s10TrackingNumber('EA', serial);
        expect(number).toMatch(/^EA\d{9}CN$/);
        const valid = Array.from({ length: 10 }, (_, digit) => `${number.slice(0, 10)}${digit}CN`).filter(
          isValidS10TrackingNumber,
        );
        expect(valid).toEqual([number]);
      }),
    );
  });
});

describe('shipment status', () => {
  const allowed: Record<ShipmentStatus, readonly CarrierStatus[]> = {
    pending: [],
    booked: ['accepted', 'in_transit', 'out_for_delivery', 'delivered', 'delivery_failed', 'returned'],
    accepted: ['in_transit', 'out_for_delivery', 'delivered', 'delivery_failed', 'returned'],
    in_transit: ['out_for_delivery', 'delivered', 'delivery_failed', 'returned'],
    out_for_delivery: ['delivered', 'delivery_failed', 'returned'],
    delivery_failed: ['out_for_delivery', 'delivered', 'returned'],
    delivered: [],
    returned: [],
    booking_failed: [],
  };

  it('allows exactly the cells of the table', () => {
    for (const from of SHIPMENT_STATUSES) {
      for (const to of CARRIER_STATUSES) {
        expect(canMoveTo(from, to), `${from} → ${to}`).toBe(allowed[from].includes(to));
      }
    }
  });

  it('reads events in time order and ignores a late scan of an earlier step', () => {
    const at = (hour: number) => new Date(Date.UTC(2026, 10, 23, hour));
    expect(
      statusAfter('booked', [
        { status: 'out_for_delivery', occurredAt: at(5) },
        { status: 'accepted', occurredAt: at(1) },
        { status: 'in_transit', occurredAt: at(6) },
      ]),
    ).toBe('out_for_delivery');
    expect(statusAfter('delivered', [{ status: 'returned', occurredAt: at(9) }])).toBe('delivered');
    expect(
      statusAfter('out_for_delivery', [
        { status: 'delivery_failed', occurredAt: at(2) },
        { status: 'out_for_delivery', occurredAt: at(3) },
        { status: 'delivered', occurredAt: at(4) },
      ]),
    ).toBe('delivered');
  });
});

describe('recipient', () => {
  const good = {
    name: '张三',
    mobile: '13800138000',
    city: '测试市',
    district: '测试县',
    address: '和平路1号3单元501室',
    postcode: '100000',
  };

  it('accepts a complete address and blank optional parts', () => {
    expect(validateRecipient(good)).toEqual({ ok: true });
    expect(validateRecipient({ ...good, province: '  ', postcode: '' })).toEqual({ ok: true });
  });

  it('names the first problem in Chinese', () => {
    const problem = (changes: object) => {
      const result = validateRecipient({ ...good, ...changes });
      return result.ok ? null : [result.code, /[\u4e00-\u9fff]/.test(result.message)];
    };
    expect(problem({ name: ' ' })).toEqual(['RECIPIENT_NAME_INVALID', true]);
    expect(problem({ mobile: '1380013800' })).toEqual(['RECIPIENT_MOBILE_INVALID', true]);
    expect(problem({ mobile: '12800138000' })).toEqual(['RECIPIENT_MOBILE_INVALID', true]);
    expect(problem({ address: '1号' })).toEqual(['RECIPIENT_ADDRESS_INVALID', true]);
    expect(problem({ address: '12345 Main St' })).toEqual(['RECIPIENT_ADDRESS_INVALID', true]);
    expect(problem({ city: null })).toEqual(['RECIPIENT_REGION_INVALID', true]);
    expect(problem({ postcode: '10000' })).toEqual(['RECIPIENT_POSTCODE_INVALID', true]);
  });

  it('masks the street part', () => {
    expect(maskAddress('和平路1号3单元501室')).toBe('和平路1****');
    expect(maskAddress('一号')).toBe('****');
  });
});
