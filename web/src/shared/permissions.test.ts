import { describe, expect, it } from 'vitest';
import { canOpenAdmin, canOpenAdminArea, safeNextPath } from './permissions.ts';

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

  it('keeps the sign-in redirect on this site', () => {
    expect(safeNextPath('//evil.example/')).toBe('/workbench');
    expect(safeNextPath('/admin/audit')).toBe('/admin/audit');
  });
});
