import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { dialect } from '../server/test/harness.ts';

const bin = path.resolve(import.meta.dirname, '../bin/onewindow.js');

async function onewindow(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [bin, ...args], {
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// Process-level behaviour does not depend on the test database: run it once.
describe.runIf(dialect === 'pglite')('the onewindow command', () => {
  it('lists its commands in --help', async () => {
    const { code, stdout } = await onewindow(['--help']);
    expect(code).toBe(0);
    for (const command of ['serve', 'migrate', 'seed', 'calendar', 'validate'])
      expect(stdout).toContain(command);
  });

  it('exits non-zero naming an invalid variable and what it expects', async () => {
    const { code, stderr } = await onewindow(['migrate'], { PORT: 'eighty' });
    expect(code).toBe(1);
    expect(stderr).toContain('PORT');
    expect(stderr).toContain('integer between 0 and 65535');
  });

  it('explains an unreachable database in one line, without a stack trace', async () => {
    const { code, stderr } = await onewindow(['migrate'], {
      DATABASE_URL: 'postgresql://127.0.0.1:1/none',
      ONEWINDOW_DATA_KEY: 'a'.repeat(64),
    });
    expect(code).toBe(1);
    expect(stderr).toContain('Cannot connect to PostgreSQL at 127.0.0.1:1/none');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('requires the personal-data key with a PostgreSQL server', async () => {
    const { code, stderr } = await onewindow(['migrate'], { DATABASE_URL: 'postgresql://127.0.0.1:1/none' });
    expect(code).toBe(1);
    expect(stderr).toContain('ONEWINDOW_DATA_KEY');
  });

  it('refuses to verify the audit chains of a database that has not been migrated', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-cli-'));
    try {
      const { code, stdout, stderr } = await onewindow(['verify-audit'], {
        ONEWINDOW_DATA_DIR: path.join(dataDir, 'db'),
      });
      expect(code).toBe(1);
      expect(stdout).not.toContain('ok');
      expect(stderr).toContain('run `onewindow migrate` first');
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('prints the n-th working day and whether a date is a working day', async () => {
    expect((await onewindow(['calendar', 'add', '2026-04-30', '5'])).stdout).toBe('2026-05-11\n');
    expect((await onewindow(['calendar', 'is-working', '2026-10-10'])).stdout).toBe('working\n');
  });
});
