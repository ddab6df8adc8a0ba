import { describe, expect, it } from 'vitest';
import { formatVerificationCode, shortFingerprint, validityText } from './labels.ts';

describe('license labels', () => {
  it('prints codes, fingerprints and validity the way people read them', () => {
    expect(formatVerificationCode('7K3MQ9TX2B4D')).toBe('7K3M-Q9TX-2B4D');
    expect(shortFingerprint('a1b2c3d4e5f60718' + '0'.repeat(48))).toBe('A1B2 C3D4 E5F6 0718');
    expect(shortFingerprint(null)).toBe('—');
    expect(validityText('2026-11-23', null)).toBe('2026-11-23 起长期有效');
    expect(validityText('2026-11-23', '2031-11-22')).toBe('2026-11-23 至 2031-11-22');
  });
});
