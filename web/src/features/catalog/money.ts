/*
 * Fees are stored in fen (分, integers) and typed by admins in yuan (元). The conversion works on the
 * decimal text, never through floating point, so 0.29 元 is 29 分 and not 28.999….
 */

const YUAN_PATTERN = /^(\d{1,9})(?:\.(\d{0,2}))?$/;

/** Yuan as typed ("12", "12.5", "1,200.00", " 0.29 ") to fen; null when it is not an amount with at most two decimals. */
export function yuanToFen(input: string | number | null | undefined): number | null {
  if (input === null || input === undefined) return null;
  const text = (typeof input === 'number' ? String(input) : input).trim().replace(/[,，]/g, '');
  const match = YUAN_PATTERN.exec(text);
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '').padEnd(2, '0'));
  return whole * 100 + fraction;
}

/** Fen as yuan text with two decimals, for the input box: 2950 → "29.50". */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const absolute = Math.abs(Math.trunc(fen));
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}
