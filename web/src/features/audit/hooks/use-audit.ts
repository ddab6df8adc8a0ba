import { useInfiniteQuery } from '@tanstack/react-query';
import { fetchAuditPage, type AuditFilters } from '../api/audit-api.ts';

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
