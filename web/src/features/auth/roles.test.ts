import { describe, expect, it } from 'vitest';
import {
  canGrantRole,
  canManageCatalog,
  canOpenAdmin,
  canOpenAdminArea,
  canReplaceNationalSchedule,
  safeNextPath,
} from './roles.ts';
import { editableFields, editActionLabel } from '../users/permissions.ts';

describe('管理后台 by role (三员分立)', () => {
  it('opens the audit log to the audit admin alone', () => {
    expect(canOpenAdminArea(['audit_admin'], 'audit')).toBe(true);
    expect(canOpenAdminArea(['system_admin'], 'audit')).toBe(false);
    expect(canOpenAdminArea(['center_admin'], 'audit')).toBe(false);
    expect(canOpenAdmin(['audit_admin'])).toBe(true);
    expect(canOpenAdminArea(['audit_admin'], 'users')).toBe(false);
  });

  it('gives users to the account and role admins, devices to the account admins', () => {
    expect(canOpenAdminArea(['security_admin'], 'users')).toBe(true);
    expect(canOpenAdminArea(['security_admin'], 'devices')).toBe(false);
    expect(canOpenAdminArea(['system_admin'], 'devices')).toBe(true);
    expect(canOpenAdmin(['clerk'])).toBe(false);
  });

  it('opens 事项管理 to the catalog admins and the supervisor, and lets only the admins change items', () => {
    expect(canOpenAdminArea(['center_admin'], 'catalog')).toBe(true);
    expect(canOpenAdminArea(['supervisor'], 'catalog')).toBe(true);
    expect(canOpenAdminArea(['clerk'], 'catalog')).toBe(false);
    expect(canManageCatalog(['system_admin'])).toBe(true);
    expect(canManageCatalog(['supervisor'])).toBe(false);
  });

  it('lets a center admin grant operational roles only, the security admin all', () => {
    expect(canGrantRole(['center_admin'], 'clerk')).toBe(true);
    expect(canGrantRole(['center_admin'], 'supervisor')).toBe(false);
    expect(canGrantRole(['center_admin'], 'center_admin')).toBe(false);
    expect(canGrantRole(['security_admin'], 'audit_admin')).toBe(true);
    expect(canGrantRole(['system_admin'], 'clerk')).toBe(false);
  });

  it('never offers to change one’s own roles', () => {
    const admin = { id: 'a', roles: ['center_admin'] };
    expect(editableFields(admin, { id: 'a' })).toEqual({ displayName: true, roles: false });
    expect(editActionLabel(editableFields(admin, { id: 'b' }))).toBe('编辑');
    const security = { id: 's', roles: ['security_admin'] };
    expect(editActionLabel(editableFields(security, { id: 'b' }))).toBe('分配角色');
    expect(editActionLabel(editableFields(security, { id: 's' }))).toBeNull();
    expect(editActionLabel(editableFields({ id: 'y', roles: ['system_admin'] }, { id: 'b' }))).toBe(
      '修改姓名',
    );
  });

  it('keeps the sign-in redirect on this site', () => {
    expect(safeNextPath('//evil.example/')).toBe('/workbench');
    expect(safeNextPath('/admin/audit')).toBe('/admin/audit');
  });
});

describe('canReplaceNationalSchedule', () => {
  it('offers the national schedule to a system admin of a county or above only', () => {
    expect(canReplaceNationalSchedule(['system_admin'], '390522000000')).toBe(true);
    expect(canReplaceNationalSchedule(['system_admin'], '390000000000')).toBe(true);
    expect(canReplaceNationalSchedule(['system_admin'], '390522100000')).toBe(false);
    expect(canReplaceNationalSchedule(['center_admin'], '390522000000')).toBe(false);
  });
});
