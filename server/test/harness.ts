import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../app.ts';
import { MemoryFileStore } from '../platform/files.ts';
import { loadConfig } from '../config.ts';
import { openDatabase, type Database } from '../db/connection.ts';
import { fixedClock } from '../platform/clock.ts';
import type { App } from '../platform/http.ts';
import { withDatabase } from './global-setup.ts';

/** A fresh, migrated database of the dialect this test project runs on. */
export async function createTestDatabase(): Promise<Database> {
  return (await openTestDatabase()).database;
}

async function openTestDatabase(): Promise<{ database: Database; databaseUrl?: string }> {
  if (process.env.TEST_DB === 'postgres') {
    const databaseUrl = await createPostgresTestDatabase();
    return { database: await openDatabase({ databaseUrl, poolSize: 5 }), databaseUrl };
  }
  const template = fs.readFileSync(inject('pgliteTemplate'));
  return { database: await openDatabase({ loadDataDir: new Blob([template]) }) };
}

/** PostgreSQL only: a fresh migrated database, by URL, for tests that open several connections to it. */
export async function createPostgresTestDatabase(): Promise<string> {
  const url = process.env.TEST_DATABASE_URL!;
  const name = `ow_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplate')}`);
  await admin.end();
  return withDatabase(url, name);
}

export interface TestApp {
  app: App;
  database: Database;
  clock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
}

/** The real application on a fresh database, with a clock the test sets. */
export async function createTestApp(
  options: { now?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<TestApp> {
  const { database, databaseUrl } = await openTestDatabase();
  const clock = fixedClock(options.now ?? '2026-11-23T01:00:00Z');
  const config = loadConfig({
    ONEWINDOW_DATA_DIR: '/nonexistent',
    ONEWINDOW_DATA_KEY: TEST_DATA_KEY,
    // Tests sign applicants in as a developer does, reading the code from the development outbox.
    ...(options.env?.NODE_ENV === 'production' ? {} : { ONEWINDOW_DEV_OUTBOX: 'true' }),
    // As in a deployment, so the app uses what it would on PostgreSQL (the sealing thread).
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    // Every injected request comes from one address; tests of the limits turn them on.
    ONEWINDOW_RATE_LIMIT: '0',
    ...options.env,
  });
  const app = await buildApp({ config, database, clock, files: new MemoryFileStore() });
  await app.ready();
  return {
    app,
    database,
    clock,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export const TEST_DATA_KEY = '5'.repeat(64);

export const dialect = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
