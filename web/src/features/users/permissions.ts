import { canAssignRoles, canManageUsers, type Permitted } from '../../shared/permissions.ts';

/** What an admin may change on an account: the name (account admins), the roles (role granters, not on themselves). */
export function editableFields(
  actor: Permitted & { id: string },
  user: { id: string },
): { displayName: boolean; roles: boolean } {
  return {
    displayName: canManageUsers(actor),
    roles: canAssignRoles(actor) && actor.id !== user.id,
  };
}

/** The title an edit action shows for what it changes. */
export function editActionLabel(fields: { displayName: boolean; roles: boolean }): string | null {
  if (fields.displayName && fields.roles) return '编辑';
  if (fields.roles) return '分配角色';
  if (fields.displayName) return '修改姓名';
  return null;
}
