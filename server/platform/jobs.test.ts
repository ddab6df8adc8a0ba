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
    let runs = 0;
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const held: Job = {
      name: 'test.held',
      everyMs: 60_000,
      async run() {
        runs++;
        await finished; // holds the lock until the other instance has answered
      },
    };
    // Two schedulers on separate pool connections stand for two server instances.
    const instances = [new JobScheduler(t.app.ctx, [held]), new JobScheduler(t.app.ctx, [held])];
    const rounds = instances.map((scheduler) => scheduler.runOnce('test.held'));
    expect(await Promise.race(rounds)).toBe(false); // the instance without the lock gives up at once
    finish();
    expect((await Promise.all(rounds)).filter(Boolean)).toHaveLength(1);
    expect(runs).toBe(1);
  });
});
