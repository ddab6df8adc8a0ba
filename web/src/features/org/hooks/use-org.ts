import { useQuery } from '@tanstack/react-query';
import { fetchCenterLayout, fetchCenters, fetchDepartments } from '../api/org-api.ts';

/** Organisation data change rarely; a few minutes of staleness is fine. */
const ORG_STALE_TIME = 5 * 60_000;

export const orgQueryKeys = {
  centers: ['org', 'centers'] as const,
  center: (id: string) => ['org', 'centers', id] as const,
  departments: ['org', 'departments'] as const,
};

export function useCenters() {
  return useQuery({
    queryKey: orgQueryKeys.centers,
    queryFn: ({ signal }) => fetchCenters(signal),
    staleTime: ORG_STALE_TIME,
  });
}

export function useCenterLayout(id: string | null | undefined) {
  return useQuery({
    queryKey: orgQueryKeys.center(id ?? ''),
    queryFn: ({ signal }) => fetchCenterLayout(id!, signal),
    enabled: Boolean(id),
    staleTime: ORG_STALE_TIME,
  });
}

export function useDepartments() {
  return useQuery({
    queryKey: orgQueryKeys.departments,
    queryFn: ({ signal }) => fetchDepartments(signal),
    staleTime: ORG_STALE_TIME,
  });
}
