/** Audit actions of license writes; each is also the topic of its event (payloads: ids only). */
export const LICENSE_TOPICS = [
  'license.issued',
  'license.revoked',
  'license.renewal.applied',
  'license.renewal.granted',
  'license.renewal.denied',
  'license.renewal.deemed',
  'license.key.created',
  'license.reminder.sent',
] as const;
export type LicenseAction = (typeof LICENSE_TOPICS)[number];
