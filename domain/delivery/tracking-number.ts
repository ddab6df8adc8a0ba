/*
 * UPU S10 item identifiers (the format of EMS and other postal tracking numbers): two service letters,
 * an eight-digit serial, one check digit and the ISO country code, e.g. `EA123456785CN`.
 */

const WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;
const S10_PATTERN = /^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$/;

/** The S10 check digit of an eight-digit serial: 11 − (weighted sum mod 11), with 10 → 0 and 11 → 5. */
export function s10CheckDigit(serial: string): number {
  if (!/^\d{8}$/.test(serial)) throw new RangeError('an S10 serial has eight digits');
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(serial[index]), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

/** Builds a tracking number from its parts; the serial is padded to eight digits. */
export function s10TrackingNumber(serviceLetters: string, serial: number | string, country = 'CN'): string {
  if (!/^[A-Z]{2}$/.test(serviceLetters) || !/^[A-Z]{2}$/.test(country)) {
    throw new RangeError('S10 service and country codes are two capital letters');
  }
  const digits = String(serial).padStart(8, '0');
  return `${serviceLetters}${digits}${s10CheckDigit(digits)}${country}`;
}

/** Whether a text is a well-formed S10 identifier with the right check digit. */
export function isValidS10TrackingNumber(value: string): boolean {
  const match = S10_PATTERN.exec(value);
  return match !== null && s10CheckDigit(match[2]!) === Number(match[3]);
}
