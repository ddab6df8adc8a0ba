import type { ModuleDescriptor } from '../../platform/module.ts';
import { ORG_ERRORS } from './errors.ts';
import { orgRoutes } from './routes.ts';

/** The service network: regions, centers, halls, zones, windows, departments, staff assignments. */
export const orgModule: ModuleDescriptor = {
  name: 'org',
  tags: [{ name: 'org', description: 'Regions, centers, halls, zones, windows, departments' }],
  routes: orgRoutes,
  errors: ORG_ERRORS,
  permissions: {
    // Regions, centers, halls, zones, windows, departments and staff assignments.
    'org.manage': ['center_admin', 'system_admin'],
  },
};

declare module '../../platform/policy.ts' {
  interface Permissions {
    'org.manage': true;
  }
}
