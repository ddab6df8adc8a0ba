// What the platform's guarantees cost a write, on durable PostgreSQL. The write is a typical state
// change (a case accepted, a ticket called): read the target record by key, update its state, append a
// row to its history, commit. With the platform: the read carries the caller's region scope, and the
// audit record (chained by the sealing job) with its outbox event is written in the same transaction,
// sent with its COMMIT. The lightest write there is (read, insert one row) is measured the same way,
// for information.
import { and, eq, sql } from 'drizzle-orm';
import { char, integer, jsonb, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { v7 as uuidv7 } from 'uuid';
import { openDatabase, type Database, type Tx } from '../server/db/connection.ts';
import { runMigrations } from '../server/db/migrate.ts';
import { regions } from '../server/db/schema.ts';
import { recordChange } from '../server/platform/audit.ts';
import { startSealingThread } from '../server/platform/audit-sealer.ts';
import { withinRegionOf, type StaffActor } from '../server/platform/policy.ts';
import type { Measurement } from './harness.ts';

const WORKERS = 16;
const COUNTY = '990100000000';
const centers = Array.from({ length: 8 }, (_, i) => `9901${String(i + 1).padStart(2, '0')}000000`);

/** The records the writes change: each writer has its own, as clerks work on different cases. */
const targets = pgTable('bench_targets', {
  id: integer('id').primaryKey(),
  regionCode: char('region_code', { length: 12 }).notNull(),
  state: integer('state').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
const history = pgTable(
  'bench_history',
  {
    targetId: integer('target_id').notNull(),
    id: uuid('id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    detail: jsonb('detail').notNull(),
  },
  (t) => [primaryKey({ columns: [t.targetId, t.id] })],
);
const TARGET_SETS = { bare: 0, spread: 100, one: 200 } as const;
const targetOf = (set: keyof typeof TARGET_SETS, worker: number) => TARGET_SETS[set] + worker;

/** The state change: read the target (within the actor's scope, if any), update it, append its history. */
async function changeState(tx: Tx, targetId: number, actor?: StaffActor) {
  const [target] = await tx
    .select({ regionCode: targets.regionCode, state: targets.state })
    .from(targets)
    .where(and(eq(targets.id, targetId), actor ? withinRegionOf(targets.regionCode, actor) : undefined));
  if (!target) throw new Error('not found');
  const at = new Date();
  await tx
    .update(targets)
    .set({ state: target.state + 1, updatedAt: at })
    .where(eq(targets.id, targetId));
  const id = uuidv7();
  await tx.insert(history).values({ targetId, id, at, detail: { state: target.state + 1 } });
  return { id, regionCode: target.regionCode, state: target.state + 1 };
}

/** The lightest write: read a record (its center's region row), insert one row. */
async function insertOne(tx: Tx, regionCode: string, actor?: StaffActor) {
  const [row] = await tx
    .select({ code: regions.code })
    .from(regions)
    .where(and(eq(regions.code, regionCode), actor ? withinRegionOf(regions.code, actor) : undefined));
  if (!row) throw new Error('not found');
  const id = uuidv7();
  await tx.execute(
    sql`insert into bench_writes (region_code, id, payload, created_at) values (${regionCode}, ${id}, ${JSON.stringify({ n: id })}::jsonb, now())`,
  );
  return id;
}

type Write = (tx: Tx, worker: number) => Promise<void>;

/** Writes for `ms` with every worker; returns the commits and each transaction's latency. */
async function turn(database: Database, ms: number, write: Write) {
  const deadline = Date.now() + ms;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: WORKERS }, async (_, worker) => {
      while (Date.now() < deadline) {
        const started = performance.now();
        await database.transaction((tx) => write(tx, worker));
        latencies.push(performance.now() - started);
      }
    }),
  );
  return latencies;
}

/**
 * Runs the scenarios in one-second turns, in rotating order, after an uncounted warm-up turn each: a
 * busy moment on this shared machine falls on all of them alike.
 */
async function measure<K extends string>(database: Database, seconds: number, scenarios: Record<K, Write>) {
  const names = Object.keys(scenarios) as K[];
  for (const name of names) await turn(database, 1000, scenarios[name]);
  const latencies = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  const turns = 2 * seconds;
  for (let t = 0; t < turns; t++) {
    for (const name of [...names.slice(t % names.length), ...names.slice(0, t % names.length)]) {
      latencies[name].push(...(await turn(database, 1000, scenarios[name])));
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const sorted = latencies[name].sort((a, b) => a - b);
      const at = (p: number) => Math.round(sorted[Math.floor(sorted.length * p)]! * 10) / 10;
      return [name, { perSecond: sorted.length / turns, p50Ms: at(0.5), p99Ms: at(0.99) }];
    }),
  ) as Record<K, { perSecond: number; p50Ms: number; p99Ms: number }>;
}

