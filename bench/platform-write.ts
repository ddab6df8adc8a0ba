// What the platform's guarantees cost a write. The write: read the target record by key, insert a row,
// commit (durable PostgreSQL). With the platform: the read carries the caller's region scope, and the
// audit record (chained by the sealing job) and the outbox event are written in the same transaction,
// sent with its COMMIT.
import { and, eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { openDatabase, type Database, type Tx } from '../server/db/connection.ts';
import { runMigrations } from '../server/db/migrate.ts';
import { regions } from '../server/db/schema.ts';
import { recordChange, sealAuditRecords } from '../server/platform/audit.ts';
import { withinRegionOf, type StaffActor } from '../server/platform/policy.ts';
import type { Measurement } from './harness.ts';

const WORKERS = 16;
const COUNTY = '990100000000';
const centers = Array.from({ length: 8 }, (_, i) => `9901${String(i + 1).padStart(2, '0')}000000`);

/** The record a write reads first (a case, a ticket): here, its center's region row. */
async function readTarget(tx: Tx, regionCode: string, actor?: StaffActor) {
  const [row] = await tx
    .select({ code: regions.code })
    .from(regions)
    .where(and(eq(regions.code, regionCode), actor ? withinRegionOf(regions.code, actor) : undefined));
  if (!row) throw new Error('not found');
}

async function insertRow(tx: Tx, regionCode: string): Promise<string> {
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
  try {
    await runMigrations(database);
    await database.exec(
      `create table if not exists bench_writes (region_code char(12), id uuid, payload jsonb, created_at timestamptz, primary key (region_code, id))`,
    );
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
    const guarded =
      (spread: boolean): Write =>
      async (tx, worker) => {
        const regionCode = spread ? centers[worker % centers.length]! : centers[0]!;
        await readTarget(tx, regionCode, actor);
        const id = await insertRow(tx, regionCode);
        recordChange(
          tx,
          { now: new Date(), timeZone: 'Asia/Shanghai' },
          {
            actor,
            action: 'bench.write',
            targetType: 'bench',
            targetId: id,
            regionCode,
            after: { id },
            summary: '基准写入',
            event: { topic: 'bench.written', payload: { id } },
          },
        );
      };

    const bareWrite = async (tx: Tx) => {
      await readTarget(tx, centers[0]!);
      await insertRow(tx, centers[0]!);
    };
    // The sealing job runs beside the writers, every second as in a server.
    let sealing = Promise.resolve(0);
    const sealer = setInterval(
      () => {
        sealing = sealing.then(() => database.db.transaction((tx) => sealAuditRecords(tx, 5000)));
      },
      process.env.NOSEAL ? 1e9 : 1000,
    );
    const results = await measure(database, seconds, {
      bare: bareWrite,
      spread: guarded(true),
      one: guarded(false),
    }).finally(async () => {
      clearInterval(sealer);
      await sealing;
    });
    const { bare, spread, one: oneCenter } = results;
    const row = (name: string, r: typeof bare): Measurement => ({
      name,
      value: r.perSecond,
      unit: 'tx/s',
      p50Ms: r.p50Ms,
      p99Ms: r.p99Ms,
      ...(r === bare ? {} : { ratio: { of: 'bare write', value: r.perSecond / bare.perSecond } }),
    });
    return [
      row(`durable write, bare (${WORKERS} writers)`, bare),
      {
        ...row('…with scope + audit + outbox, 8 centers', spread),
        target: '≥ 80 % of bare',
        ok: spread.perSecond / bare.perSecond >= 0.8,
      },
      row('…with scope + audit + outbox, 1 center', oneCenter),
    ];
  } finally {
    await database.close();
  }
}
