import path from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import { sql } from 'drizzle-orm';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Database } from './connection.ts';

export const MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, 'migrations');
const migrationsConfig = { migrationsFolder: MIGRATIONS_FOLDER };

/** Applies every committed migration that the database has not seen yet. Returns how many ran. */
export async function runMigrations(database: Database): Promise<number> {
  const before = await appliedMigrationCount(database);
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, migrationsConfig);
  } else {
    await migratePostgres(database.db as unknown as NodePgDatabase, migrationsConfig);
  }
  return (await appliedMigrationCount(database)) - before;
}

/** Migrations in the folder that the database has not applied (used by /readyz). */
export async function pendingMigrationCount(database: Database): Promise<number> {
  const known = readMigrationFiles(migrationsConfig).length;
  return known - (await appliedMigrationCount(database));
}

async function appliedMigrationCount(database: Database): Promise<number> {
  const exists = rowsOf<{ present: boolean }>(
    await database.db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`),
  );
  if (!exists[0]?.present) return 0;
  const rows = rowsOf<{ count: number }>(
    await database.db.execute(sql`select count(*)::int as count from drizzle.__drizzle_migrations`),
  );
  return Number(rows[0]?.count ?? 0);
}

/** node-postgres returns `{ rows }`, PGlite returns `{ rows }` too, but typed differently. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
