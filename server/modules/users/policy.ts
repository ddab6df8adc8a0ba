import { ADMIN_ROLES, can, ROLES, type Role, type StaffActor } from '../../platform/policy.ts';

/**
 * The roles a staff member may grant or withdraw (三员分立): the security admin any role, a center
 * admin the operational ones, nobody else any. Nobody changes their own roles.
 */
export function grantableRoles(actor: Pick<StaffActor, 'roles'>): Role[] {
  if (!can(actor, 'users.assign_roles')) return [];
  if (actor.roles.includes('security_admin')) return [...ROLES];
  return ROLES.filter((role) => !ADMIN_ROLES.includes(role));
}
