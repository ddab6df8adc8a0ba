import { eq, inArray, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, auditSeals } from '../db/schema.ts';
import type { Tx } from '../db/connection.ts';
import { auditEntry } from '../test/factories.ts';
import { createTestApp, dialect, type TestApp } from '../test/harness.ts';
import {
  canonicalJson,
  recordAudit,
  sealAuditRecords,
  sealedRecordJson,
  verifyAuditChains,
} from './audit.ts';

let t: TestApp;
const ctx = (now: string) => ({ now: new Date(now), timeZone: 'Asia/Shanghai' });

beforeAll(async () => {
  t = await createTestApp();
  for (const [i, now] of ['2026-11-23T01:00:00Z', '2026-11-23T02:00:00Z', '2026-11-23T03:00:00Z'].entries()) {
    await t.database.transaction(async (tx) =>
      recordAudit(
        tx,
        ctx(now),
        auditEntry({ targetId: `t${i}`, after: { value: i }, summary: `第 ${i + 1} 条` }),
      ),
    );
  }
  // Another center's chain on the same day, and the first county chain's next local day (UTC+8).
  await t.database.transaction(async (tx) =>
    recordAudit(
      tx,
      ctx('2026-11-23T03:00:00Z'),
      auditEntry({ targetId: 'other', regionCode: '990102000000', summary: '另一中心' }),
    ),
  );
  await t.database.transaction(async (tx) =>
    recordAudit(tx, ctx('2026-11-23T17:00:00Z'), auditEntry({ targetId: 'next-day', summary: '次日' })),
  );
});

const seal = () => t.database.db.transaction((tx) => sealAuditRecords(tx));
afterAll(() => t.close());

describe('a sealed record', () => {
  it('hashes the canonical JSON of all its fields, whatever they hold', () => {
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
    fc.assert(
      fc.property(
        fc.record({
          id: fc.nat(),
          seq: fc.nat(),
          regionCode: fc.string(),
          stream: fc.string(),
          at: fc.date({ noInvalidDate: true }),
          actorKind: fc.string(),
          actorId: maybe(fc.string()),
          actorName: maybe(fc.string()),
          actorRoles: fc.array(fc.string()),
          action: fc.string(),
          targetType: fc.string(),
          targetId: fc.string(),
          beforeDigest: maybe(fc.string()),
          afterDigest: maybe(fc.string()),
          summary: fc.string(),
          clientAddress: maybe(fc.string()),
          topic: maybe(fc.string()),
          payload: maybe(fc.dictionary(fc.string(), fc.jsonValue())),
          prevHash: fc.string(),
        }),
        (row) => {
          const { topic, payload, at, ...fields } = row;
          const event = topic === null ? {} : { topic, payload };
          expect(sealedRecordJson(row)).toBe(canonicalJson({ ...fields, ...event, at: at.toISOString() }));
        },
      ),
    );
  });
});

describe('the audit log', () => {
  it('writes records unsealed, then seals them into chains per region and local day', async () => {
    expect((await verifyAuditChains(t.database.db)).pending).toBe(5);
    expect(await seal()).toBe(5);
    expect(await seal()).toBe(0);
    const rows = await t.database.db.select().from(auditSeals).orderBy(auditSeals.stream, auditSeals.seq);
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
    await t.database.transaction(async (tx) =>
      recordAudit(tx, ctx('2026-11-23T04:00:00Z'), auditEntry({ targetId: 't3', summary: '第 4 条' })),
    );
    await seal();
    const [record] = await t.database.db.select().from(auditLog).where(eq(auditLog.targetId, 't3'));
    const rows = await t.database.db.select().from(auditSeals).where(eq(auditSeals.recordId, record!.id));
    expect(rows[0]).toMatchObject({ stream: '990101000000:2026-11-23', seq: 4 });
    expect((await verifyAuditChains(t.database.db)).breaks).toEqual([]);
  });

  it('is refused UPDATE and DELETE by the database itself', async () => {
    const refusal = { cause: expect.objectContaining({ message: expect.stringMatching(/append-only/) }) };
    await expect(t.database.db.execute(sql`update audit_log set summary = '改写'`)).rejects.toMatchObject(
      refusal,
    );
    await expect(t.database.db.execute(sql`delete from audit_log`)).rejects.toMatchObject(refusal);
    await expect(t.database.db.execute(sql`update audit_seals set hash = 'x'`)).rejects.toMatchObject(
      refusal,
    );
    await expect(t.database.db.execute(sql`delete from audit_seals`)).rejects.toMatchObject(refusal);
    expect(await t.database.db.select().from(auditLog)).toHaveLength(6);
    expect(await t.database.db.select().from(auditSeals)).toHaveLength(6);
  });

  it('names the first tampered record when a row is changed behind the trigger', async () => {
    await t.database.exec(`
      ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete;
      UPDATE audit_log SET summary = '篡改'
        WHERE id = (SELECT record_id FROM audit_seals WHERE stream = '990101000000:2026-11-23' AND seq = 2);
      ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete;`);
    const { breaks, records } = await verifyAuditChains(t.database.db);
    expect(records).toBe(6);
    expect(breaks).toEqual([
      { stream: '990101000000:2026-11-23', seq: 2, reason: 'content does not match its hash' },
    ]);
  });

  it('passes over an id that no record will ever have', async () => {
    // A transaction that took an id and rolled back leaves a hole in the sequence.
    await t.database.db.execute(sql`select nextval('audit_log_id_seq')`);
    await t.database.transaction(async (tx) => write('after-hole', tx));
    expect(await seal()).toBe(1);
    expect((await verifyAuditChains(t.database.db)).pending).toBe(0);
  });

  it.runIf(dialect === 'postgres')(
    'waits for a record still being written, then seals it before the later ones',
    async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let written!: () => void;
      const early = new Promise<void>((resolve) => (written = resolve));
      // A slow transaction writes its record (and takes its id) early, then waits before committing.
      const slow = t.database.db.transaction(async (tx) => {
        await tx.insert(auditLog).values({ ...recordValues('slow'), stream: '990103000000:2026-11-23' });
        written();
        await held;
      });
      await early;
      await t.database.transaction(async (tx) => write('quick', tx));
      // The quick record is committed, but the slow one's id before it may still commit.
      expect(await seal()).toBe(0);
      release();
      await slow;
      expect(await seal()).toBe(2);
      const chain = await t.database.db
        .select({ seq: auditSeals.seq, targetId: auditLog.targetId })
        .from(auditSeals)
        .innerJoin(auditLog, eq(auditLog.id, auditSeals.recordId))
        .where(inArray(auditLog.targetId, ['after-hole', 'slow', 'quick']))
        .orderBy(auditSeals.seq);
      expect(chain).toEqual([
        { seq: 1, targetId: 'after-hole' },
        { seq: 2, targetId: 'slow' },
        { seq: 3, targetId: 'quick' },
      ]);
      expect((await verifyAuditChains(t.database.db)).pending).toBe(0);
    },
  );
});

const write = (targetId: string, tx: Tx) =>
  recordAudit(
    tx,
    ctx('2026-11-23T05:00:00Z'),
    auditEntry({ targetId, regionCode: '990103000000', summary: targetId }),
  );

const recordValues = (targetId: string) => ({
  regionCode: '990103000000',
  at: new Date('2026-11-23T05:00:00Z'),
  actorKind: 'system',
  actorName: '测试',
  actorRoles: ['system'],
  action: 'test.action',
  targetType: 'thing',
  targetId,
  summary: targetId,
});
