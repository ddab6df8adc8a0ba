import type { Tx } from '../../../db/connection.ts';
import type { centers, departments, halls, regions, windows, zones } from '../schema.ts';
import { recordChange } from '../../../platform/audit.ts';
import type { ORG_TOPICS, OrgTopic } from '../events.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { StaffActor } from '../../../platform/policy.ts';
import { auditContextOf, type IdempotencyKey } from '../../../platform/transaction.ts';

export interface WriteMeta {
  clientAddress: string;
  idempotency?: IdempotencyKey | null;
}

/** Audit actions of organisation writes; each is also the topic of its event, but see `topicOf`. */
export type OrgAction = (typeof ORG_TOPICS)[number] | 'org.window.duty_changed' | 'org.window.items_set';

/** Topics subscribers listen to: a window's duty or item change is a window update like any other. */
function topicOf(action: OrgAction): OrgTopic {
  return action === 'org.window.duty_changed' || action === 'org.window.items_set'
    ? 'org.window.updated'
    : action;
}

/** The audit record and outbox event of one organisation write, in the write's transaction. */
export function recordOrgChange(
  tx: Tx,
  ctx: AppContext,
  actor: StaffActor,
  meta: WriteMeta,
  entry: {
    action: OrgAction;
    targetType: 'region' | 'center' | 'hall' | 'zone' | 'window' | 'department' | 'staff';
    targetId: string;
    regionCode: string;
    before?: unknown;
    after?: unknown;
    summary: string;
    /** Ids only: events reach every signed-in screen of the region. */
    payload: Record<string, unknown>;
  },
): void {
  const { payload, ...audit } = entry;
  recordChange(tx, auditContextOf(ctx), {
    actor,
    ...audit,
    clientAddress: meta.clientAddress,
    event: { topic: topicOf(entry.action), payload },
  });
}

/** Trimmed text of a schema-checked field (the schema refuses blank strings). */
export function clean(text: string): string {
  return text.trim();
}

export function cleanOptional(text: string | null | undefined): string | null | undefined {
  if (text === undefined || text === null) return text;
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

// ---------------------------------------------------------------------------------------------
// What the API answers with
// ---------------------------------------------------------------------------------------------

export function presentRegion(row: typeof regions.$inferSelect) {
  return { code: row.code, name: row.name, level: row.level, parentCode: row.parentCode };
}

export function presentCenter(row: typeof centers.$inferSelect, regionName: string) {
  return {
    id: row.id,
    regionCode: row.regionCode,
    regionName,
    name: row.name,
    kind: row.kind,
    address: row.address,
    phone: row.phone,
    openingHours: row.openingHours,
  };
}

export function presentHall(row: typeof halls.$inferSelect) {
  return { id: row.id, centerId: row.centerId, name: row.name, floorCount: row.floorCount };
}

export function presentZone(row: typeof zones.$inferSelect) {
  return { id: row.id, hallId: row.hallId, name: row.name, floor: row.floor, sortOrder: row.sortOrder };
}

/** A window as staff see it: who is on duty is an id, never a name, here. */
export function presentWindow(row: typeof windows.$inferSelect) {
  return {
    id: row.id,
    centerId: row.centerId,
    zoneId: row.zoneId,
    number: row.number,
    name: row.name,
    kind: row.kind,
    departmentId: row.departmentId,
    isOpen: row.isOpen,
    onDutyStaffId: row.onDutyStaffId,
  };
}

export function presentDepartment(row: typeof departments.$inferSelect) {
  return {
    id: row.id,
    regionCode: row.regionCode,
    name: row.name,
    shortName: row.shortName,
    stationingMode: row.stationingMode,
    phone: row.phone,
    sortOrder: row.sortOrder,
  };
}
