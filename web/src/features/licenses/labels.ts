import type { LicenseStatus, RenewalOutcome } from './api/licenses-api.ts';

export const LICENSE_STATUS_LABELS: Record<LicenseStatus, string> = {
  valid: '有效',
  expired: '已过期',
  revoked: '已撤销',
};

export const LICENSE_STATUS_COLORS: Record<LicenseStatus, string> = {
  valid: 'success',
  expired: 'default',
  revoked: 'error',
};

export const RENEWAL_OUTCOME_LABELS: Record<RenewalOutcome, string> = {
  pending: '待决定',
  granted: '准予延续',
  denied: '不予延续',
  deemed: '视为准予延续',
};

/** 有效期 as people read it: from the day of issue to the last valid day, or 长期. */
export function validityText(issuedOn: string, validUntil: string | null): string {
  return validUntil === null ? `${issuedOn} 起长期有效` : `${issuedOn} 至 ${validUntil}`;
}

/** The verification code as printed: three groups of four. */
export function formatVerificationCode(code: string): string {
  return code.length === 12 ? `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}` : code;
}

/** A fingerprint short enough to read aloud: the first 16 hex digits in groups of four. */
export function shortFingerprint(fingerprint: string | null): string {
  if (!fingerprint) return '—';
  return (fingerprint.slice(0, 16).match(/.{4}/g) ?? []).join(' ').toUpperCase();
}
