import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devices } from '../../db/schema.ts';
import { seedDemo } from '../../db/seed/demo.ts';
import {
  createCountyWithTownship,
  createStaff,
  signInAs,
  type SessionHeaders,
} from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let admin: SessionHeaders;
let otherAdmin: SessionHeaders;
let centerId: string;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db, { clock: t.clock });
  admin = await signInAs(t.app, 'admin', 'Onewindow@2026');
  await createCountyWithTownship(t.database.db, '990102000000', '990102001000');
  await createStaff(t.database.db, {
    roles: ['center_admin'],
    regionCode: '990102000000',
    username: 'other_admin',
  });
  otherAdmin = await signInAs(t.app, 'other_admin');
  const { centers } = (await t.app.inject('/api/org/centers')).json();
  centerId = centers.find((c: { kind: string }) => c.kind === 'government_service_center').id;
});
afterAll(() => t.close());

describe('device tokens', () => {
  it('creates a token shown once, stores only its hash, and authenticates the device with it', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/devices',
      headers: admin,
      payload: { centerId, name: '一楼取号机', scopes: ['kiosk'] },
    });
    expect(created.statusCode).toBe(201);
    const { token, device } = created.json();
    expect(token).toMatch(/^owd_/);
    const [stored] = await t.database.db.select().from(devices);
    expect(stored!.tokenHash).not.toContain(token.slice(4));
    expect(JSON.stringify(stored)).not.toContain(token);

    const me = await t.app.inject({ url: '/api/device/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.json().device).toEqual({ id: device.id, name: '一楼取号机', centerId, scopes: ['kiosk'] });
    // A device token is not a staff session.
    expect(
      (await t.app.inject({ url: '/api/users', headers: { authorization: `Bearer ${token}` } })).statusCode,
    ).toBe(401);

    expect(
      (await t.app.inject({ method: 'POST', url: `/api/devices/${device.id}/revoke`, headers: admin }))
        .statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ url: '/api/device/me', headers: { authorization: `Bearer ${token}` } }))
        .statusCode,
    ).toBe(401);
  });

  it("hides another county's devices and centers from an admin", async () => {
    const [device] = await t.database.db.select().from(devices);
    expect((await t.app.inject({ url: '/api/devices', headers: otherAdmin })).json().devices).toEqual([]);
    const revoke = await t.app.inject({
      method: 'POST',
      url: `/api/devices/${device!.id}/revoke`,
      headers: otherAdmin,
    });
    expect(revoke.statusCode).toBe(404);
    const create = await t.app.inject({
      method: 'POST',
      url: '/api/devices',
      headers: otherAdmin,
      payload: { centerId, name: '越权设备', scopes: ['display'] },
    });
    expect(create.statusCode).toBe(404);
    expect(await t.database.db.select().from(devices)).toHaveLength(1);
  });
});
