import type { ModuleDescriptor } from '../../platform/module.ts';
import { LICENSE_ERRORS } from './errors.ts';
import { LICENSE_JOBS } from './jobs.ts';
import { LICENSE_PERMISSIONS } from './policy.ts';
import { licensePublicRoutes } from './routes/public.ts';
import { licenseStaffRoutes } from './routes/staff.ts';

/** Electronic licenses (电子证照): SM2-signed, publicly verifiable, renewed (延续) or deemed renewed. */
export const licensesModule: ModuleDescriptor = {
  name: 'licenses',
  tags: [{ name: 'licenses', description: 'E-licenses: public verification, print, signing keys' }],
  routes(app, ctx) {
    licensePublicRoutes(app, ctx);
    licenseStaffRoutes(app, ctx);
  },
  jobs: LICENSE_JOBS,
  errors: LICENSE_ERRORS,
  permissions: LICENSE_PERMISSIONS,
};

declare module '../../platform/policy.ts' {
  interface Permissions {
    'licenses.read': true;
    'licenses.keys': true;
  }
}
