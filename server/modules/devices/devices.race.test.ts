import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devices, idempotencyKeys } from '../../db/schema.ts';
import { seedDemo } from '../../db/seed/demo.ts';
import { signInAs, type SessionHeaders } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { countAuditRecords, fireAtOnce } from '../../test/race.ts';

let t: TestApp;
let admin: SessionHeaders;
let centerId: string;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db, { clock: t.clock });
  admin = await signInAs(t.app, 'admin', 'Onewindow@2026');
  const { centers } = (await t.app.inject('/api/org/centers')).json();
  centerId = centers.find((c: { kind: string }) => c.kind === 'government_service_center').id;
});
afterAll(() => t.close());

describe('races', () => {
  it('eight retries with one Idempotency-Key create one device; the token is shown once and never stored', async () => {
    const responses = await fireAtOnce(t.app, {
      method: 'POST',
      url: '/api/devices',
      headers: { ...admin, 'idempotency-key': 'device-create-0001' },
      payload: { centerId, name: '一楼取号机', scopes: ['kiosk'] },
    });
    expect(responses.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
    const bodies = responses.map((r) => r.json());
    expect(new Set(bodies.map((b) => b.device.id)).size).toBe(1);
    const [first, ...replays] = [...bodies].sort(
      (a, b) => Number(a.secretShownOnce) - Number(b.secretShownOnce),
    );
    expect(first).toMatchObject({ token: expect.stringMatching(/^owd_/), secretShownOnce: false });
    for (const replay of replays) {
      expect(replay).toEqual({
        ...first,
        token: null,
        secretShownOnce: true,
        secretNotice: expect.stringMatching(/只在第一次响应中显示/),
      });
    }
    const [key] = await t.database.db
      .select()
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.key, 'device-create-0001'));
    expect(key!.responseStatus).toBe(201);
    expect(JSON.stringify(key!.responseBody)).not.toContain(first.token);
    expect(await t.database.db.select().from(devices).where(eq(devices.id, first.device.id))).toHaveLength(1);
    expect(await countAuditRecords(t.database.db, 'device.created', first.device.id)).toBe(1);
    const me = await t.app.inject({
      url: '/api/device/me',
      headers: { authorization: `Bearer ${first.token}` },
    });
    expect(me.statusCode).toBe(200);
  });

  it('eight concurrent revokes of one token revoke it once', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/devices',
      headers: admin,
      payload: { centerId, name: '二楼叫号屏', scopes: ['display'] },
    });
    const { device, token } = created.json();
    t.clock.set('2026-11-23T01:10:00Z');
    const responses = await fireAtOnce(t.app, {
      method: 'POST',
      url: `/api/devices/${device.id}/revoke`,
      headers: admin,
    });
    expect(responses.map((r) => r.statusCode)).toEqual(Array(8).fill(200));
    expect(new Set(responses.map((r) => r.json().device.revokedAt))).toEqual(
      new Set(['2026-11-23T01:10:00.000Z']),
    );
    expect(await countAuditRecords(t.database.db, 'device.revoked', device.id)).toBe(1);
    const me = await t.app.inject({ url: '/api/device/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.statusCode).toBe(401);
  });
});
