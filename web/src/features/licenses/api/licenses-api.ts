import type {
  LicenseVerification,
  PrintableLicense,
} from '../../../../../server/modules/licenses/schemas.ts';
import { api } from '../../../shared/api.ts';

/* The licenses API (server/modules/licenses/routes/): public verification and the staff's print view. */

export type { LicenseVerification, PrintableLicense };
export type LicenseStatus = LicenseVerification['status'];
export type RenewalOutcome = LicenseVerification['renewals'][number]['outcome'];

export function fetchLicenseVerification(code: string, signal?: AbortSignal): Promise<LicenseVerification> {
  return api.get(`/api/public/licenses/${encodeURIComponent(code)}`, signal ? { signal } : {});
}

export function fetchPrintableLicense(id: string, signal?: AbortSignal): Promise<PrintableLicense> {
  return api.get(`/api/licenses/${encodeURIComponent(id)}`, signal ? { signal } : {});
}
