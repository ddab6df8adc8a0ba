import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../../shared/api.ts';
import { fetchLicenseVerification, fetchPrintableLicense } from '../api/licenses-api.ts';

export const licenseQueryKeys = {
  verification: (code: string) => ['licenses', 'verification', code] as const,
  printable: (id: string) => ['licenses', 'printable', id] as const,
};

/** The signature is checked on every request: nothing is cached past the page. */
export function useLicenseVerification(code: string | undefined) {
  return useQuery({
    queryKey: licenseQueryKeys.verification(code ?? ''),
    queryFn: ({ signal }) => fetchLicenseVerification(code!, signal),
    enabled: Boolean(code),
    staleTime: 0,
    // An unknown code stays unknown; a 429 would only be prolonged.
    retry: (count, error) =>
      count < 2 && !isApiError(error, 404) && !isApiError(error, 429) && !isApiError(error, 400),
  });
}

export function usePrintableLicense(id: string | undefined) {
  return useQuery({
    queryKey: licenseQueryKeys.printable(id ?? ''),
    queryFn: ({ signal }) => fetchPrintableLicense(id!, signal),
    enabled: Boolean(id),
  });
}
