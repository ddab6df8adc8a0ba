import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection.ts';
import { auditEntry } from '../test/factories.ts';
import { createPostgresTestDatabase, createTestApp, dialect, type TestApp } from '../test/harness.ts';
import { recordAudit, verifyAuditChains } from './audit.ts';
import { startSealingThread } from './audit-sealer.ts';

const writeRecords = (t: Pick<TestApp, 'database'>, count: number) =>
  t.database.transaction(async (tx) => {
    for (let i = 0; i < count; i++) {
      recordAudit(
        tx,
        { now: new Date('2026-11-23T02:00:00Z'), timeZone: 'Asia/Shanghai' },
        auditEntry({ targetId: `t${i}`, after: { value: i }, summary: `第 ${i + 1} 条` }),
      );
    }
  });

describe('the audit.seal job', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('chains every record written before it ran', async () => {
    await writeRecords(t, 3);
    expect((await verifyAuditChains(t.database.db)).pending).toBe(3);
    expect(await t.app.jobs.runOnce('audit.seal')).toBe(true);
    expect(await verifyAuditChains(t.database.db)).toMatchObject({ records: 3, pending: 0, breaks: [] });
  });
});

describe.runIf(dialect === 'postgres')('the sealing thread', () => {
  it('seals on its own connection when asked, and ends when closed', async () => {
    const url = await createPostgresTestDatabase();
    const database = await openDatabase({ databaseUrl: url, poolSize: 2 });
    const sealer = startSealingThread(url);
    try {
      await writeRecords({ database }, 250);
      expect(await database.db.transaction((tx) => sealer.seal(tx))).toBe(250);
      expect(await database.db.transaction((tx) => sealer.seal(tx))).toBe(0);
      expect(await verifyAuditChains(database.db)).toMatchObject({ records: 250, pending: 0, breaks: [] });
    } finally {
      await sealer.close();
      await database.close();
    }
  });

  it('reports a round the thread could not run, and starts a new thread for the next one', async () => {
    const sealer = startSealingThread('postgresql://postgres@127.0.0.1:1/nowhere');
    const round = () => sealer.seal(undefined as never); // the thread does not use the job's transaction
    await expect(round()).rejects.toThrow(/ECONNREFUSED|connect/);
    await expect(round()).rejects.toThrow(/ECONNREFUSED|connect/);
    await sealer.close();
  });
});
