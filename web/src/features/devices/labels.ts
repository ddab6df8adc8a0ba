import type { DeviceScope } from './api/devices-api.ts';

export const DEVICE_SCOPES: readonly DeviceScope[] = ['kiosk', 'display', 'evaluation_pad'];

/** GLOSSARY: 自助终端/取号机 (kiosk), 叫号屏 (display), 评价器 (evaluation pad). */
export function deviceScopeLabel(scope: DeviceScope): string {
  switch (scope) {
    case 'kiosk':
      return '自助终端/取号机';
    case 'display':
      return '叫号屏';
    case 'evaluation_pad':
      return '评价器';
    default: {
      const unknown: never = scope;
      return String(unknown);
    }
  }
}

export function deviceScopeColor(scope: DeviceScope): string {
  switch (scope) {
    case 'kiosk':
      return 'blue';
    case 'display':
      return 'cyan';
    case 'evaluation_pad':
      return 'gold';
    default: {
      const unknown: never = scope;
      return String(unknown);
    }
  }
}

export function isDeviceScope(value: string): value is DeviceScope {
  return (DEVICE_SCOPES as readonly string[]).includes(value);
}
