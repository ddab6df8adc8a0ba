import { beforeAll, describe, expect, it } from 'vitest';
import { registerPermissions, ROLES, type Role, type StaffActor } from '../../platform/policy.ts';
import { calendarModule } from './module.ts';
import { can } from './policy.ts';

// The app registers every module's permissions at start; this test builds no app.
beforeAll(() => registerPermissions(calendarModule.permissions ?? {}));

const REGIONS = {
  province: '990000000000',
  city: '990100000000',
  county: '990101000000',
  township: '990101001000',
} as const;

const actor = (role: Role, regionCode: string): StaffActor => ({
  kind: 'staff',
  id: 'a',
  regionCode,
  username: 'u',
  displayName: 'u',
  roles: [role],
  centerId: null,
  departmentId: null,
});

describe('calendar policy', () => {
  it('lets only a system admin of a county or above replace the national schedule', () => {
    for (const role of ROLES) {
      for (const [level, code] of Object.entries(REGIONS)) {
        const expected = role === 'system_admin' && level !== 'township';
        expect(can(actor(role, code), 'year.replace'), `${role} at ${level}`).toBe(expected);
      }
    }
  });

  it("lets an admin change a region's local days only at that region or above", () => {
    for (const role of ROLES) {
      for (const [actorLevel, actorCode] of Object.entries(REGIONS)) {
        for (const [dayLevel, dayCode] of Object.entries(REGIONS)) {
          const isAdmin = role === 'center_admin' || role === 'system_admin';
          const expected = isAdmin && dayCode.startsWith(actorCode.replace(/0+$/, ''));
          for (const action of ['local_day.create', 'local_day.delete'] as const) {
            expect(
              can(actor(role, actorCode), action, { regionCode: dayCode }),
              `${role} at ${actorLevel} → ${action} of ${dayLevel}`,
            ).toBe(expected);
          }
        }
      }
    }
    expect(
      can(actor('center_admin', REGIONS.county), 'local_day.create', { regionCode: '990102000000' }),
    ).toBe(false);
  });
});
