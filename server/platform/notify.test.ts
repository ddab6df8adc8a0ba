import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationOutbox } from '../db/schema.ts';
import { createTestApp, type TestApp } from '../test/harness.ts';
import { outboxNotifier } from './notify.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T01:00:00Z' });
});
afterAll(() => t.close());

describe('the notification outbox', () => {
  it("writes a message in the caller's transaction: none when it rolls back", async () => {
    const message = {
      channel: 'sms' as const,
      recipient: '13900000000',
      template: 'test',
      params: { code: '000000' },
      body: '测试',
      now: new Date('2026-11-23T01:00:00Z'),
    };
    await expect(
      t.database.db.transaction(async (tx) => {
        await outboxNotifier.send(tx, message);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await t.database.db.select().from(notificationOutbox)).toHaveLength(0);
    await t.database.db.transaction((tx) => outboxNotifier.send(tx, message));
    expect(await t.database.db.select().from(notificationOutbox)).toHaveLength(1);
  });

  it('lists the latest 50 messages in development, newest first, optionally for one recipient', async () => {
    await t.database.db.transaction(async (tx) => {
      for (let i = 0; i < 55; i++) {
        await outboxNotifier.send(tx, {
          channel: 'sms',
          recipient: i % 2 ? '13900000001' : '13900000002',
          template: 'test',
          params: { n: String(i) },
          body: `第${i}条`,
          now: new Date(Date.parse('2026-11-23T02:00:00Z') + i * 1000),
        });
      }
    });
    const all = (await t.app.inject('/api/dev/outbox')).json().messages;
    expect(all).toHaveLength(50);
    expect(all[0]).toMatchObject({ body: '第54条', createdAt: '2026-11-23T02:00:54.000Z', sentAt: null });
    const one = (await t.app.inject('/api/dev/outbox?recipient=13900000001')).json().messages;
    expect(one).toHaveLength(27);
    expect(one.every((m: { recipient: string }) => m.recipient === '13900000001')).toBe(true);
  });

  it('is off unless ONEWINDOW_DEV_OUTBOX turns it on, and then answers this machine only', async () => {
    const plain = await createTestApp({ env: { ONEWINDOW_DEV_OUTBOX: 'false' } });
    try {
      expect((await plain.app.inject('/api/dev/outbox')).statusCode).toBe(404);
      expect((await plain.app.inject('/api/system/info')).json()).toEqual({ isDemo: false });
    } finally {
      await plain.close();
    }
    const remote = await t.app.inject({ url: '/api/dev/outbox', remoteAddress: '192.0.2.7' });
    expect(remote.statusCode).toBe(403);
    expect(remote.json().error).toEqual({ code: 'FORBIDDEN', message: expect.stringContaining('本机') });
    expect(remote.body).not.toContain('params');
    // A forged X-Forwarded-For does not make a remote caller local, nor a local one remote.
    const forged = await t.app.inject({
      url: '/api/dev/outbox',
      remoteAddress: '192.0.2.7',
      headers: { 'x-forwarded-for': '127.0.0.1' },
    });
    expect(forged.statusCode).toBe(403);
    expect((await t.app.inject('/api/dev/outbox')).statusCode).toBe(200);
    expect((await t.app.inject('/api/system/info')).json()).toEqual({ isDemo: true });
  });

  it('does not exist in production', async () => {
    const production = await createTestApp({ env: { NODE_ENV: 'production' } });
    try {
      const response = await production.app.inject('/api/dev/outbox');
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('ROUTE_NOT_FOUND');
    } finally {
      await production.close();
    }
  });
});
