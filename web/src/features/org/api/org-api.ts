import type { CenterKind, RegionLevel, StationingMode, WindowKind } from '../../../../../domain/org/index.ts';
import { api } from '../../../shared/api.ts';

export type { CenterKind, RegionLevel, StationingMode, WindowKind };

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

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
  sortOrder: number;
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
  sortOrder: number;
}

/** A staff member as the organisation pages show them (staff-only: names are not public). */
export interface OrgStaff {
  id: string;
  regionCode: string;
  username: string;
  displayName: string;
  roles: string[];
  centerId: string | null;
  departmentId: string | null;
  isActive: boolean;
  onDutyWindowId: string | null;
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

export async function fetchRegions(signal?: AbortSignal): Promise<Region[]> {
  const { regions } = await api.get<{ regions: Region[] }>(
    '/api/org/regions',
    signal ? { signal } : undefined,
  );
  return regions;
}

export async function fetchOrgStaff(centerId?: string, signal?: AbortSignal): Promise<OrgStaff[]> {
  const { staff } = await api.get<{ staff: OrgStaff[] }>('/api/org/staff', {
    ...(centerId ? { query: { centerId } } : {}),
    ...(signal ? { signal } : {}),
  });
  return staff;
}

// ---------------------------------------------------------------------------------------------
// Writes (org.manage). A create carries one Idempotency-Key per form submission.
// ---------------------------------------------------------------------------------------------

const path = (...parts: string[]) => `/api/org/${parts.map(encodeURIComponent).join('/')}`;
const once = (idempotencyKey: string | undefined) =>
  idempotencyKey ? { headers: { 'Idempotency-Key': idempotencyKey } } : undefined;

export interface RegionInput {
  parentCode: string;
  code: string;
  name: string;
  level: 'township' | 'village';
}

export async function createRegion(input: RegionInput, idempotencyKey?: string): Promise<Region> {
  return (await api.post<{ region: Region }>(path('regions'), input, once(idempotencyKey))).region;
}

export async function renameRegion(code: string, name: string): Promise<Region> {
  return (await api.patch<{ region: Region }>(path('regions', code), { name })).region;
}

export interface CenterFields {
  name: string;
  address: string;
  phone: string | null;
  openingHours: string;
}

export async function createCenter(
  input: CenterFields & { regionCode: string },
  idempotencyKey?: string,
): Promise<Center> {
  return (await api.post<{ center: Center }>(path('centers'), input, once(idempotencyKey))).center;
}

export async function updateCenter(id: string, input: Partial<CenterFields>): Promise<Center> {
  return (await api.patch<{ center: Center }>(path('centers', id), input)).center;
}

export interface HallFields {
  name: string;
  floorCount: number;
}

export async function createHall(centerId: string, input: HallFields, idempotencyKey?: string) {
  return (await api.post<{ hall: Hall }>(path('centers', centerId, 'halls'), input, once(idempotencyKey)))
    .hall;
}

export async function updateHall(id: string, input: Partial<HallFields>): Promise<Hall> {
  return (await api.patch<{ hall: Hall }>(path('halls', id), input)).hall;
}

export interface ZoneFields {
  name: string;
  floor: number;
  sortOrder?: number;
}

export async function createZone(hallId: string, input: ZoneFields, idempotencyKey?: string) {
  return (await api.post<{ zone: Zone }>(path('halls', hallId, 'zones'), input, once(idempotencyKey))).zone;
}

export async function updateZone(id: string, input: Partial<ZoneFields>): Promise<Zone> {
  return (await api.patch<{ zone: Zone }>(path('zones', id), input)).zone;
}

export function deleteZone(id: string): Promise<void> {
  return api.delete(path('zones', id));
}

/** A window as org admins edit it. */
export interface AdminWindow {
  id: string;
  centerId: string;
  zoneId: string | null;
  number: string;
  name: string;
  kind: WindowKind;
  departmentId: string | null;
  isOpen: boolean;
  onDutyStaffId: string | null;
}

export interface WindowFields {
  number: string;
  name: string;
  kind: WindowKind;
  zoneId: string;
  departmentId: string | null;
  isOpen?: boolean;
}

export async function createWindow(centerId: string, input: WindowFields, idempotencyKey?: string) {
  return (
    await api.post<{ window: AdminWindow }>(path('centers', centerId, 'windows'), input, once(idempotencyKey))
  ).window;
}

export async function updateWindow(
  id: string,
  input: Partial<WindowFields> & { onDutyStaffId?: string | null },
): Promise<AdminWindow> {
  return (await api.patch<{ window: AdminWindow }>(path('windows', id), input)).window;
}

export interface DepartmentFields {
  name: string;
  shortName: string;
  stationingMode: StationingMode;
  phone: string | null;
  sortOrder?: number;
}

export async function createDepartment(
  input: DepartmentFields & { regionCode: string },
  idempotencyKey?: string,
): Promise<Department> {
  return (await api.post<{ department: Department }>(path('departments'), input, once(idempotencyKey)))
    .department;
}

export async function updateDepartment(id: string, input: Partial<DepartmentFields>): Promise<Department> {
  return (await api.patch<{ department: Department }>(path('departments', id), input)).department;
}

export interface StaffAssignment {
  centerId: string | null;
  departmentId: string | null;
}

export async function assignStaff(staffId: string, input: StaffAssignment): Promise<OrgStaff> {
  return (await api.put<{ staff: OrgStaff }>(path('staff', staffId, 'assignment'), input)).staff;
}
