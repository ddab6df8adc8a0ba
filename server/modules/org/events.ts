/** The topics organisation writes publish. */
export const ORG_TOPICS = [
  'org.region.created',
  'org.region.renamed',
  'org.center.created',
  'org.center.updated',
  'org.hall.created',
  'org.hall.updated',
  'org.zone.created',
  'org.zone.updated',
  'org.zone.deleted',
  'org.window.created',
  'org.window.updated',
  'org.department.created',
  'org.department.updated',
  'org.staff.assigned',
] as const;
export type OrgTopic = (typeof ORG_TOPICS)[number];

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
