import { describe, expect, it } from 'vitest';
import { editableFields, editActionLabel } from './permissions.ts';

const staff = (permissions: string[], grantableRoles: string[] = []) => ({ permissions, grantableRoles });

describe('what an admin may change on an account', () => {
  it('never offers to change one’s own roles, and offers roles only to a granter', () => {
    const admin = { id: 'a', ...staff(['users.manage', 'users.assign_roles'], ['clerk']) };
    expect(editableFields(admin, { id: 'a' })).toEqual({ displayName: true, roles: false });
    expect(editActionLabel(editableFields(admin, { id: 'b' }))).toBe('编辑');
    const security = { id: 's', ...staff(['users.read', 'users.assign_roles'], ['clerk', 'audit_admin']) };
    expect(editActionLabel(editableFields(security, { id: 'b' }))).toBe('分配角色');
    expect(editActionLabel(editableFields(security, { id: 's' }))).toBeNull();
    expect(editActionLabel(editableFields({ id: 'y', ...staff(['users.manage']) }, { id: 'b' }))).toBe(
      '修改姓名',
    );
  });
});
