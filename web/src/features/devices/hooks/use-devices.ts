import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createDevice, fetchDevices, revokeDevice, type CreateDeviceInput } from '../api/devices-api.ts';

export const devicesQueryKeys = {
  all: ['devices'] as const,
};

export function useDevices() {
  return useQuery({ queryKey: devicesQueryKeys.all, queryFn: ({ signal }) => fetchDevices(signal) });
}

export function useCreateDevice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: CreateDeviceInput; idempotencyKey: string }) =>
      createDevice(input, idempotencyKey),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: devicesQueryKeys.all }),
  });
}

export function useRevokeDevice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => revokeDevice(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: devicesQueryKeys.all }),
  });
}
