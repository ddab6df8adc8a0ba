import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  assignStaff,
  createCenter,
  createDepartment,
  createHall,
  createRegion,
  createWindow,
  createZone,
  deleteZone,
  fetchCenterLayout,
  fetchCenters,
  fetchDepartments,
  fetchOrgStaff,
  fetchRegions,
  renameRegion,
  updateCenter,
  updateDepartment,
  updateHall,
  updateWindow,
  updateZone,
  type CenterFields,
  type DepartmentFields,
  type HallFields,
  type RegionInput,
  type StaffAssignment,
  type WindowFields,
  type ZoneFields,
} from '../api/org-api.ts';

/** Organisation data change rarely; a few minutes of staleness is fine. */
const ORG_STALE_TIME = 5 * 60_000;

export const orgQueryKeys = {
  all: ['org'] as const,
  regions: ['org', 'regions'] as const,
  centers: ['org', 'centers'] as const,
  center: (id: string) => ['org', 'centers', id] as const,
  departments: ['org', 'departments'] as const,
  staff: (centerId?: string) => ['org', 'staff', centerId ?? 'all'] as const,
};

export function useRegions() {
  return useQuery({
    queryKey: orgQueryKeys.regions,
    queryFn: ({ signal }) => fetchRegions(signal),
    staleTime: ORG_STALE_TIME,
  });
}

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

/** Staff with their center, department and window on duty; only for org admins (`enabled`). */
export function useOrgStaff(options: { centerId?: string; enabled: boolean }) {
  return useQuery({
    queryKey: orgQueryKeys.staff(options.centerId),
    queryFn: ({ signal }) => fetchOrgStaff(options.centerId, signal),
    enabled: options.enabled,
  });
}

/** A write to the organisation; afterwards every organisation query is fetched again. */
function useOrgMutation<Input, Result>(write: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgQueryKeys.all }),
  });
}

type Keyed<T> = T & { idempotencyKey?: string };

export const useCreateRegion = () =>
  useOrgMutation(({ idempotencyKey, ...input }: Keyed<RegionInput>) => createRegion(input, idempotencyKey));
export const useRenameRegion = () =>
  useOrgMutation(({ code, name }: { code: string; name: string }) => renameRegion(code, name));

export const useCreateCenter = () =>
  useOrgMutation(({ idempotencyKey, ...input }: Keyed<CenterFields & { regionCode: string }>) =>
    createCenter(input, idempotencyKey),
  );
export const useUpdateCenter = () =>
  useOrgMutation(({ id, input }: { id: string; input: Partial<CenterFields> }) => updateCenter(id, input));

export const useCreateHall = () =>
  useOrgMutation(({ centerId, idempotencyKey, ...input }: Keyed<HallFields & { centerId: string }>) =>
    createHall(centerId, input, idempotencyKey),
  );
export const useUpdateHall = () =>
  useOrgMutation(({ id, input }: { id: string; input: Partial<HallFields> }) => updateHall(id, input));

export const useCreateZone = () =>
  useOrgMutation(({ hallId, idempotencyKey, ...input }: Keyed<ZoneFields & { hallId: string }>) =>
    createZone(hallId, input, idempotencyKey),
  );
export const useUpdateZone = () =>
  useOrgMutation(({ id, input }: { id: string; input: Partial<ZoneFields> }) => updateZone(id, input));
export const useDeleteZone = () => useOrgMutation((id: string) => deleteZone(id));

export const useCreateWindow = () =>
  useOrgMutation(({ centerId, idempotencyKey, ...input }: Keyed<WindowFields & { centerId: string }>) =>
    createWindow(centerId, input, idempotencyKey),
  );
export const useUpdateWindow = () =>
  useOrgMutation(
    ({ id, input }: { id: string; input: Partial<WindowFields> & { onDutyStaffId?: string | null } }) =>
      updateWindow(id, input),
  );

export const useCreateDepartment = () =>
  useOrgMutation(({ idempotencyKey, ...input }: Keyed<DepartmentFields & { regionCode: string }>) =>
    createDepartment(input, idempotencyKey),
  );
export const useUpdateDepartment = () =>
  useOrgMutation(({ id, input }: { id: string; input: Partial<DepartmentFields> }) =>
    updateDepartment(id, input),
  );

export const useAssignStaff = () =>
  useOrgMutation(({ staffId, input }: { staffId: string; input: StaffAssignment }) =>
    assignStaff(staffId, input),
  );
