import type { ModuleDescriptor } from '../../platform/module.ts';
import { deviceRoutes } from './routes.ts';

/** Kiosk, display and evaluation-pad tokens. */
export const devicesModule: ModuleDescriptor = {
  name: 'devices',
  tags: [{ name: 'devices', description: 'Kiosk, display and evaluation-pad tokens' }],
  routes: deviceRoutes,
  permissions: { 'devices.manage': ['center_admin', 'system_admin'] },
};

declare module '../../platform/policy.ts' {
  interface Permissions {
    'devices.manage': true;
  }
}
