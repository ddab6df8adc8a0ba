// What other modules may use of applicant sign-in.
export { maskMobile } from './service.ts';
export { applicantAuditRegion } from './region.ts';
export { requireApplicant } from './session.ts';
