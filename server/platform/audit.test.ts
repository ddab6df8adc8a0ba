import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema.ts';
import { createTestApp, type TestApp } from '../test/harness.ts';
import { recordAudit, sealAuditRecords, verifyAuditChains } from './audit.ts';

let t: TestApp;
const system = { kind: 'system', name: '测试' } as const;
const ctx = (now: string) => ({ now: new Date(now), timeZone: 'Asia/Shanghai' });

beforeAll(async () => {
  t = await createTestApp();
  for (const [i, now] of ['2026-11-23T01:00:00Z', '2026-11-23T02:00:00Z', '2026-11-23T03:00:00Z'].entries()) {
    await t.database.db.transaction((tx) =>
      recordAudit(tx, ctx(now), {
        actor: system,
        action: 'test.action',
        targetType: 'thing',
        targetId: `t${i}`,
        regionCode: '990101000000',
        after: { value: i },
        summary: `第 ${i + 1} 条`,
      }),
    );
  }
  // Another center's chain on the same day, and the first county chain's next local day (UTC+8).
  await t.database.db.transaction((tx) =>
    recordAudit(tx, ctx('2026-11-23T03:00:00Z'), {
      actor: system,
      action: 'test.action',
      targetType: 'thing',
      targetId: 'other',
      regionCode: '990102000000',
      summary: '另一中心',
    }),
  );
  await t.database.db.transaction((tx) =>
    recordAudit(tx, ctx('2026-11-23T17:00:00Z'), {
      actor: system,
      action: 'test.action',
      targetType: 'thing',
      targetId: 'next-day',
      regionCode: '990101000000',
      summary: '次日',
    }),
  );
});

const seal = () => t.database.db.transaction((tx) => sealAuditRecords(tx));
afterAll(() => t.close());

describe('the audit log', () => {
  it('writes records unsealed, then seals them into chains per region and local day', async () => {
    expect((await verifyAuditChains(t.database.db)).pending).toBe(5);
    expect(await seal()).toBe(5);
    expect(await seal()).toBe(0);
    const rows = await t.database.db.select().from(auditLog).orderBy(auditLog.stream, auditLog.seq);
    expect(rows.map((r) => `${r.stream}#${r.seq}`)).toEqual([
      '990101000000:2026-11-23#1',
      '990101000000:2026-11-23#2',
      '990101000000:2026-11-23#3',
      '990101000000:2026-11-24#1',
      '990102000000:2026-11-23#1',
    ]);
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    expect(rows[0]!.prevHash).toBe('0'.repeat(64));
    expect(await verifyAuditChains(t.database.db)).toMatchObject({ records: 5, pending: 0, breaks: [] });
  });

  it('continues a chain across sealing rounds', async () => {
    await t.database.db.transaction((tx) =>
      recordAudit(tx, ctx('2026-11-23T04:00:00Z'), {
        actor: system,
        action: 'test.action',
        targetType: 'thing',
        targetId: 't3',
        regionCode: '990101000000',
        summary: '第 4 条',
      }),
    );
    await seal();
    const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.targetId, 't3'));
    expect(rows[0]).toMatchObject({ stream: '990101000000:2026-11-23', seq: 4 });
    expect((await verifyAuditChains(t.database.db)).breaks).toEqual([]);
  });

  it('is refused UPDATE and DELETE by the database itself', async () => {
    const refusal = { cause: expect.objectContaining({ message: expect.stringMatching(/append-only/) }) };
    await expect(t.database.db.execute(sql`update audit_log set summary = '改写'`)).rejects.toMatchObject(
      refusal,
    );
    await expect(t.database.db.execute(sql`delete from audit_log`)).rejects.toMatchObject(refusal);
    await expect(
      t.database.db.execute(sql`update audit_log set hash = 'x' where target_id = 't0'`),
    ).rejects.toMatchObject(refusal);
    expect(await t.database.db.select().from(auditLog)).toHaveLength(6);
  });

  it('names the first tampered record when a row is changed behind the trigger', async () => {
    await t.database.exec(`
      ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete;
      UPDATE audit_log SET summary = '篡改' WHERE stream = '990101000000:2026-11-23' AND seq = 2;
      ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete;`);
    const { breaks, records } = await verifyAuditChains(t.database.db);
    expect(records).toBe(6);
    expect(breaks).toEqual([
      { stream: '990101000000:2026-11-23', seq: 2, reason: 'content does not match its hash' },
    ]);
  });
});
