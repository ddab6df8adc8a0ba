import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffSessions } from '../db/schema.ts';
import { createCountyWithTownship, createStaff, signInAs } from '../test/factories.ts';
import { createTestApp, dialect, type TestApp } from '../test/harness.ts';
import { JobScheduler, type Job } from './jobs.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T01:00:00Z' });
});
afterAll(() => t.close());

describe('periodic jobs', () => {
  it('expires idle sessions', async () => {
    const { county } = await createCountyWithTownship(t.database.db);
    await createStaff(t.database.db, { roles: ['clerk'], regionCode: county, username: 'idle' });
    await signInAs(t.app, 'idle');
    t.clock.set('2026-11-23T01:31:00Z');
    expect(await t.app.jobs.runOnce('sessions.expire')).toBe(true);
    expect(await t.database.db.select().from(staffSessions)).toHaveLength(0);
  });

  it.runIf(dialect === 'postgres')('runs a job on one instance at a time', async () => {
    let running = 0;
    let maxRunning = 0;
    const slow: Job = {
      name: 'test.slow',
      everyMs: 60_000,
      async run(tx) {
        running++;
        maxRunning = Math.max(maxRunning, running);
        await tx.execute(sql`select pg_sleep(0.3)`);
        running--;
      },
    };
    // Two schedulers on separate pool connections stand for two server instances.
    const instances = [new JobScheduler(t.app.ctx, [slow]), new JobScheduler(t.app.ctx, [slow])];
    const ran = await Promise.all(instances.map((scheduler) => scheduler.runOnce('test.slow')));
    expect(ran.filter(Boolean)).toHaveLength(1);
    expect(maxRunning).toBe(1);
  });
});
