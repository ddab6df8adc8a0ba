import type { ModuleDescriptor } from '../../platform/module.ts';
import type { Role } from '../../platform/policy.ts';
import { CASES_ERRORS } from './errors.ts';
import { caseApplicantRoutes } from './routes/applicant.ts';
import { casePublicRoutes } from './routes/public.ts';
import { caseStaffRoutes } from './routes/staff.ts';
import { deemLapsedApplicationsAccepted } from './service/acceptance.ts';
import { defaultOverdueCountersigns } from './service/countersigns.ts';

/** Cases (办件): from application to delivered result, on the legal clock. */
export const casesModule: ModuleDescriptor = {
  name: 'cases',
  tags: [
    { name: 'cases', description: 'The workbench and every action on a case, for staff' },
    { name: 'cases (applicant)', description: '网上申报 and 我的办件, for the signed-in applicant' },
    { name: 'cases (public)', description: 'The progress query by case number and query code' },
  ],
  routes(app, ctx) {
    caseStaffRoutes(app, ctx);
    caseApplicantRoutes(app, ctx);
    casePublicRoutes(app, ctx);
  },
  jobs: [
    {
      // 许可法 §32: no notice within 5 working days of receipt ⇒ accepted on the day of receipt.
      name: 'cases.deem-accepted',
      everyMs: 10 * 60_000,
      run: async (tx, ctx) => {
        await deemLapsedApplicationsAccepted(tx, ctx);
      },
    },
    {
      // 默认同意: countersigns not given within their time.
      name: 'cases.default-consent',
      everyMs: 60_000,
      run: async (tx, ctx) => {
        await defaultOverdueCountersigns(tx, ctx);
      },
    },
  ],
  errors: CASES_ERRORS,
  permissions: {
    'cases.read': [
      'clerk',
      'chief_representative',
      'agent',
      'reviewer',
      'guide',
      'center_admin',
      'supervisor',
      'system_admin',
    ],
    // Window work: open a walk-in case, pre-review, correction notices, accept, reject, release.
    'cases.intake': ['clerk', 'chief_representative', 'agent'],
    // Back-office work on the department's cases: steps, countersigns, suspensions, conclusion.
    'cases.process': ['reviewer', 'chief_representative'],
    // The head of the organ's approvals: the one extension, termination; and assigning steps.
    'cases.approve_extension': ['chief_representative'],
    'cases.assign': ['chief_representative'],
    // Whole ID numbers on the case page (others see them masked).
    'cases.read_personal_data': ['clerk', 'chief_representative', 'agent', 'reviewer'],
  } satisfies Record<string, readonly Role[]>,
};

declare module '../../platform/policy.ts' {
  interface Permissions {
    'cases.read': true;
    'cases.intake': true;
    'cases.process': true;
    'cases.approve_extension': true;
    'cases.assign': true;
    'cases.read_personal_data': true;
  }
}
