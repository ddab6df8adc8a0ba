import { describe, expect, it } from 'vitest';
import { mayManageRegion } from './permissions.ts';

describe('who may change the organisation on screen', () => {
  const orgAdmin = (regionCode: string) => ({ permissions: ['org.manage'], grantableRoles: [], regionCode });

  it('lets org admins change their own regions and those below', () => {
    expect(mayManageRegion(orgAdmin('390522000000'), '390522000000')).toBe(true);
    expect(mayManageRegion(orgAdmin('390522000000'), '390522100201')).toBe(true);
  });

  it('hides the actions elsewhere and from staff without the permission', () => {
    expect(mayManageRegion(orgAdmin('390522000000'), '390523000000')).toBe(false);
    expect(mayManageRegion(orgAdmin('390522100000'), '390522000000')).toBe(false);
    expect(
      mayManageRegion(
        { permissions: ['users.read'], grantableRoles: [], regionCode: '390522000000' },
        '390522000000',
      ),
    ).toBe(false);
  });
});
