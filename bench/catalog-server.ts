// The real application on the demo county with its catalog scaled to 5,000 items, for the catalog
// benchmark. Argument: a PostgreSQL URL, or nothing for embedded PGlite. Prints its address.
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/connection.ts';
import { runMigrations } from '../server/db/migrate.ts';
import { DEMO_COUNTY_CODE } from '../server/db/demo/county.ts';
import { itemRevisions, items } from '../server/db/schema.ts';
import { prepareData } from '../server/db/seed/prepare.ts';
import { systemClock } from '../server/platform/clock.ts';

const CATALOG_SIZE = 5000;
const [serverUrl] = process.argv.slice(2);

/** On PostgreSQL, a database of its own: the cluster's default one holds the other benchmarks' rows. */
async function freshDatabase(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('drop database if exists onewindow_catalog_bench');
  await client.query('create database onewindow_catalog_bench');
  await client.end();
  const fresh = new URL(url);
  fresh.pathname = '/onewindow_catalog_bench';
  return fresh.toString();
}

const databaseUrl = serverUrl ? await freshDatabase(serverUrl) : undefined;
const database = await openDatabase({ databaseUrl, poolSize: 10 });
await runMigrations(database);
await prepareData(database, { demo: true, clock: systemClock });

// Scale: copies of the demo items as other variants (业务办理项) of the same departments.
const demoItems = await database.db.select().from(items).where(eq(items.regionCode, DEMO_COUNTY_CODE));
const demoRevisions = await database.db.select().from(itemRevisions);
const revisionOf = new Map(demoRevisions.filter((r) => r.effectiveUntil === null).map((r) => [r.itemId, r]));
const variants = [
  '新设',
  '变更',
  '延续',
  '注销',
  '补证',
  '迁入',
  '迁出',
  '换证',
  '备案',
  '年检',
  '增项',
  '减项',
  '迁移',
  '恢复',
  '撤回',
  '更正',
];
const now = new Date();
for (let copy = 1; demoItems.length * (copy + 1) <= CATALOG_SIZE + demoItems.length; copy++) {
  const itemRows: (typeof items.$inferInsert)[] = [];
  const revisionRows: (typeof itemRevisions.$inferInsert)[] = [];
  for (const item of demoItems) {
    if (demoItems.length * copy + itemRows.length >= CATALOG_SIZE) break;
    const revision = revisionOf.get(item.id)!;
    const id = uuidv7();
    const variant = variants[(copy - 1) % variants.length]!;
    const name = `${revision.name}（${variant}${copy > variants.length ? Math.ceil(copy / variants.length) : ''}）`;
    itemRows.push({
      ...item,
      id,
      implementationCode: `${item.implementationCode}-${copy}`,
      hotRank: null,
      createdAt: now,
    });
    revisionRows.push({
      ...revision,
      id: uuidv7(),
      itemId: id,
      version: 1,
      effectiveUntil: null,
      name,
      content: { ...(revision.content as object), name },
      searchText: `${name.toLowerCase()} ${revision.searchText}`,
    });
  }
  if (itemRows.length === 0) break;
  await database.db.insert(items).values(itemRows);
  await database.db.insert(itemRevisions).values(revisionRows);
}

const config = loadConfig({
  ONEWINDOW_DATA_DIR: '/nonexistent',
  ONEWINDOW_DATA_KEY: '5'.repeat(64),
  ONEWINDOW_RATE_LIMIT: '0',
  LOG_LEVEL: 'silent',
});
const app = await buildApp({ config, database, clock: systemClock });
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${address}\n`);
