import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidS10TrackingNumber } from '../../../domain/delivery/index.ts';
import { auditLog, shipmentEvents, shipments } from '../../db/schema.ts';
import type { OutboxEvent } from '../../platform/events.ts';
import type { StaffActor } from '../../platform/policy.ts';
import { transact } from '../../platform/transaction.ts';
import {
  applicantIdOf,
  createCenter,
  createShipment,
  createStaffActor,
  rejection,
  shipmentInput,
} from '../../test/delivery-factories.ts';
import {
  createCountyWithTownship,
  signInApplicantAs,
  signInAs,
  type SessionHeaders,
} from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { countAuditRecords } from '../../test/race.ts';
import {
  createShipmentInTransaction,
  listShipmentsOfCase,
  localCarrierOf,
  SHIPMENT_TOPICS,
} from './index.ts';

let t: TestApp;
let county: string;
let centerId: string;
let clerkActor: StaffActor & { username: string };
const usernames = { clerk: '', supervisor: '', otherClerk: '' };
/** Signs in at the clock's time: tests move the clock by days, past the 30-minute idle limit. */
const as = (who: keyof typeof usernames): Promise<SessionHeaders> => signInAs(t.app, usernames[who]);
const events: OutboxEvent[] = [];

const HOUR = 60 * 60_000;
const START = '2026-11-23T01:00:00Z';
const get = (url: string, headers: SessionHeaders) => t.app.inject({ method: 'GET', url, headers });
const post = (url: string, headers: SessionHeaders) =>
  t.app.inject({ method: 'POST', url, headers, payload: {} });
const carrier = () => localCarrierOf(t.app.ctx);
const rowOf = async (id: string) =>
  (await t.database.db.select().from(shipments).where(eq(shipments.id, id)))[0]!;
const newShipment = (overrides = {}) =>
  createShipment(t, shipmentInput({ regionCode: county, centerId, actor: clerkActor }, overrides));

beforeAll(async () => {
  t = await createTestApp({ now: START });
  ({ county } = await createCountyWithTownship(t.database.db));
  await createCountyWithTownship(t.database.db, '990102000000', '990102001000');
  centerId = await createCenter(t.database.db, county);
  clerkActor = await createStaffActor(t.database.db, {
    roles: ['clerk'],
    regionCode: county,
    displayName: '李窗口',
  });
  usernames.clerk = clerkActor.username;
  usernames.supervisor = (
    await createStaffActor(t.database.db, { roles: ['supervisor'], regionCode: county })
  ).username;
  usernames.otherClerk = (
    await createStaffActor(t.database.db, { roles: ['clerk'], regionCode: '990102000000' })
  ).username;
  t.app.ctx.events.subscribe((event) => {
    if ((SHIPMENT_TOPICS as readonly string[]).includes(event.topic)) events.push(event);
  });
});
afterAll(() => t.close());

describe('creating a shipment in the release transaction', () => {
  it('stores it pending, the mobile and address encrypted, with its audit record and no carrier call', async () => {
    const calls = carrier().calls;
    const created = await newShipment();
    expect(created).toMatchObject({ status: 'pending', carrier: 'local', trackingNumber: null });
    const row = await rowOf(created.id);
    expect(row.status).toBe('pending');
    expect(row.recipientMobileCipher).not.toContain('13800138000');
    expect(row.recipientAddressCipher).not.toContain('和平路');
    expect(row.senderName).toBe('测试县政务服务中心');
    expect(row.senderStaffName).toBe('李窗口');
    expect(row.declaredContent).toBe('政务服务办理结果');
    expect([row.senderProvince, row.senderCity, row.senderDistrict]).toEqual(['测试省', '测试市', '测试县']);
    expect(await countAuditRecords(t.database.db, 'delivery.shipment.created', created.id)).toBe(1);
    expect(carrier().calls).toBe(calls);
  });

  it('leaves nothing when the release rolls back', async () => {
    const input = shipmentInput({ regionCode: county, centerId, actor: clerkActor });
    const ctx = t.app.ctx;
    await expect(
      transact(ctx, async (tx) => {
        await createShipmentInTransaction(tx, ctx, input);
        throw new Error('the release failed after the shipment');
      }),
    ).rejects.toThrow('the release failed');
    expect(await listShipmentsOfCase(t.database.db, input.caseId)).toEqual([]);
  });

  it('refuses a bad mobile, address, postcode or contents with a 422 code and stores nothing', async () => {
    const cases: [object, string][] = [
      [{ mobile: '1380013800' }, 'RECIPIENT_MOBILE_INVALID'],
      [{ mobile: '23800138000' }, 'RECIPIENT_MOBILE_INVALID'],
      [{ address: '1号' }, 'RECIPIENT_ADDRESS_INVALID'],
      [{ address: 'Room 5, No. 1 Road' }, 'RECIPIENT_ADDRESS_INVALID'],
      [{ postcode: '1000' }, 'RECIPIENT_POSTCODE_INVALID'],
      [{ name: '  ' }, 'RECIPIENT_NAME_INVALID'],
    ];
    const before = (await t.database.db.select().from(shipments)).length;
    const audits = await countAuditRecords(t.database.db, 'delivery.shipment.created');
    for (const [recipient, code] of cases) {
      const input = shipmentInput({ regionCode: county, centerId, actor: clerkActor });
      const error = await rejection(
        createShipment(t, { ...input, recipient: { ...input.recipient, ...recipient } }),
      );
      expect(error.code).toBe(code);
      expect(error.status).toBe(422);
    }
    const blankContents = await rejection(newShipment({ contents: ' ' }));
    expect(blankContents.code).toBe('SHIPMENT_CONTENTS_INVALID');
    const foreignCenter = await rejection(newShipment({ regionCode: '990102000000' }));
    expect(foreignCenter.code).toBe('SHIPMENT_CENTER_INVALID');
    expect((await t.database.db.select().from(shipments)).length).toBe(before);
    expect(await countAuditRecords(t.database.db, 'delivery.shipment.created')).toBe(audits);
  });

  it('refuses a second open shipment of the same case with 409', async () => {
    const first = shipmentInput({ regionCode: county, centerId, actor: clerkActor });
    await createShipment(t, first);
    const error = await rejection(createShipment(t, { ...first, caseNumber: first.caseNumber }));
    expect([error.code, error.status]).toEqual(['SHIPMENT_ALREADY_OPEN', 409]);
    expect(await listShipmentsOfCase(t.database.db, first.caseId)).toHaveLength(1);
  });
});

