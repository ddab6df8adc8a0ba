import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from './migrate.ts';
import { createTestDatabase, dialect } from '../test/harness.ts';

describe.runIf(dialect === 'pglite')('the embedded database', () => {
  it('runs with the memory settings of docs/operations.md', async () => {
    const database = await createTestDatabase();
    try {
      const show = async (name: 'shared_buffers' | 'fsync') =>
        rowsOf<Record<string, string>>(await database.db.execute(sql.raw(`show ${name}`)))[0]?.[name];
      expect(await show('shared_buffers')).toBe('16MB');
      // PGlite's own durability, unchanged: writes reach the OS, without fsync (docs/operations.md).
      expect(await show('fsync')).toBe('off');
    } finally {
      await database.close();
    }
  });
});
