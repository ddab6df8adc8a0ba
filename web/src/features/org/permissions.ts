import { isWithinRegion } from '../../../../domain/org/index.ts';
import { canManageOrganisation, type Permitted } from '../../shared/permissions.ts';

/**
 * Whether the signed-in staff member may change what belongs to `regionCode`: org admins, within their
 * own regions. The server checks both again; the UI only hides what would be refused.
 */
export function mayManageRegion(actor: Permitted & { regionCode: string }, regionCode: string): boolean {
  return canManageOrganisation(actor) && isWithinRegion(regionCode, actor.regionCode);
}
