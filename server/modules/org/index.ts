import type { Executor } from '../../db/connection.ts';
import type { ModuleDescriptor } from '../../platform/module.ts';
import { ORG_ERRORS } from './errors.ts';
import { orgRoutes } from './routes.ts';
import * as store from './store.ts';

/** The service network: regions, centers, halls, zones, windows, departments, staff assignments. */
export const orgModule: ModuleDescriptor = {
  name: 'org',
  tags: [{ name: 'org', description: 'Regions, centers, halls, zones, windows, departments' }],
  routes: orgRoutes,
  errors: ORG_ERRORS,
  permissions: {
    // Regions, centers, halls, zones, windows, departments and staff assignments.
    'org.manage': ['center_admin', 'system_admin'],
  },
};

declare module '../../platform/policy.ts' {
  interface Permissions {
    'org.manage': true;
  }
}

// What other modules may use.
export { ORG_TOPICS, type OrgTopic } from './service/shared.ts';

/** Topics after which names of regions and departments may read differently. */
export const ORG_NAME_TOPICS = [
  'org.region.created',
  'org.region.renamed',
  'org.department.created',
  'org.department.updated',
] as const;

/** Topics after which the places of service (centers, halls, zones, windows) may read differently. */
export const ORG_PLACE_TOPICS = [
  'org.center.created',
  'org.center.updated',
  'org.hall.created',
  'org.hall.updated',
  'org.zone.created',
  'org.zone.updated',
  'org.zone.deleted',
  'org.window.created',
  'org.window.updated',
] as const;

export type RegionRecord = NonNullable<Awaited<ReturnType<typeof store.findRegion>>>;

export const findRegion = (db: Executor, code: string) => store.findRegion(db, code);

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
