import type { ModuleDescriptor } from '../../platform/module.ts';
import { APPLICANT_AUTH_ERRORS } from './errors.ts';
import { applicantAuthRoutes, identifyApplicant } from './routes.ts';
import { APPLICANT_AUTH_JOBS } from './jobs.ts';

/** Applicant sign-in: SMS codes, the province's OIDC platform, applicant sessions. */
export const applicantAuthModule: ModuleDescriptor = {
  name: 'applicant-auth',
  tags: [
    {
      name: 'applicant-auth',
      description: 'Applicant sign-in: SMS codes and the province identity platform',
    },
    {
      name: 'dev',
      description: 'Development outbox (only with ONEWINDOW_DEV_OUTBOX=true, this machine only)',
    },
  ],
  identify: identifyApplicant,
  routes: (app, ctx) => applicantAuthRoutes(app, ctx),
  jobs: APPLICANT_AUTH_JOBS,
  errors: APPLICANT_AUTH_ERRORS,
};
