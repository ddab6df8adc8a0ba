import { describe, expect, it } from 'vitest';
import { canOpenAdmin, canOpenAdminArea, safeNextPath } from './roles.ts';
import { editableFields, editActionLabel } from '../users/permissions.ts';

// What each role may do is the server's (see server/modules/auth/auth.test.ts); the web only reads
// the permissions `/api/auth/me` lists.
const staff = (permissions: string[], grantableRoles: string[] = []) => ({ permissions, grantableRoles });

describe('管理后台 from the permissions the server lists', () => {
  it('opens each area to the permission that guards it, and 管理后台 when any area is open', () => {
    const auditor = staff(['audit.read', 'events.subscribe']);
    expect(canOpenAdminArea(auditor, 'audit')).toBe(true);
    expect(canOpenAdminArea(auditor, 'users')).toBe(false);
    expect(canOpenAdmin(auditor)).toBe(true);
    expect(canOpenAdmin(staff(['catalog.read', 'events.subscribe']))).toBe(false);
  });

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

  it('keeps the sign-in redirect on this site', () => {
    expect(safeNextPath('//evil.example/')).toBe('/workbench');
    expect(safeNextPath('/admin/audit')).toBe('/admin/audit');
  });
});
