import type { ModuleDescriptor } from '../../platform/module.ts';
import { ROLES } from '../../platform/policy.ts';
import { eventRoutes } from './routes.ts';

/** Live updates to signed-in screens (Server-Sent Events). */
export const eventsModule: ModuleDescriptor = {
  name: 'events',
  tags: [{ name: 'events', description: 'Live updates (Server-Sent Events)' }],
  routes: eventRoutes,
  permissions: { 'events.subscribe': ROLES },
};

declare module '../../platform/policy.ts' {
  interface Permissions {
    'events.subscribe': true;
  }
}
