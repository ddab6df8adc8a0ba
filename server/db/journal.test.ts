import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asc, gt, sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GENESIS_HASH,
  hashRecord,
  recordChange,
  sealAuditRecords,
  verifyAuditChains,
} from '../platform/audit.ts';
import type { StaffActor } from '../platform/policy.ts';
import { auditEntry } from '../test/factories.ts';
import { createTestDatabase, dialect } from '../test/harness.ts';
import { openDatabase, type Database } from './connection.ts';
import { MIGRATIONS_FOLDER, runMigrations } from './migrate.ts';
import { auditLog } from './schema.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

// Text PostgreSQL can store: anything but NUL.
const text = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.replaceAll('\0', ''));

describe('the change journal', () => {
  it('stores every value exactly as given, quotes and backslashes included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          summary: text,
          targetId: text,
          actorName: fc.option(text),
          roles: fc.array(text, { maxLength: 3 }),
          payload: fc.dictionary(text, fc.jsonValue()),
        }),
        async ({ summary, targetId, actorName, roles, payload }) => {
          const [before] = await database.db.select({ id: sql<number>`coalesce(max(id), 0)` }).from(auditLog);
          await database.transaction(async (tx) =>
            recordChange(
              tx,
              { now: new Date('2026-11-23T02:00:00Z'), timeZone: 'Asia/Shanghai' },
              {
                actor: {
                  kind: 'staff',
                  id: 's1',
                  regionCode: '990101000000',
                  username: 'tester',
                  displayName: actorName ?? '',
                  // Arbitrary text stands in for role names: the journal must not care what they say.
                  roles: roles as StaffActor['roles'],
                  centerId: null,
                  departmentId: null,
                },
                action: 'test.quoted',
                targetType: 'thing',
                targetId,
                regionCode: '990101000000',
                summary,
                event: { topic: 'test.quoted', payload },
              },
            ),
          );
          const [row] = await database.db
            .select()
            .from(auditLog)
            .where(gt(auditLog.id, Number(before!.id)));
          expect(row).toMatchObject({ summary, targetId, actorName: actorName ?? '', actorRoles: roles });
          // jsonb keeps -0 as 0, as JSON itself does.
          expect(row!.payload).toEqual(JSON.parse(JSON.stringify(payload)));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('writes nothing when the transaction rolls back', async () => {
    const [before] = await database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    await expect(
      database.transaction(async (tx) => {
        recordChange(
          tx,
          { now: new Date(), timeZone: 'Asia/Shanghai' },
          {
            ...auditEntry({ action: 'test.rolled_back', targetId: 'x', summary: '不应写入' }),
            event: { topic: 'test.rolled_back', payload: {} },
          },
        );
        throw new Error('业务失败');
      }),
    ).rejects.toThrow('业务失败');
    const [after] = await database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    expect(after!.n).toBe(before!.n);
  });
});

describe.runIf(dialect === 'pglite')('upgrading an audit log written before the change journal', () => {
  it('keeps the sealed chain verifiable and seals what was waiting', async () => {
    // A database at migration 0006: records sealed in place, one still waiting, events in their own table.
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-migrations-'));
    fs.cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
    const journalFile = path.join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
    const later = journal.entries.filter((e) => e.tag >= '0007').length;
    journal.entries = journal.entries.filter((e) => e.tag < '0007');
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    const old = await openDatabase({});
    try {
      await migrate(old.db as unknown as PgliteDatabase, { migrationsFolder: folder });
      const stream = '990101000000:2026-11-23';
      let prevHash = GENESIS_HASH;
      for (const seq of [1, 2, 3]) {
        const record = {
          id: seq,
          regionCode: '990101000000',
          stream,
          at: new Date(`2026-11-23T0${seq}:00:00Z`),
          actorKind: 'system',
          actorId: null,
          actorName: '测试',
          actorRoles: ['system'],
          action: 'test.action',
          targetType: 'thing',
          targetId: `t${seq}`,
          beforeDigest: null,
          afterDigest: null,
          summary: `第 ${seq} 条`,
          clientAddress: null,
          topic: null,
          payload: null,
        };
        await old.db.execute(sql`
          insert into audit_log (region_code, id, stream, at, actor_kind, actor_name, actor_roles, action,
            target_type, target_id, summary)
          values (${record.regionCode}, ${seq}, ${stream}, ${record.at.toISOString()}, 'system', '测试',
            array['system'], 'test.action', 'thing', ${record.targetId}, ${record.summary})`);
        if (seq === 3) break; // the third was written after the last sealing round
        const hash = hashRecord({ ...record, seq, prevHash });
        await old.db.execute(
          sql`update audit_log set seq = ${seq}, prev_hash = ${prevHash}, hash = ${hash} where id = ${seq}`,
        );
        await old.db.execute(sql`
          insert into audit_heads (stream, seq, hash) values (${stream}, ${seq}, ${hash})
          on conflict (stream) do update set seq = excluded.seq, hash = excluded.hash`);
        prevHash = hash;
      }
      await old.db.execute(sql`select setval('audit_log_id_seq', 3)`);

      expect(await runMigrations(old)).toBe(later);
      expect(await verifyAuditChains(old.db)).toMatchObject({ records: 2, pending: 1, breaks: [] });
      expect(await old.db.transaction((tx) => sealAuditRecords(tx))).toBe(1);
      expect(await verifyAuditChains(old.db)).toMatchObject({ records: 3, pending: 0, breaks: [] });
      const rows = await old.db.select().from(auditLog).orderBy(asc(auditLog.id));
      expect(rows.map((r) => r.targetId)).toEqual(['t1', 't2', 't3']);
    } finally {
      await old.close();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
