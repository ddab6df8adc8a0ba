import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './connection.ts';
import { regions } from './schema.ts';
import { dialect } from '../test/harness.ts';

const root = path.resolve(import.meta.dirname, '../..');

// PGlite runs with fsync off: an acknowledged write is in the operating system's cache, which
// survives the process being killed (not a power cut; see docs/operations.md).
describe.runIf(dialect === 'pglite')('embedded database durability', () => {
  it('keeps an acknowledged write after the process is killed with SIGKILL', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-kill-'));
    try {
      const child = spawn(
        // node itself, not the tsx wrapper, so the kill hits the process that holds the database.
        process.execPath,
        ['--import', 'tsx', path.join(import.meta.dirname, 'durability-child.ts'), dataDir, '杀进程前已确认'],
        { stdio: ['ignore', 'pipe', 'inherit'], cwd: root },
      );
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('ACK')) resolve();
        });
        child.on('exit', (code) => reject(new Error(`child exited early with ${code}`)));
      });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;

      const database = await openDatabase({ dataDir });
      const rows = await database.db.select().from(regions).where(eq(regions.code, '990000000000'));
      await database.close();
      expect(rows.map((r) => r.name)).toEqual(['杀进程前已确认']);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