describe('booking with the carrier after commit', () => {
  it('books once however often the job runs, with an S10 tracking number', async () => {
    await t.app.jobs.runOnce('delivery.book'); // the queue holds only this test's shipment
    const { id } = await newShipment();
    const bookings = carrier().bookings;
    expect(await t.app.jobs.runOnce('delivery.book')).toBe(true);
    expect(await t.app.jobs.runOnce('delivery.book')).toBe(true);
    const row = await rowOf(id);
    expect(row.status).toBe('booked');
    expect(isValidS10TrackingNumber(row.trackingNumber!)).toBe(true);
    expect(row.trackingNumber).toMatch(/^E[A-Z]\d{9}CN$/);
    expect(carrier().bookings).toBe(bookings + 1);
    expect(await countAuditRecords(t.database.db, 'delivery.shipment.booked', id)).toBe(1);
    expect(
      events.filter((e) => e.topic === 'delivery.shipment.booked' && (e.payload as { id: string }).id === id),
    ).toHaveLength(1);
  });

  it('books once when the process crashes after the carrier booked and before recording', async () => {
    await t.app.jobs.runOnce('delivery.book');
    const { id } = await newShipment();
    const bookings = carrier().bookings;
    carrier().crashAfterNextBooking();
    expect(await t.app.jobs.runOnce('delivery.book')).toBe(false); // the round failed and rolled back
    expect((await rowOf(id)).status).toBe('pending');
    expect(carrier().bookings).toBe(bookings + 1); // the carrier has it
    expect(await t.app.jobs.runOnce('delivery.book')).toBe(true);
    const row = await rowOf(id);
    expect(row.status).toBe('booked');
    expect(row.trackingNumber).toBe(carrier().parcelOf(id)!.trackingNumber);
    expect(carrier().bookings).toBe(bookings + 1);
  });

  it('books once when the carrier booked but its answer was lost, retrying later', async () => {
    await t.app.jobs.runOnce('delivery.book');
    const { id } = await newShipment();
    const bookings = carrier().bookings;
    carrier().loseNextAnswer();
    expect(await t.app.jobs.runOnce('delivery.book')).toBe(true);
    const waiting = await rowOf(id);
    expect([waiting.status, waiting.bookingAttempts, waiting.bookingError]).toEqual([
      'pending',
      1,
      '承运商接口超时',
    ]);
    expect(await countAuditRecords(t.database.db, 'delivery.shipment.booking_retried', id)).toBe(1);
    await t.app.jobs.runOnce('delivery.book'); // not due yet: the retry waits a minute
    expect((await rowOf(id)).status).toBe('pending');
    t.clock.set(new Date(t.app.ctx.clock.now().getTime() + 60_000));
    await t.app.jobs.runOnce('delivery.book');
    const booked = await rowOf(id);
    expect([booked.status, booked.bookingAttempts, booked.bookingError]).toEqual(['booked', 2, null]);
    expect(carrier().bookings).toBe(bookings + 1);
  });

  it('ends as 下单失败 when the carrier refuses the waybill', async () => {
    await t.app.jobs.runOnce('delivery.book');
    const { id } = await newShipment();
    carrier().rejectNextBooking();
    await t.app.jobs.runOnce('delivery.book');
    const row = await rowOf(id);
    expect([row.status, row.bookingError]).toEqual(['booking_failed', '收件地址不在承运商服务范围内']);
    expect(await countAuditRecords(t.database.db, 'delivery.shipment.booking_failed', id)).toBe(1);
  });
});

