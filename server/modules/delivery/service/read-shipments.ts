import type { ShipmentStatus } from '../../../../domain/delivery/index.ts';
import type { Executor } from '../../../db/connection.ts';
import type { ApplicantActor } from '../../../platform/access.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { assertCan as assertPermission, type StaffActor } from '../../../platform/policy.ts';
import { assertCan, mayReadRecipient, presentActions } from '../policy.ts';
import * as store from '../store.ts';
import { presentEvent, presentShipmentDetail, presentShipmentSummary } from './shared.ts';

const notFound = () => new AppError('NOT_FOUND', '未找到该寄送记录');

/** A page of the shipments in the caller's regions (a center's when `centerId` is given), newest first. */
export async function listShipments(
  ctx: AppContext,
  actor: StaffActor,
  query: {
    status?: ShipmentStatus | undefined;
    centerId?: string | undefined;
    page?: number | undefined;
    pageSize?: number | undefined;
  },
) {
  assertPermission(actor, 'delivery.read');
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const { rows, total } = await store.listShipments(ctx.db, actor, {
    status: query.status,
    centerId: query.centerId,
    page,
    pageSize,
  });
  const isFull = mayReadRecipient(actor);
  return { shipments: rows.map((row) => presentShipmentSummary(ctx, row, isFull)), total, page, pageSize };
}

/** A shipment in the caller's regions with its trail and what the caller may do with it. */
export async function getShipment(ctx: AppContext, actor: StaffActor, id: string, db: Executor = ctx.db) {
  const row = await store.findShipment(db, id, actor);
  if (!row) throw notFound();
  assertCan(actor, 'read', row);
  const trail = await store.listEvents(db, row);
  return {
    ...presentShipmentDetail(ctx, row, trail, mayReadRecipient(actor)),
    ...presentActions(actor, row),
  };
}

/** The applicant follows the shipment of their own case; anyone else's is not found. */
export async function getApplicantShipment(ctx: AppContext, applicant: ApplicantActor, id: string) {
  const row = await store.findShipment(ctx.db, id);
  if (!row || row.applicantId !== applicant.id) throw notFound();
  const trail = await store.listEvents(ctx.db, row);
  const detail = presentShipmentDetail(ctx, row, trail, false);
  // The applicant sees their own address masked too (a phone screen is easily overlooked), and no
  // internal booking state.
  const { bookingError: _error, bookingAttempts: _attempts, lastPolledAt: _polled, ...shown } = detail;
  return shown;
}

/**
 * The shipments of a case with their trails, for the case page and its timeline (the cases module).
 * No recipient data: the case has it.
 */
export async function listShipmentsOfCase(db: Executor, caseId: string) {
  const rows = await store.listShipmentsOfCase(db, caseId);
  const trails =
    rows.length === 0
      ? new Map()
      : await store.listEventsOf(
          db,
          rows[0]!.regionCode,
          rows.map((row) => row.id),
        );
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    carrier: row.carrier,
    carrierName: row.carrierName,
    trackingNumber: row.trackingNumber,
    contents: row.contents,
    createdAt: row.createdAt,
    bookedAt: row.bookedAt,
    statusChangedAt: row.statusChangedAt,
    deliveredAt: row.deliveredAt,
    receivedBy: row.receivedBy,
    bookingError: row.bookingError,
    events: (trails.get(row.id) ?? []).map(presentEvent),
  }));
}