export async function measurePlatformWrite(url: string, seconds: number): Promise<Measurement[]> {
  const database = await openDatabase({ databaseUrl: url, poolSize: WORKERS });
  const sealer = startSealingThread(url);
  try {
    await runMigrations(database);
    await database.exec(`
      create table if not exists bench_targets (id integer primary key, region_code char(12) not null,
        state integer not null, updated_at timestamptz not null);
      create table if not exists bench_history (target_id integer not null, id uuid not null,
        at timestamptz not null, detail jsonb not null, primary key (target_id, id));
      create table if not exists bench_writes (region_code char(12), id uuid, payload jsonb,
        created_at timestamptz, primary key (region_code, id))`);
    await database.db
      .insert(regions)
      .values([
        { code: COUNTY, name: '基准县', level: 'county' },
        ...centers.map((code, i) => ({
          code,
          name: `基准中心${i}`,
          level: 'township' as const,
          parentCode: COUNTY,
        })),
      ])
      .onConflictDoNothing();
    await database.db
      .insert(targets)
      .values(
        Array.from({ length: WORKERS }, (_, worker) => [
          { id: targetOf('bare', worker), regionCode: centers[worker % centers.length]! },
          { id: targetOf('spread', worker), regionCode: centers[worker % centers.length]! },
          { id: targetOf('one', worker), regionCode: centers[0]! },
        ])
          .flat()
          .map((target) => ({ ...target, state: 0, updatedAt: new Date() })),
      )
      .onConflictDoNothing();
    const actor: StaffActor = {
      kind: 'staff',
      id: uuidv7(),
      regionCode: COUNTY,
      username: 'bench',
      displayName: '基准',
      roles: ['clerk'],
      centerId: null,
      departmentId: null,
    };
    const context = () => ({ now: new Date(), timeZone: 'Asia/Shanghai' });
    const guarded =
      (set: 'spread' | 'one'): Write =>
      async (tx, worker) => {
        const targetId = targetOf(set, worker);
        const change = await changeState(tx, targetId, actor);
        recordChange(tx, context(), {
          actor,
          action: 'bench.change',
          targetType: 'bench',
          targetId: String(targetId),
          regionCode: change.regionCode,
          before: { state: change.state - 1 },
          after: { state: change.state },
          summary: '基准状态变更',
          event: { topic: 'bench.changed', payload: { id: targetId, state: change.state } },
        });
      };
    const lightest = async (tx: Tx, worker: number, guard: boolean) => {
      const regionCode = centers[worker % centers.length]!;
      const id = await insertOne(tx, regionCode, guard ? actor : undefined);
      if (!guard) return;
      recordChange(tx, context(), {
        actor,
        action: 'bench.write',
        targetType: 'bench',
        targetId: id,
        regionCode,
        after: { id },
        summary: '基准写入',
        event: { topic: 'bench.written', payload: { id } },
      });
    };

    // The sealing job runs beside the writers, every second and on its own thread, as in a server.
    let sealing = Promise.resolve(0);
    const sealingJob = setInterval(() => {
      sealing = sealing.then(() => database.db.transaction((tx) => sealer.seal(tx)));
    }, 1000);
    const results = await measure(database, seconds, {
      bare: async (tx, worker) => void (await changeState(tx, targetOf('bare', worker))),
      spread: guarded('spread'),
      one: guarded('one'),
      lightBare: (tx, worker) => lightest(tx, worker, false),
      lightGuarded: (tx, worker) => lightest(tx, worker, true),
    }).finally(async () => {
      clearInterval(sealingJob);
      await sealing;
    });
    const row = (name: string, r: (typeof results)['bare'], of?: (typeof results)['bare']): Measurement => ({
      name,
      value: r.perSecond,
      unit: 'tx/s',
      p50Ms: r.p50Ms,
      p99Ms: r.p99Ms,
      ...(of
        ? {
            ratio: {
              of: of === results.bare ? 'bare write' : 'bare lightest write',
              value: r.perSecond / of.perSecond,
            },
          }
        : {}),
    });
    const { bare, spread, one } = results;
    return [
      row(`durable state change, bare (${WORKERS} writers)`, bare),
      {
        ...row('…with scope + audit + outbox, 8 centers', spread, bare),
        target: '≥ 80 % of bare',
        ok: spread.perSecond / bare.perSecond >= 0.8,
      },
      row('…with scope + audit + outbox, 1 center', one, bare),
      row('lightest durable write (read, insert), bare', results.lightBare),
      row('…with scope + audit + outbox, 8 centers', results.lightGuarded, results.lightBare),
    ];
  } finally {
    await sealer.close();
    await database.close();
  }
}
