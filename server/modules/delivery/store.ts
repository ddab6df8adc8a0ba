import { and, asc, count, desc, eq, inArray, lte } from 'drizzle-orm';
import { OPEN_STATUSES, TRACKED_STATUSES, type ShipmentStatus } from '../../../domain/delivery/index.ts';
import type { Executor, Tx } from '../../db/connection.ts';
import { withinRegionOf } from '../../platform/policy.ts';
import { shipmentEvents, shipments } from './schema.ts';

/* Queries and locks of shipments and their trails; no HTTP, no permissions. */

export type ShipmentRow = typeof shipments.$inferSelect;
export type ShipmentEventRow = typeof shipmentEvents.$inferSelect;
export type ShipmentKey = Pick<ShipmentRow, 'regionCode' | 'id'>;
type Scope = { regionCode: string };

const keyOf = (shipment: ShipmentKey) =>
  and(eq(shipments.regionCode, shipment.regionCode), eq(shipments.id, shipment.id));

export async function insertShipment(tx: Tx, row: typeof shipments.$inferInsert): Promise<ShipmentRow> {
  const [inserted] = await tx.insert(shipments).values(row).returning();
  return inserted!;
}

/** A shipment by id, inside the caller's regions when a scope is given. */
export async function findShipment(db: Executor, id: string, scope?: Scope): Promise<ShipmentRow | null> {
  const [row] = await db
    .select()
    .from(shipments)
    .where(and(eq(shipments.id, id), scope ? withinRegionOf(shipments.regionCode, scope) : undefined));
  return row ?? null;
}

/** Locks the shipment until the transaction ends: every change of its status or trail takes this lock. */
export async function lockShipment(tx: Tx, shipment: ShipmentKey): Promise<ShipmentRow | null> {
  const [row] = await tx.select().from(shipments).where(keyOf(shipment)).for('update');
  return row ?? null;
}

export async function updateShipment(
  tx: Tx,
  shipment: ShipmentKey,
  changes: Partial<typeof shipments.$inferInsert>,
  onlyIfStatus?: ShipmentStatus,
): Promise<ShipmentRow | null> {
  const [row] = await tx
    .update(shipments)
    .set(changes)
    .where(and(keyOf(shipment), onlyIfStatus ? eq(shipments.status, onlyIfStatus) : undefined))
    .returning();
  return row ?? null;
}

export async function findOpenShipmentOfCase(db: Executor, caseId: string): Promise<ShipmentRow | null> {
  const [row] = await db
    .select()
    .from(shipments)
    .where(and(eq(shipments.caseId, caseId), inArray(shipments.status, [...OPEN_STATUSES])));
  return row ?? null;
}

export function listShipmentsOfCase(db: Executor, caseId: string): Promise<ShipmentRow[]> {
  return db.select().from(shipments).where(eq(shipments.caseId, caseId)).orderBy(asc(shipments.createdAt));
}

/** A page of the shipments in the caller's regions, newest first. */
export async function listShipments(
  db: Executor,
  scope: Scope,
  filter: {
    status?: ShipmentStatus | undefined;
    centerId?: string | undefined;
    page: number;
    pageSize: number;
  },
): Promise<{ rows: ShipmentRow[]; total: number }> {
  const where = and(
    withinRegionOf(shipments.regionCode, scope),
    filter.status ? eq(shipments.status, filter.status) : undefined,
    filter.centerId ? eq(shipments.centerId, filter.centerId) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(shipments)
      .where(where)
      .orderBy(desc(shipments.createdAt), desc(shipments.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ total: count() }).from(shipments).where(where),
  ]);
  return { rows, total: total?.total ?? 0 };
}

/** The booking queue: pending shipments whose next try is due (shipments_booking_due_idx). */
export function listDueForBooking(db: Executor, now: Date, limit: number): Promise<ShipmentRow[]> {
  return db
    .select()
    .from(shipments)
    .where(and(eq(shipments.status, 'pending'), lte(shipments.bookingDueAt, now)))
    .orderBy(asc(shipments.bookingDueAt))
    .limit(limit);
}

/** The tracking queue: booked, unfinished shipments whose next poll is due (shipments_poll_due_idx). */
export function listDueForPolling(db: Executor, now: Date, limit: number): Promise<ShipmentRow[]> {
  return db
    .select()
    .from(shipments)
    .where(and(inArray(shipments.status, [...TRACKED_STATUSES]), lte(shipments.nextPollAt, now)))
    .orderBy(asc(shipments.nextPollAt))
    .limit(limit);
}

export function listEvents(db: Executor, shipment: ShipmentKey): Promise<ShipmentEventRow[]> {
  return db
    .select()
    .from(shipmentEvents)
    .where(
      and(eq(shipmentEvents.regionCode, shipment.regionCode), eq(shipmentEvents.shipmentId, shipment.id)),
    )
    .orderBy(asc(shipmentEvents.occurredAt), asc(shipmentEvents.id));
}

/** The trails of several shipments of one region (a case's), each in time order. */
export async function listEventsOf(
  db: Executor,
  regionCode: string,
  ids: readonly string[],
): Promise<Map<string, ShipmentEventRow[]>> {
  const trails = new Map<string, ShipmentEventRow[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return trails;
  const rows = await db
    .select()
    .from(shipmentEvents)
    .where(and(eq(shipmentEvents.regionCode, regionCode), inArray(shipmentEvents.shipmentId, [...ids])))
    .orderBy(asc(shipmentEvents.occurredAt), asc(shipmentEvents.id));
  for (const row of rows) trails.get(row.shipmentId)?.push(row);
  return trails;
}

/** Inserts the events not yet recorded (by key) and returns those it inserted. */
export function insertEvents(
  tx: Tx,
  rows: (typeof shipmentEvents.$inferInsert)[],
): Promise<ShipmentEventRow[]> {
  if (rows.length === 0) return Promise.resolve([]);
  return tx.insert(shipmentEvents).values(rows).onConflictDoNothing().returning();
}
