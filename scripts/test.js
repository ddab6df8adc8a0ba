// `npm test`: unit tests, the integration suite on PGlite, the same suite on a throwaway PostgreSQL,
// and browser tests. Outside CI a missing PostgreSQL or Chromium skips that part with one line; with
// CI=true both are required.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findPostgresBin, startThrowawayPostgres } from './postgres.js';

const root = path.resolve(import.meta.dirname, '..');
const isCI = process.env.CI === 'true' || process.env.CI === '1';
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const extraArgs = process.argv.slice(2);
const env = { ...process.env, TZ: 'UTC', CHROMIUM_PATH: chromiumPath };
const projects = ['unit', 'pglite'];

let postgres = null;
if (process.env.TEST_DATABASE_URL) {
  projects.push('postgres');
} else if (findPostgresBin()) {
  postgres = await startThrowawayPostgres({ log: (line) => console.log(line) });
  env.TEST_DATABASE_URL = postgres.url;
  projects.push('postgres');
} else if (isCI) {
  console.error('CI=true but PostgreSQL is not installed (/usr/lib/postgresql/*/bin/initdb).');
  process.exit(1);
} else {
  console.log('Skipping the PostgreSQL run: no /usr/lib/postgresql/*/bin/initdb (install postgresql).');
}

if (fs.existsSync(chromiumPath)) {
  const built = spawnSync(
    'node_modules/.bin/vite',
    ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
      env,
    },
  );
  if (built.status !== 0) {
    postgres?.stop();
    process.exit(built.status ?? 1);
  }
  projects.push('e2e');
} else if (isCI) {
  console.error(`CI=true but Chromium is not at ${chromiumPath}.`);
  postgres?.stop();
  process.exit(1);
} else {
  console.log(
    `Skipping browser tests: no Chromium at ${chromiumPath} (install chromium or set CHROMIUM_PATH).`,
  );
}

const reportFile = path.join(root, '.test-tmp', 'vitest-report.json');
fs.mkdirSync(path.dirname(reportFile), { recursive: true });
const result = spawnSync(
  'node_modules/.bin/vitest',
  [
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...extraArgs,
  ],
  { cwd: root, stdio: 'inherit', env },
);
postgres?.stop();

if (fs.existsSync(reportFile)) {
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  const byProject = {};
  for (const file of report.testResults) {
    for (const test of file.assertionResults) {
      const project = projectOf(file.name);
      byProject[project] ??= { passed: 0, failed: 0, skipped: 0 };
      if (test.status === 'passed') byProject[project].passed++;
      else if (test.status === 'failed') byProject[project].failed++;
      else byProject[project].skipped++;
    }
  }
  for (const [project, counts] of Object.entries(byProject)) {
    console.log(
      `  ${project.padEnd(10)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
    );
  }
  console.log(
    `tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`,
  );
}
process.exit(result.status ?? 1);

function projectOf(file) {
  const relative = path.relative(root, file);
  if (relative.startsWith('e2e/')) return 'e2e';
  if (relative.startsWith('domain/') || relative.startsWith('web/')) return 'unit';
  return 'integration';
}
