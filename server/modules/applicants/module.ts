import type { ModuleDescriptor } from '../../platform/module.ts';
import { applicantRoutes } from './routes.ts';

/** Applicant identity: 实名 details, ID numbers encrypted at rest. */
export const applicantsModule: ModuleDescriptor = {
  name: 'applicants',
  tags: [{ name: 'applicants', description: 'Applicant identity (ID numbers encrypted at rest)' }],
  routes: applicantRoutes,
  permissions: {
    'applicants.lookup': ['clerk', 'chief_representative', 'guide', 'agent', 'reviewer'],
    // Full ID numbers in responses; everyone else sees them masked.
    'personal_data.read_full': ['chief_representative', 'reviewer'],
  },
};

declare module '../../platform/policy.ts' {
  interface Permissions {
    'applicants.lookup': true;
    'personal_data.read_full': true;
  }
}
