// What the platform's guarantees cost a write. The write: read the target record by key, insert a row,
// commit (durable PostgreSQL). With the platform: the read carries the caller's region scope, and the
// audit record (chained by the sealing job) and the outbox event are written in the same transaction.
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

async function run(database: Database, seconds: number, write: (tx: Tx, worker: number) => Promise<void>) {
  const deadline = Date.now() + seconds * 1000;
  let commits = 0;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: WORKERS }, async (_, worker) => {
      while (Date.now() < deadline) {
        const started = performance.now();
        await database.db.transaction((tx) => write(tx, worker));
        latencies.push(performance.now() - started);
        commits++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (p: number) => Math.round(latencies[Math.floor(latencies.length * p)]! * 10) / 10;
  return { perSecond: commits / seconds, p50Ms: at(0.5), p99Ms: at(0.99) };
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
    const guarded = (spread: boolean) => async (tx: Tx, worker: number) => {
      const regionCode = spread ? centers[worker % centers.length]! : centers[0]!;
      await readTarget(tx, regionCode, actor);
      const id = await insertRow(tx, regionCode);
      await recordChange(
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
    // The sealing job runs beside the writers, as it does in a server.
    let sealing = Promise.resolve(0);
    const sealer = setInterval(() => {
      sealing = sealing.then(() => database.db.transaction((tx) => sealAuditRecords(tx, 5000)));
    }, 1000);
    // Rounds alternate the scenarios so a busy moment on the machine does not favour one; medians are kept.
    const rounds: Record<'bare' | 'spread' | 'one', Awaited<ReturnType<typeof run>>[]> = {
      bare: [],
      spread: [],
      one: [],
    };
    const perRound = Math.max(2, seconds / 2);
    try {
      for (let round = 0; round < 3; round++) {
        rounds.bare.push(await run(database, perRound, bareWrite));
        rounds.spread.push(await run(database, perRound, guarded(true)));
        rounds.one.push(await run(database, perRound, guarded(false)));
      }
    } finally {
      clearInterval(sealer);
      await sealing;
    }
    const median = (results: Awaited<ReturnType<typeof run>>[]) =>
      [...results].sort((a, b) => a.perSecond - b.perSecond)[1]!;
    const bare = median(rounds.bare);
    const spread = median(rounds.spread);
    const oneCenter = median(rounds.one);
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
