import { regionLevelOfCode } from '../../../domain/org/regions.ts';
import { can as hasPermission, ownsRegionData, type StaffActor } from '../../platform/policy.ts';

/**
 * Who may change which calendar data.
 *
 * - The national holiday schedule (`calendar_years`) is published by the State Council and belongs to
 *   no region of a deployment. It is entered by the deployment's top-level system admin: a
 *   `system_admin` of a county, city or province region (in a county deployment, the county's system
 *   admin). Center admins and anyone at township level or below may read it, not replace it.
 * - A local closure or extra working day belongs to its region: an admin (`calendar.manage`) of that
 *   region or of a region above it adds or removes it.
 */
export type CalendarAction = 'year.replace' | 'local_day.create' | 'local_day.delete';

const NATIONAL_DATA_LEVELS = new Set(['province', 'city', 'county']);

export function can(actor: StaffActor, action: CalendarAction, record?: { regionCode: string }): boolean {
  switch (action) {
    case 'year.replace':
      return (
        hasPermission(actor, 'calendar.national') &&
        NATIONAL_DATA_LEVELS.has(regionLevelOfCode(actor.regionCode) ?? '')
      );
    case 'local_day.create':
    case 'local_day.delete':
      return (
        hasPermission(actor, 'calendar.manage') &&
        record !== undefined &&
        ownsRegionData(actor, record.regionCode)
      );
    default: {
      const unknown: never = action;
      throw new Error(`unknown calendar action ${String(unknown)}`);
    }
  }
}
