// What other modules may use of the licenses module: issue, revoke and renew in their transaction.
export { LICENSE_TOPICS, type LicenseAction } from './events.ts';
export { issueLicenseInTransaction, type IssueLicenseInput, type IssuedLicense } from './service/issue.ts';
export {
  decideRenewal,
  recordRenewalApplication,
  revokeLicenseInTransaction,
  type RenewalDecision,
} from './service/lifecycle.ts';
