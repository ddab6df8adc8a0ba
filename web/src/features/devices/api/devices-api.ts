import { api } from '../../../shared/api.ts';

export type DeviceScope = 'kiosk' | 'display' | 'evaluation_pad';

/** A device token as `GET /api/devices` lists it; the token itself is never listed. */
export interface Device {
  id: string;
  regionCode: string;
  centerId: string;
  name: string;
  scopes: DeviceScope[];
  /** The first characters of the token, to tell tokens apart. */
  tokenPrefix: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface CreateDeviceInput {
  centerId: string;
  name: string;
  scopes: DeviceScope[];
}

export interface CreatedDevice {
  device: Device;
  /** Shown once: the device is configured with it, the server keeps only its hash. */
  token: string | null;
  /** True when a retried request found the token already shown; `secretNotice` says what to do. */
  secretShownOnce: boolean;
  secretNotice?: string;
}

export async function fetchDevices(signal?: AbortSignal): Promise<Device[]> {
  const { devices } = await api.get<{ devices: Device[] }>('/api/devices', signal ? { signal } : undefined);
  return devices;
}

export function createDevice(input: CreateDeviceInput, idempotencyKey: string): Promise<CreatedDevice> {
  return api.post<CreatedDevice>('/api/devices', input, { headers: { 'Idempotency-Key': idempotencyKey } });
}

export async function revokeDevice(id: string): Promise<Device> {
  const { device } = await api.post<{ device: Device }>(`/api/devices/${encodeURIComponent(id)}/revoke`);
  return device;
}
