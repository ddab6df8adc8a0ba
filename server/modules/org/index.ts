import type { Executor } from '../../db/connection.ts';
import * as store from './store.ts';

// What other modules may use of the organisation: its topics and reads of regions, centers and departments.
export { ORG_NAME_TOPICS, ORG_PLACE_TOPICS, ORG_TOPICS, type OrgTopic } from './events.ts';

export type RegionRecord = NonNullable<Awaited<ReturnType<typeof store.findRegion>>>;

export const findRegion = (db: Executor, code: string) => store.findRegion(db, code);

/** Every department and every region, for lists that show their names (a few hundred rows at most). */
export const listDepartments = (db: Executor) => store.listDepartments(db);
export const listRegions = (db: Executor) => store.listRegions(db);

/** The open windows that accept an item, with their center, hall and zone (for its service guide). */
export const listOpenWindowsAccepting = (db: Executor, item: { regionCode: string; id: string }) =>
  store.listOpenWindowsAccepting(db, item);

/** A center in the caller's regions, or null. */
export const findCenterInScope = (db: Executor, scope: { regionCode: string }, id: string) =>
  store.findCenter(db, id, scope);

/** A department in the caller's regions (and in `regionCode` when given), or null. */
export async function findDepartmentInScope(
  db: Executor,
  scope: { regionCode: string },
  id: string,
  regionCode?: string,
) {
  const department = await store.findDepartment(db, id, scope);
  return department && (!regionCode || department.regionCode === regionCode) ? department : null;
}

/** A department of exactly this region, or null. */
export async function findDepartmentInRegion(db: Executor, regionCode: string, id: string) {
  const department = await store.findDepartment(db, id);
  return department?.regionCode === regionCode ? department : null;
}

/** The regions that have a center, each once (a deployment's extent). */
export const listCenterRegionCodes = (db: Executor) => store.listCenterRegionCodes(db);

/**
 * The window a staff member is on duty at (signed in at the counter), with whether it accepts the
 * item (一窗受理: a general window accepts every item of the departments it covers); null off duty.
 */
export async function findDutyWindow(db: Executor, staffId: string, item: { regionCode: string; id: string }) {
  const window = await store.findWindowOnDuty(db, staffId);
  if (!window) return null;
  const accepted = await store.listWindowItemKeys(db, window);
  return {
    ...window,
    acceptsItem: accepted.some((key) => key.regionCode === item.regionCode && key.id === item.id),
  };
}
