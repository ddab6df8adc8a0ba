import { sql } from 'drizzle-orm';
import type { Database } from '../connection.ts';
import { rowsOf } from '../migrate.ts';
import type { Clock } from '../../platform/clock.ts';
import type { FileStore } from '../../platform/files.ts';
import { ensureNationalYears } from '../../modules/calendar/service.ts';
import { seedDemo, type SeedProgress } from './demo.ts';

/**
 * Runs at every start after migrations: loads shipped reference data that is missing, and on an
 * empty database (no regions yet) the demo county when asked to.
 */
export async function prepareData(
  database: Database,
  options: { demo: boolean; clock: Clock; onProgress?: SeedProgress; files?: FileStore },
): Promise<{ seededDemo: boolean }> {
  await ensureNationalYears(database.db);
  if (!options.demo || !(await isEmpty(database))) return { seededDemo: false };
  await seedDemo(database.db, options);
  return { seededDemo: true };
}

export async function isEmpty(database: Database): Promise<boolean> {
  const rows = rowsOf<{ present: boolean }>(
    await database.db.execute(sql`select exists (select 1 from regions) as present`),
  );
  return !rows[0]?.present;
}
