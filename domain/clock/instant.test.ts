import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../calendar/dates.ts';
import { DomainError } from '../errors.ts';
import { assertTimeZone, localEpochDay, parseInstant } from './instant.ts';

const localDate = (instant: string, zone?: string) =>
  formatIsoDate(localEpochDay(parseInstant(instant), zone));

describe('parseInstant', () => {
  it('agrees with Date.parse on the toISOString form, with and without milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
        const iso = new Date(ms).toISOString();
        expect(parseInstant(iso)).toBe(ms);
        const whole = `${iso.slice(0, 19)}Z`;
        expect(parseInstant(whole)).toBe(Date.parse(whole));
      }),
    );
  });

  it('reads explicit offsets', () => {
    expect(parseInstant('2025-03-07T00:30:00+08:00')).toBe(Date.parse('2025-03-06T16:30:00Z'));
    expect(parseInstant('2025-03-07T00:30+08:00')).toBe(Date.parse('2025-03-06T16:30:00Z'));
  });

  it.each([
    '2025-03-07T10:00:00',
    '2025-03-07',
    '2025-02-30T10:00:00Z',
    '2025-13-01T00:00:00Z',
    'yesterday',
    '',
  ])('rejects %j with INVALID_INSTANT', (text) => {
    expect(() => parseInstant(text)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INSTANT' }) as Error,
    );
  });
});

describe('localEpochDay', () => {
  it('Beijing midnight is 16:00 UTC', () => {
    expect(localDate('2025-03-06T15:59:59.999Z')).toBe('2025-03-06');
    expect(localDate('2025-03-06T16:00:00.000Z')).toBe('2025-03-07');
  });

  it('follows DST in zones that have it (New York, 2025-03-09)', () => {
    const zone = 'America/New_York';
    expect(localDate('2025-03-09T04:59:00Z', zone)).toBe('2025-03-08'); // 23:59 EST
    expect(localDate('2025-03-09T05:00:00Z', zone)).toBe('2025-03-09'); // 00:00 EST
    expect(localDate('2025-03-10T03:59:00Z', zone)).toBe('2025-03-09'); // 23:59 EDT
    expect(localDate('2025-03-10T04:00:00Z', zone)).toBe('2025-03-10'); // 00:00 EDT
  });

  it('matches Intl for any instant in zones with odd offsets and DST', () => {
    const zones = [
      'Asia/Shanghai',
      'Asia/Urumqi',
      'Asia/Kolkata',
      'America/New_York',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
    ];
    const formatters = new Map(zones.map((z) => [z, new Intl.DateTimeFormat('en-CA', { timeZone: z })]));
    fc.assert(
      fc.property(
        fc.integer({ min: 1_577_836_800_000, max: 1_893_456_000_000 }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          expect(formatIsoDate(localEpochDay(ms, zone))).toBe(formatters.get(zone)!.format(ms));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('rejects an unknown zone', () => {
    expect(() => assertTimeZone('Mars/Olympus')).toThrow(DomainError);
    expect(() => assertTimeZone('Asia/Shanghai')).not.toThrow();
  });
});
