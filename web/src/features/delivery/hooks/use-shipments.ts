import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  fetchShipment,
  fetchShipments,
  fetchShipmentSlip,
  refreshShipment,
  type ShipmentFilters,
} from '../api/delivery-api.ts';

export const deliveryQueryKeys = {
  all: ['delivery'] as const,
  list: (filters: ShipmentFilters) => ['delivery', 'list', filters] as const,
  detail: (id: string) => ['delivery', 'shipment', id] as const,
  slip: (id: string) => ['delivery', 'slip', id] as const,
};

export function useShipments(filters: ShipmentFilters) {
  return useQuery({
    queryKey: deliveryQueryKeys.list(filters),
    queryFn: ({ signal }) => fetchShipments(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useShipment(id: string) {
  return useQuery({
    queryKey: deliveryQueryKeys.detail(id),
    queryFn: ({ signal }) => fetchShipment(id, signal),
  });
}

export function useShipmentSlip(id: string) {
  // Every fetch is an audited read of personal data: fetch once per visit, never in the background.
  return useQuery({
    queryKey: deliveryQueryKeys.slip(id),
    queryFn: ({ signal }) => fetchShipmentSlip(id, signal),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

export function useRefreshShipment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: refreshShipment,
    onSuccess: (shipment) => {
      client.setQueryData(deliveryQueryKeys.detail(shipment.id), shipment);
      void client.invalidateQueries({ queryKey: ['delivery', 'list'] });
    },
  });
}
