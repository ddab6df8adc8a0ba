import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/connection.ts';
import { runMigrations } from '../db/migrate.ts';
import { prepareData } from '../db/seed/prepare.ts';
import { fixedClock } from '../platform/clock.ts';

/**
 * Migrates once per run into a template; every test file then gets its own copy:
 * a PGlite data-directory dump, or a PostgreSQL database created from a template database.
 */
export default async function setup(project: TestProject) {
  const clock = fixedClock('2026-11-23T01:00:00Z');
  // Runs in the main process, where the project's `env` is not applied: go by the project's name.
  if (project.name === 'postgres') {
    const url = process.env.TEST_DATABASE_URL!;
    const templateName = `ow_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${templateName}`);
    await admin.query(`CREATE DATABASE ${templateName}`);
    const database = await openDatabase({ databaseUrl: withDatabase(url, templateName), poolSize: 1 });
    await runMigrations(database);
    await prepareData(database, { demo: false, clock });
    await database.close();
    project.provide('postgresTemplate', templateName);
    return async () => {
      const { rows } = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE 'ow_test_%' OR datname = $1`,
        [templateName],
      );
      for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
      await admin.end();
    };
  }
  const database = await openDatabase({});
  await runMigrations(database);
  await prepareData(database, { demo: false, clock });
  const dump = await (
    database.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }
  ).$client.dumpDataDir('none');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-test-'));
  const templatePath = path.join(dir, 'template.tar');
  fs.writeFileSync(templatePath, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplate', templatePath);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}
