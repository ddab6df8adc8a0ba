import type { Role } from '../../platform/policy.ts';

/*
 * Who may do what with licenses. Issue, revocation and renewal decisions are the cases module's,
 * which checks its own permissions before it calls in; these are the licenses module's own routes.
 */
export const LICENSE_PERMISSIONS = {
  // 打印证照 at release, and looking one up: window staff, reviewers, the center's admin and supervisors.
  'licenses.read': ['clerk', 'chief_representative', 'reviewer', 'center_admin', 'supervisor'],
  // A center's signing keys: listing and rotating them.
  'licenses.keys': ['center_admin'],
} as const satisfies Record<string, readonly Role[]>;
