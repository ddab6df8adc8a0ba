import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCountyWithTownship,
  createStaff,
  signInAs,
  type SessionHeaders,
} from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let base: string;
let admin: SessionHeaders;
let otherAdmin: SessionHeaders;
let clerk: SessionHeaders;

beforeAll(async () => {
  t = await createTestApp();
  await createCountyWithTownship(t.database.db);
  await createCountyWithTownship(t.database.db, '990102000000', '990102001000');
  await createStaff(t.database.db, {
    roles: ['center_admin'],
    regionCode: '990101000000',
    username: 'admin',
  });
  await createStaff(t.database.db, { roles: ['clerk'], regionCode: '990101000000', username: 'clerk' });
  await createStaff(t.database.db, {
    roles: ['center_admin'],
    regionCode: '990102000000',
    username: 'other',
  });
  admin = await signInAs(t.app, 'admin');
  clerk = await signInAs(t.app, 'clerk');
  otherAdmin = await signInAs(t.app, 'other');
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => t.close());

/** Reads an SSE stream until `count` events have arrived. */
async function readEvents(headers: Record<string, string>, count: number, query = 'topics=calendar.changed') {
  const controller = new AbortController();
  const response = await fetch(`${base}/api/events?${query}`, { headers, signal: controller.signal });
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const reader = response.body!.getReader();
  const events: { id: number; event: string; data: unknown }[] = [];
  let buffer = '';
  const done = (async () => {
    while (events.length < count) {
      const { value, done: ended } = await reader.read();
      if (ended) break;
      buffer += new TextDecoder().decode(value);
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = Object.fromEntries(
          frame
            .split('\n')
            .filter((l) => !l.startsWith(':'))
            .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]),
        );
        if (fields.id)
          events.push({ id: Number(fields.id), event: fields.event!, data: JSON.parse(fields.data!) });
      }
    }
    controller.abort();
    return events;
  })();
  return { events: done, ready: new Promise((r) => setTimeout(r, 100)) };
}

const closeDay = (headers: SessionHeaders, regionCode: string, date: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/calendar/local-days',
    headers,
    payload: { regionCode, date, kind: 'closure', reason: '停工' },
  });

describe('the event stream', () => {
  it('requires a staff session', async () => {
    const response = await fetch(`${base}/api/events?topics=calendar.changed`);
    expect(response.status).toBe(401);
  });

  it("delivers committed changes of the caller's regions live, and not other regions'", async () => {
    const stream = await readEvents({ cookie: clerk.cookie }, 1);
    await stream.ready;
    await closeDay(otherAdmin, '990102000000', '2026-12-01'); // another county: not delivered
    await closeDay(admin, '990101001000', '2026-12-02');
    const events = await stream.events;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      event: 'calendar.changed',
      data: { regionCode: '990101001000', date: '2026-12-02' },
    });
  });

  it('resumes after Last-Event-ID with what was missed, in order', async () => {
    const first = await readEvents({ cookie: clerk.cookie }, 1);
    await first.ready;
    await closeDay(admin, '990101000000', '2026-12-03');
    const [seen] = await first.events;
    await closeDay(admin, '990101000000', '2026-12-04'); // while disconnected
    await closeDay(admin, '990101000000', '2026-12-07');
    const resumed = await readEvents({ cookie: clerk.cookie, 'last-event-id': String(seen!.id) }, 2);
    const events = await resumed.events;
    expect(events.map((e) => (e.data as { date: string }).date)).toEqual(['2026-12-04', '2026-12-07']);
  });
});