describe('tracking', () => {
  async function bookedShipment(overrides = {}) {
    const created = await newShipment(overrides);
    await t.app.jobs.runOnce('delivery.book');
    return rowOf(created.id);
  }

  it('follows the carrier with the clock to 已签收 and publishes delivered once', async () => {
    t.clock.set(START);
    const row = await bookedShipment();
    const bookedAt = row.bookedAt!.getTime();
    const moveTo = (hours: number) => t.clock.set(new Date(bookedAt + hours * HOUR));
    moveTo(2);
    await t.app.jobs.runOnce('delivery.track');
    expect((await rowOf(row.id)).status).toBe('accepted');
    moveTo(2.25); // polled a quarter of an hour ago: not due yet, nothing read
    await t.app.jobs.runOnce('delivery.track');
    expect((await rowOf(row.id)).lastPolledAt!.getTime()).toBe(bookedAt + 2 * HOUR);
    moveTo(21);
    await t.app.jobs.runOnce('delivery.track');
    expect((await rowOf(row.id)).status).toBe('out_for_delivery');
    moveTo(30);
    await t.app.jobs.runOnce('delivery.track');
    moveTo(40);
    await t.app.jobs.runOnce('delivery.track');
    const delivered = await rowOf(row.id);
    expect(delivered.status).toBe('delivered');
    expect(delivered.receivedBy).toBe('张三');
    expect(delivered.deliveredAt!.getTime()).toBe(bookedAt + 24 * HOUR);
    expect(delivered.nextPollAt).toBeNull(); // out of the tracking queue
    const trail = await t.database.db
      .select()
      .from(shipmentEvents)
      .where(eq(shipmentEvents.shipmentId, row.id));
    expect(trail.map((e) => e.status).sort()).toEqual([
      'accepted',
      'delivered',
      'in_transit',
      'out_for_delivery',
    ]);
    expect(await countAuditRecords(t.database.db, 'delivery.shipment.delivered', row.id)).toBe(1);
    expect(await countAuditRecords(t.database.db, 'delivery.shipment.status_changed', row.id)).toBe(2);
    const deliveredEvents = events.filter(
      (e) => e.topic === 'delivery.shipment.delivered' && (e.payload as { id: string }).id === row.id,
    );
    expect(deliveredEvents).toHaveLength(1);
    expect(deliveredEvents[0]!.payload).toMatchObject({ caseId: row.caseId, status: 'delivered' });

    const detail = await get(`/api/delivery/shipments/${row.id}`, await as('clerk'));
    expect(detail.statusCode, detail.body).toBe(200);
    const shipment = detail.json().shipment;
    expect(shipment.events.map((e: { statusLabel: string }) => e.statusLabel)).toEqual([
      '已揽收',
      '运输中',
      '派送中',
      '已签收',
    ]);
    expect(shipment.actions).toEqual({ refresh: false, printSlip: true });
    const refresh = await post(`/api/delivery/shipments/${row.id}/refresh`, await as('clerk'));
    expect(refresh.statusCode).toBe(409);
    expect(refresh.json().error.code).toBe('SHIPMENT_FINISHED');

    const ofCase = await listShipmentsOfCase(t.database.db, row.caseId);
    expect(ofCase).toHaveLength(1);
    expect(ofCase[0]).toMatchObject({ status: 'delivered', receivedBy: '张三' });
    expect(ofCase[0]!.events).toHaveLength(4);
  });

  it('goes 投递失败 then 已退回 on the failed path, after which the case may be posted again', async () => {
    t.clock.set(START);
    const row = await bookedShipment();
    carrier().failDelivery(row.trackingNumber!);
    t.clock.set(new Date(row.bookedAt!.getTime() + 25 * HOUR));
    const refreshed = await post(`/api/delivery/shipments/${row.id}/refresh`, await as('clerk'));
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    expect(refreshed.json().shipment.status).toBe('delivery_failed');
    t.clock.set(new Date(row.bookedAt!.getTime() + 73 * HOUR));
    await post(`/api/delivery/shipments/${row.id}/refresh`, await as('clerk'));
    expect((await rowOf(row.id)).status).toBe('returned');
    expect(await countAuditRecords(t.database.db, 'delivery.shipment.delivery_failed', row.id)).toBe(1);
    expect(await countAuditRecords(t.database.db, 'delivery.shipment.returned', row.id)).toBe(1);
    const again = await newShipment({ caseId: row.caseId, caseNumber: row.caseNumber });
    expect(again.status).toBe('pending');
  });

  it('refuses to refresh a shipment not booked yet', async () => {
    t.clock.set(START);
    const { id } = await newShipment();
    const response = await post(`/api/delivery/shipments/${id}/refresh`, await as('clerk'));
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('SHIPMENT_NOT_BOOKED');
  });
});

