// Child process for durability.test.ts: opens a PGlite directory, commits one write, says so, then
// waits to be killed. Run with tsx.
import { sql } from 'drizzle-orm';
import { openDatabase } from './connection.ts';
import { runMigrations } from './migrate.ts';

const [dataDir, name] = process.argv.slice(2) as [string, string];
const database = await openDatabase({ dataDir });
await runMigrations(database);
await database.db.execute(
  sql`insert into regions (code, name, level) values ('990000000000', ${name}, 'province')`,
);
process.stdout.write('ACK\n');
setInterval(() => {}, 1000);
