import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { fetchAuditPage, verifyAuditChains, type AuditFilters } from '../api/audit-api.ts';

export const auditQueryKeys = {
  all: ['audit'] as const,
  search: (filters: AuditFilters) => ['audit', filters] as const,
};

/** Newest first; `fetchNextPage` loads the next older page with the server's cursor. */
export function useAuditRecords(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: auditQueryKeys.search(filters),
    queryFn: ({ pageParam, signal }) => fetchAuditPage(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next ?? undefined,
  });
}

/** 校验审计链: recomputes the chains of the admin's regions on the server. */
export function useVerifyAuditChains() {
  return useMutation({ mutationFn: verifyAuditChains });
}
