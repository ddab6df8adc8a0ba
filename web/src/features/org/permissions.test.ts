import { describe, expect, it } from 'vitest';
import { mayManageRegion } from './permissions.ts';

describe('who may change the organisation on screen', () => {
  const countyAdmin = { roles: ['center_admin'], regionCode: '390522000000' };

  it('lets org admins change their own regions and those below', () => {
    expect(mayManageRegion(countyAdmin, '390522000000')).toBe(true);
    expect(mayManageRegion(countyAdmin, '390522100201')).toBe(true);
    expect(mayManageRegion({ roles: ['system_admin'], regionCode: '390522100000' }, '390522100201')).toBe(
      true,
    );
  });

  it('hides the actions elsewhere and from other roles', () => {
    expect(mayManageRegion(countyAdmin, '390523000000')).toBe(false);
    expect(mayManageRegion({ roles: ['system_admin'], regionCode: '390522100000' }, '390522000000')).toBe(
      false,
    );
    expect(
      mayManageRegion({ roles: ['clerk', 'security_admin'], regionCode: '390522000000' }, '390522000000'),
    ).toBe(false);
  });
});
