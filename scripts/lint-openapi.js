#!/usr/bin/env node
// Lints the OpenAPI document the app serves at /docs/json with Redocly's recommended rules.
// Builds the app without listening, on an in-memory database, writes the document to a temporary
// file and runs `redocly lint` on it. Exits non-zero on any error. Run by `npm run lint`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { register } from 'tsx/esm/api';

register();
const root = path.resolve(import.meta.dirname, '..');
const { buildApp } = await import('../server/app.ts');
const { loadConfig } = await import('../server/config.ts');
const { openDatabase } = await import('../server/db/connection.ts');
const { runMigrations } = await import('../server/db/migrate.ts');
const { systemClock } = await import('../server/platform/clock.ts');

const database = await openDatabase({});
let document;
try {
  await runMigrations(database);
  const app = await buildApp({
    config: loadConfig({ ONEWINDOW_DATA_KEY: '0'.repeat(64), ONEWINDOW_DEV_OUTBOX: 'true' }),
    database,
    clock: systemClock,
  });
  await app.ready();
  document = app.swagger();
  await app.close();
} finally {
  await database.close();
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-openapi-'));
const file = path.join(dir, 'openapi.json');
fs.writeFileSync(file, JSON.stringify(document, null, 2));
const result = spawnSync(
  path.join(root, 'node_modules/.bin/redocly'),
  ['lint', file, '--config', path.join(root, 'redocly.yaml'), ...process.argv.slice(2)],
  { stdio: 'inherit', cwd: root },
);
fs.rmSync(dir, { recursive: true, force: true });
process.exit(result.status ?? 1);