describe('who sees what', () => {
  it('keeps another county out: 404 for its clerk, and not in their list', async () => {
    t.clock.set(START);
    const { id } = await newShipment();
    for (const url of [`/api/delivery/shipments/${id}`, `/api/delivery/shipments/${id}/slip`]) {
      const response = await get(url, await as('otherClerk'));
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect((await post(`/api/delivery/shipments/${id}/refresh`, await as('otherClerk'))).statusCode).toBe(
      404,
    );
    const list = await get('/api/delivery/shipments', await as('otherClerk'));
    expect(list.statusCode).toBe(200);
    expect(list.json().shipments.map((s: { id: string }) => s.id)).not.toContain(id);
  });

  it('shows the recipient whole to the clerk and masked to the supervisor, who may not print', async () => {
    const { id } = await newShipment();
    const mine = (await get(`/api/delivery/shipments/${id}`, await as('clerk'))).json().shipment;
    expect(mine.recipient).toMatchObject({
      name: '张三',
      mobile: '13800138000',
      address: '和平路1号3单元501室',
      isMasked: false,
    });
    const list = await get(
      `/api/delivery/shipments?status=pending&centerId=${centerId}&pageSize=100`,
      await as('supervisor'),
    );
    expect(list.statusCode, list.body).toBe(200);
    const theirs = list.json().shipments.find((s: { id: string }) => s.id === id);
    expect(theirs.recipient).toMatchObject({
      name: '张*',
      mobile: '138****8000',
      address: '和平路1****',
      isMasked: true,
    });
    expect(list.json().shipments.every((s: { status: string }) => s.status === 'pending')).toBe(true);
    expect((await get(`/api/delivery/shipments/${id}/slip`, await as('supervisor'))).statusCode).toBe(403);
    expect((await post(`/api/delivery/shipments/${id}/refresh`, await as('supervisor'))).statusCode).toBe(
      403,
    );
    expect((await get('/api/delivery/shipments?status=lost', await as('clerk'))).statusCode).toBe(400);
  });

  it('gives the clerk the slip in full and audits the print', async () => {
    t.clock.set(START);
    const { id } = await newShipment();
    await t.app.jobs.runOnce('delivery.book');
    const response = await get(`/api/delivery/shipments/${id}/slip`, await as('clerk'));
    expect(response.statusCode, response.body).toBe(200);
    const slip = response.json().slip;
    expect(slip).toMatchObject({
      title: '政务服务办理结果寄送单（送达回证）',
      declaredContent: '政务服务办理结果',
      recipient: {
        name: '张三',
        mobile: '13800138000',
        address: '测试省测试市测试县和平路1号3单元501室',
        postcode: '100000',
      },
      sender: {
        organisation: '测试县政务服务中心',
        staffName: '李窗口',
        address: '测试省测试市测试县人民路100号',
        sentOn: '2026-11-23',
      },
      receipt: { receivedBy: null, receivedOn: null },
      cashOnDelivery: '无',
      printedOn: '2026-11-23',
    });
    expect(isValidS10TrackingNumber(slip.trackingNumber)).toBe(true);
    expect(await countAuditRecords(t.database.db, 'delivery.slip.printed', id)).toBe(1);
    const [record] = await t.database.db.select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(JSON.stringify(record)).not.toContain('13800138000');
  });

  it('lets the applicant follow their own shipment only', async () => {
    const owner = await signInApplicantAs(t.app, '13900139000');
    const applicantId = await applicantIdOf(t.database.db, '13900139000');
    const { id } = await newShipment({ applicantId });
    const stranger = await signInApplicantAs(t.app, '13700137000');
    const own = await get(`/api/applicant/shipments/${id}`, owner);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().shipment).toMatchObject({
      id,
      status: 'pending',
      recipient: { mobile: '138****8000' },
    });
    expect(own.json().shipment.bookingError).toBeUndefined();
    expect((await get(`/api/applicant/shipments/${id}`, stranger)).statusCode).toBe(404);
    expect((await get(`/api/applicant/shipments/${id}`, await as('clerk'))).statusCode).toBe(401);
  });
});
