import { api } from '../../../shared/api.ts';

export type CenterKind = 'government_service_center' | 'convenience_center' | 'agency_point';
export type WindowKind = 'general' | 'specialized';
export type StationingMode = 'whole_unit' | 'approval_office' | 'key_staff' | 'general_window';

export interface Center {
  id: string;
  regionCode: string;
  regionName: string;
  name: string;
  kind: CenterKind;
  address: string;
  phone: string | null;
  openingHours: string;
}

export interface Hall {
  id: string;
  name: string;
  floorCount: number;
}

export interface ServiceWindow {
  id: string;
  number: string;
  name: string;
  kind: WindowKind;
  departmentId: string | null;
  departmentName: string | null;
  isOpen: boolean;
}

export interface Zone {
  id: string;
  hallId: string;
  name: string;
  floor: number;
  windows: ServiceWindow[];
}

export interface CenterLayout {
  center: Center;
  halls: Hall[];
  zones: Zone[];
}

export interface Department {
  id: string;
  regionCode: string;
  name: string;
  shortName: string;
  stationingMode: StationingMode;
  phone: string | null;
}

export async function fetchCenters(signal?: AbortSignal): Promise<Center[]> {
  const { centers } = await api.get<{ centers: Center[] }>(
    '/api/org/centers',
    signal ? { signal } : undefined,
  );
  return centers;
}

export function fetchCenterLayout(id: string, signal?: AbortSignal): Promise<CenterLayout> {
  return api.get<CenterLayout>(`/api/org/centers/${encodeURIComponent(id)}`, signal ? { signal } : undefined);
}

export async function fetchDepartments(signal?: AbortSignal): Promise<Department[]> {
  const { departments } = await api.get<{ departments: Department[] }>(
    '/api/org/departments',
    signal ? { signal } : undefined,
  );
  return departments;
}
