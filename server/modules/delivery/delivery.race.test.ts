import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shipmentEvents, shipments } from '../../db/schema.ts';
import { JobScheduler } from '../../platform/jobs.ts';
import {
  createCenter,
  createShipment,
  createStaffActor,
  shipmentInput,
} from '../../test/delivery-factories.ts';
import { createCountyWithTownship, signInAs } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { countAuditRecords, fireAtOnce } from '../../test/race.ts';
import { localCarrierOf } from './index.ts';
import { DELIVERY_JOBS } from './jobs.ts';

let t: TestApp;
let county: string;
let centerId: string;
let clerk: Awaited<ReturnType<typeof createStaffActor>>;
const HOUR = 60 * 60_000;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T01:00:00Z' });
  ({ county } = await createCountyWithTownship(t.database.db));
  centerId = await createCenter(t.database.db, county);
  clerk = await createStaffActor(t.database.db, { roles: ['clerk'], regionCode: county });
});
afterAll(() => t.close());

async function bookedShipment() {
  t.clock.set('2026-11-23T01:00:00Z');
  const { id } = await createShipment(t, shipmentInput({ regionCode: county, centerId, actor: clerk }));
  await t.app.jobs.runOnce('delivery.book');
  const [row] = await t.database.db.select().from(shipments).where(eq(shipments.id, id));
  expect(row!.status).toBe('booked');
  return row!;
}

/**
 * Every refresh answers the shipment as recorded, or — when another poll delivered it first — 409
 * SHIPMENT_FINISHED in Chinese; never a 5xx or a generic conflict.
 */
function expectRefreshed(responses: LightMyRequestResponse[], options: { isOnlyPoller: boolean }) {
  // With no other poller, the first refresh to take the lock records the trail and answers 200.
  if (options.isOnlyPoller) expect(responses.some((response) => response.statusCode === 200)).toBe(true);
  for (const response of responses) {
    if (response.statusCode === 200) continue;
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json().error.code).toBe('SHIPMENT_FINISHED');
    expect(response.json().error.message).toMatch(/[\u4e00-\u9fff]/);
  }
}

const trailOf = (id: string) =>
  t.database.db.select().from(shipmentEvents).where(eq(shipmentEvents.shipmentId, id));

describe('races', () => {
  it('records each scan and the delivery once when several polls of one shipment run at once', async () => {
    const row = await bookedShipment();
    t.clock.set(new Date(row.bookedAt!.getTime() + 30 * HOUR));
    const headers = await signInAs(t.app, clerk.username);
    const refresh = {
      method: 'POST' as const,
      url: `/api/delivery/shipments/${row.id}/refresh`,
      headers,
      payload: {},
    };
    // Eight refreshes and the tracking job of a second instance, all at once.
    const second = new JobScheduler(t.app.ctx, DELIVERY_JOBS);
    const [responses] = await Promise.all([fireAtOnce(t.app, refresh, 8), second.runOnce('delivery.track')]);
    // The job may deliver it before any refresh reads it: then every refresh hears it is finished.
    expectRefreshed(responses, { isOnlyPoller: false });
    for (const response of responses.filter((r) => r.statusCode === 200)) {
      expect(response.json().shipment.status).toBe('delivered');
      expect(response.json().shipment.events).toHaveLength(4);
    }
    const trail = await trailOf(row.id);
    expect(trail.map((event) => event.status).sort()).toEqual([
      'accepted',
      'delivered',
      'in_transit',
      'out_for_delivery',
    ]);
    expect(await countAuditRecords(t.database.db, 'delivery.shipment.delivered', row.id)).toBe(1);
    expect(await countAuditRecords(t.database.db, 'delivery.shipment.status_changed', row.id)).toBe(0);
  });

  it('records each step once when polls race at every step of the way', async () => {
    const row = await bookedShipment();
    const headers = () => signInAs(t.app, clerk.username);
    for (const hours of [2, 5, 21, 25]) {
      t.clock.set(new Date(row.bookedAt!.getTime() + hours * HOUR));
      const request = {
        method: 'POST' as const,
        url: `/api/delivery/shipments/${row.id}/refresh`,
        headers: await headers(),
        payload: {},
      };
      const responses = await fireAtOnce(t.app, request, 4);
      expectRefreshed(responses, { isOnlyPoller: true });
    }
    expect(await trailOf(row.id)).toHaveLength(4);
    expect(await countAuditRecords(t.database.db, 'delivery.shipment.status_changed', row.id)).toBe(3);
    expect(await countAuditRecords(t.database.db, 'delivery.shipment.delivered', row.id)).toBe(1);
  });

  it('books once when two instances run the booking job at once', async () => {
    t.clock.set('2026-11-23T01:00:00Z');
    await t.app.jobs.runOnce('delivery.book');
    const { id } = await createShipment(t, shipmentInput({ regionCode: county, centerId, actor: clerk }));
    const bookings = localCarrierOf(t.app.ctx).bookings;
    const instances = [
      new JobScheduler(t.app.ctx, DELIVERY_JOBS),
      new JobScheduler(t.app.ctx, DELIVERY_JOBS),
      t.app.jobs,
    ];
    await Promise.all(instances.map((scheduler) => scheduler.runOnce('delivery.book')));
    await t.app.jobs.runOnce('delivery.book');
    expect(localCarrierOf(t.app.ctx).bookings).toBe(bookings + 1);
    expect(await countAuditRecords(t.database.db, 'delivery.shipment.booked', id)).toBe(1);
  });
});
