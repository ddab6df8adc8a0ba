import type { ModuleDescriptor } from '../../platform/module.ts';
import type { Role } from '../../platform/policy.ts';
import { DELIVERY_ERRORS } from './errors.ts';
import { DELIVERY_JOBS } from './jobs.ts';
import { deliveryApplicantRoutes } from './routes/applicant.ts';
import { deliveryStaffRoutes } from './routes/staff.ts';

/** Posting results (寄送 / 物流): shipments, the carrier adapter, booking and tracking jobs. */
export const deliveryModule: ModuleDescriptor = {
  name: 'delivery',
  tags: [{ name: 'delivery', description: 'Posted results: shipments, tracking trails, delivery slips' }],
  routes(app, ctx) {
    deliveryStaffRoutes(app, ctx);
    deliveryApplicantRoutes(app, ctx);
  },
  jobs: DELIVERY_JOBS,
  errors: DELIVERY_ERRORS,
  permissions: {
    'delivery.read': ['clerk', 'chief_representative', 'reviewer', 'center_admin', 'supervisor'],
    // Poll the carrier now (刷新物流), for those who answer the applicant's questions.
    'delivery.refresh': ['clerk', 'chief_representative', 'center_admin'],
    // Print the 寄送单 / 送达回证, which shows the recipient whole; every print is audited.
    'delivery.print': ['clerk', 'chief_representative'],
    // The recipient's mobile and street address whole in responses; everyone else sees them masked.
    'delivery.recipient.read_full': ['clerk', 'chief_representative'],
  } satisfies Record<string, readonly Role[]>,
};

declare module '../../platform/policy.ts' {
  interface Permissions {
    'delivery.read': true;
    'delivery.refresh': true;
    'delivery.print': true;
    'delivery.recipient.read_full': true;
  }
}
