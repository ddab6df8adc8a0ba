// A server for the baseline measurements, run in its own process so the load generator does not
// share its event loop. Modes: `bare` (a route that does nothing), `read` (one primary-key read).
import Fastify from 'fastify';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../server/db/connection.ts';
import { runMigrations } from '../server/db/migrate.ts';
import { regions } from '../server/db/schema.ts';

const [mode, databaseUrl] = process.argv.slice(2);
const app = Fastify({ logger: false });

if (mode === 'bare') {
  app.get('/bench', async () => ({ ok: true }));
} else {
  const database = await openDatabase({ databaseUrl: databaseUrl || undefined, poolSize: 10 });
  await runMigrations(database);
  const codes = Array.from({ length: 1000 }, (_, i) => `99${String(i).padStart(4, '0')}000000`);
  await database.db
    .insert(regions)
    .values(codes.map((code, i) => ({ code, name: `区划${i}`, level: 'county' as const })))
    .onConflictDoNothing();
  let next = 0;
  app.get('/bench', async () => {
    const code = codes[next++ % codes.length]!;
    const rows = await database.db.select().from(regions).where(eq(regions.code, code)).limit(1);
    return rows[0];
  });
}
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${address}\n`);
