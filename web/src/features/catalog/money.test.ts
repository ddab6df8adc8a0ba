import { describe, expect, it } from 'vitest';
import { fenToYuan, yuanToFen } from './money.ts';

describe('yuanToFen', () => {
  it('converts the decimal text exactly, without floating-point drift', () => {
    expect(yuanToFen('0.29')).toBe(29);
    expect(yuanToFen('1.1')).toBe(110);
    expect(yuanToFen('19.99')).toBe(1999);
    expect(yuanToFen('80')).toBe(8000);
    expect(yuanToFen('1,200.00')).toBe(120000);
    expect(yuanToFen(' 5. ')).toBe(500);
    expect(yuanToFen(4.35)).toBe(435);
    expect(yuanToFen('0')).toBe(0);
  });

  it('refuses what is not an amount in yuan with at most two decimals', () => {
    expect(yuanToFen('')).toBeNull();
    expect(yuanToFen('1.234')).toBeNull();
    expect(yuanToFen('-3')).toBeNull();
    expect(yuanToFen('十元')).toBeNull();
    expect(yuanToFen(1e21)).toBeNull();
    expect(yuanToFen(null)).toBeNull();
  });
});

describe('fenToYuan', () => {
  it('shows two decimals', () => {
    expect(fenToYuan(29)).toBe('0.29');
    expect(fenToYuan(2950)).toBe('29.50');
    expect(fenToYuan(0)).toBe('0.00');
    expect(fenToYuan(120000)).toBe('1200.00');
  });

  it('round-trips every amount in fen', () => {
    for (const fen of [0, 1, 9, 10, 99, 100, 101, 12345, 99999999])
      expect(yuanToFen(fenToYuan(fen))).toBe(fen);
  });
});
