// `npm run bench`: this machine's ceilings and every benchmark, in one run, as a table and as JSON.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findPostgresBin, startThrowawayPostgres } from '../scripts/postgres.js';
import { measureDomain } from './domain.ts';
import { measurePlatformWrite } from './platform-write.ts';
import { load, pgbenchTps, printTable, rssMb, startProcess, type Measurement } from './harness.ts';

const results: Measurement[] = [];
const seconds = Number(process.env.BENCH_SECONDS ?? 8);

async function measureRoute(name: string, mode: string, databaseUrl = ''): Promise<Measurement> {
  const { url, child } = await startProcess('bench/target-server.ts', [mode, databaseUrl]);
  try {
    const { rps, p50Ms, p99Ms } = await load(`${url}/bench`, { seconds });
    return { name, value: rps, unit: 'req/s', p50Ms, p99Ms, rssMb: rssMb(child.pid!) };
  } finally {
    child.kill();
  }
}

console.log(
  `OneWindow benchmarks on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
);
const bare = await measureRoute('ceiling: bare Fastify route', 'bare');
results.push(bare);
const pgliteRead = await measureRoute('ceiling: one PK read (PGlite)', 'read');
pgliteRead.ratio = { of: 'bare route', value: pgliteRead.value / bare.value };
results.push(pgliteRead);

const postgres = findPostgresBin() ? await startThrowawayPostgres({ durable: true }) : null;
if (postgres) {
  try {
    const postgresRead = await measureRoute('ceiling: one PK read (PostgreSQL)', 'read', postgres.url);
    postgresRead.ratio = { of: 'bare route', value: postgresRead.value / bare.value };
    results.push(postgresRead);
    results.push(...(await measurePlatformWrite(postgres.url, seconds)));
    results.push({
      name: 'ceiling: pgbench TPC-B (8 clients)',
      value: pgbenchTps(postgres.bin, postgres.port, seconds),
      unit: 'tps',
    });
  } finally {
    postgres.stop();
  }
} else {
  console.log('PostgreSQL not installed: skipping the PostgreSQL ceilings.');
}

for (const row of await measureDomain()) results.push({ ...row });

console.log();
printTable(results);
const outDir = path.resolve(import.meta.dirname, 'results');
fs.mkdirSync(outDir, { recursive: true });
const file = path.join(outDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
fs.writeFileSync(
  file,
  JSON.stringify(
    { at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, results },
    null,
    2,
  ),
);
console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);
const missed = results.filter((r) => r.ok === false);
process.exitCode = missed.length > 0 ? 1 : 0;
