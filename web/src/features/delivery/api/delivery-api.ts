import { api } from '../../../shared/api.ts';
import type {
  ShipmentDetailDto,
  ShipmentListDto,
  ShipmentSlipDto,
} from '../../../../../server/modules/delivery/schemas.ts';
import type { ShipmentStatus } from '../../../../../domain/delivery/index.ts';

// The contracts come from the server's schemas, written once (server/modules/delivery/schemas.ts).
export type ShipmentList = ShipmentListDto;
export type ShipmentSummary = ShipmentListDto['shipments'][number];
export type ShipmentDetail = ShipmentDetailDto;
export type ShipmentSlip = ShipmentSlipDto;

export interface ShipmentFilters {
  status?: ShipmentStatus;
  centerId?: string;
  page?: number;
  pageSize?: number;
}

export function fetchShipments(filters: ShipmentFilters, signal?: AbortSignal): Promise<ShipmentList> {
  return api.get<ShipmentList>('/api/delivery/shipments', {
    query: { ...filters },
    ...(signal ? { signal } : {}),
  });
}

export async function fetchShipment(id: string, signal?: AbortSignal): Promise<ShipmentDetail> {
  const reply = await api.get<{ shipment: ShipmentDetail }>(`/api/delivery/shipments/${id}`, {
    ...(signal ? { signal } : {}),
  });
  return reply.shipment;
}

/** 刷新物流: the server reads the carrier's trail now. */
export async function refreshShipment(id: string): Promise<ShipmentDetail> {
  const reply = await api.post<{ shipment: ShipmentDetail }>(`/api/delivery/shipments/${id}/refresh`, {});
  return reply.shipment;
}

/** The slip shows the recipient whole; the server audits every fetch. */
export async function fetchShipmentSlip(id: string, signal?: AbortSignal): Promise<ShipmentSlip> {
  const reply = await api.get<{ slip: ShipmentSlip }>(`/api/delivery/shipments/${id}/slip`, {
    ...(signal ? { signal } : {}),
  });
  return reply.slip;
}
