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

/** Search-as-you-type and guide pages on the demo catalog scaled to 5,000 items, against a one-read baseline. */
async function measureCatalog(
  dialect: string,
  databaseUrl: string,
  baseline: Measurement,
): Promise<Measurement[]> {
  const { url, child } = await startProcess('bench/catalog-server.ts', [databaseUrl]);
  try {
    const ids: string[] = [];
    for (let page = 1; ; page++) {
      const body = (await (await fetch(`${url}/api/catalog/items?pageSize=100&page=${page}`)).json()) as {
        total: number;
        items: { id: string }[];
      };
      ids.push(...body.items.map((item) => item.id));
      if (body.items.length === 0 || ids.length >= body.total) break;
    }
    // What people type, letter by letter, and the filters the portal offers.
    const typed = [
      '营',
      '营业',
      '营业执照',
      '不动',
      '不动产',
      '不动产转移',
      '身份',
      '身份证',
      '结婚',
      '食品经营',
      '开公司',
      '社保',
      '公积金提取',
      '医保 报销',
      '退休',
      '出生',
      '户口迁移',
      '施工许可',
      '规划',
      '390522-SCJG',
    ];
    const searches = [
      ...typed.map((q) => `/api/catalog/items?q=${encodeURIComponent(q)}`),
      '/api/catalog/items?theme=business_opening',
      '/api/catalog/items?subject=legal_person&category=licensing',
    ];
    if (ids.length === 0) throw new Error('catalog benchmark: the scaled catalog is empty');
    const guides = ids.map((id) => `/api/catalog/items/${id}/guide`);
    const rows: Measurement[] = [];
    // Guides are cached once read: the first read of each item is the cold case, the most-read items the usual one.
    for (const [name, paths] of [
      [`catalog search, ${ids.length} items (${dialect})`, searches],
      [`service guide, first read of each item (${dialect})`, guides],
      [`service guide, 100 most-read items (${dialect})`, guides.slice(0, 100)],
    ] as const) {
      const { rps, p50Ms, p99Ms } = await load(url, { seconds, paths });
      rows.push({
        name,
        value: rps,
        unit: 'req/s',
        p50Ms,
        p99Ms,
        rssMb: rssMb(child.pid!),
        ratio: { of: `one PK read (${dialect})`, value: rps / baseline.value },
      });
    }
    return rows;
  } finally {
    child.kill();
  }
}

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
results.push(...(await measureCatalog('PGlite', '', pgliteRead)));

const postgres = findPostgresBin() ? await startThrowawayPostgres({ durable: true }) : null;
if (postgres) {
  try {
    const postgresRead = await measureRoute('ceiling: one PK read (PostgreSQL)', 'read', postgres.url);
    postgresRead.ratio = { of: 'bare route', value: postgresRead.value / bare.value };
    results.push(postgresRead);
    results.push(...(await measureCatalog('PostgreSQL', postgres.url, postgresRead)));
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
