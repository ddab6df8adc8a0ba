import type { ModuleDescriptor } from '../../platform/module.ts';
import { USERS_ERRORS } from './errors.ts';
import { userRoutes } from './routes.ts';

/** Staff accounts, their roles and data scopes (三员分立). */
export const usersModule: ModuleDescriptor = {
  name: 'users',
  tags: [{ name: 'users', description: 'Staff accounts, roles and scopes' }],
  routes: userRoutes,
  errors: USERS_ERRORS,
  permissions: {
    // 三员分立: the system admin runs accounts, the security admin grants roles, the audit admin only reads the log.
    'users.read': ['center_admin', 'system_admin', 'security_admin'],
    'users.manage': ['center_admin', 'system_admin'],
    'users.assign_roles': ['center_admin', 'security_admin'],
  },
};

declare module '../../platform/policy.ts' {
  interface Permissions {
    'users.read': true;
    'users.manage': true;
    'users.assign_roles': true;
  }
}
