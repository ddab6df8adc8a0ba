import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idCardCheckDigit } from '../../../domain/validators/index.ts';
import { auditLog } from '../../db/schema.ts';
import { GENESIS_HASH, hashRecord, sealAuditRecords } from '../../platform/audit.ts';
import {
  createCountyWithTownship,
  createStaff,
  signInApplicantAs,
  signInAs,
  type SessionHeaders,
} from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

const COUNTY = '990101000000';
const OTHER_COUNTY = '990201000000';
const base = '33010619900101123';
const ID_NUMBER = `${base}${idCardCheckDigit(base)}`;

let t: TestApp;
let auditor: SessionHeaders;
let otherAuditor: SessionHeaders;
let applicantId: string;

const seal = () => t.database.db.transaction((tx) => sealAuditRecords(tx));
const search = (headers: SessionHeaders, query = '') => t.app.inject({ url: `/api/audit${query}`, headers });
const verify = (headers: SessionHeaders) =>
  t.app.inject({ method: 'POST', url: '/api/audit/verification', headers });
const exportPeriod = (headers: SessionHeaders, from: string, to: string) =>
  t.app.inject({ url: `/api/audit/export?from=${from}&to=${to}`, headers });

beforeAll(async () => {
  // The deployment serves the first county: its applicants are audited there.
  t = await createTestApp({ now: '2026-11-23T01:00:00Z', env: { ONEWINDOW_APPLICANT_REGION: COUNTY } });
  await createCountyWithTownship(t.database.db, COUNTY, '990101001000');
  await createCountyWithTownship(t.database.db, OTHER_COUNTY, '990201001000');
  await createStaff(t.database.db, { roles: ['audit_admin'], regionCode: COUNTY, username: 'auditor' });
  await createStaff(t.database.db, { roles: ['audit_admin'], regionCode: OTHER_COUNTY, username: 'other' });
  await createStaff(t.database.db, { roles: ['clerk'], regionCode: COUNTY, username: 'clerk' });
  auditor = await signInAs(t.app, 'auditor');
  otherAuditor = await signInAs(t.app, 'other');
  const applicant = await signInApplicantAs(t.app, '13800138000');
  const saved = await t.app.inject({
    method: 'PUT',
    url: '/api/applicant/me/identity',
    headers: applicant,
    payload: { name: '张三', idNumber: ID_NUMBER },
  });
  expect(saved.statusCode).toBe(200);
  applicantId = saved.json().applicant.id;
  await seal();
});
afterAll(() => t.close());

describe("applicant records in the county's audit", () => {
  it("lists an applicant's SMS sign-in and 实名 to the county's audit admin, not to another county's", async () => {
    const mine = await search(auditor, `?targetId=${applicantId}`);
    expect(mine.statusCode).toBe(200);
    const actions = mine.json().records.map((r: { action: string }) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['applicant.sign_in', 'applicant.identity_saved']));
    for (const record of mine.json().records) expect(record.regionCode).toBe(COUNTY);

    const theirs = await search(otherAuditor, `?targetId=${applicantId}`);
    expect(theirs.statusCode).toBe(200);
    expect(theirs.json().records).toEqual([]);
  });
});

describe('checking the chain from the audit page', () => {
  it('refuses anyone without audit.read', async () => {
    const clerk = await signInAs(t.app, 'clerk');
    expect((await verify(clerk)).statusCode).toBe(403);
    expect((await exportPeriod(clerk, '2026-11-23', '2026-11-23')).statusCode).toBe(403);
  });

  it('passes an untouched chain, and audits the check', async () => {
    await seal();
    const response = await verify(auditor);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ breaks: [], pending: 0 });
    expect(response.json().records).toBeGreaterThan(0);
    const checks = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'audit.verified'));
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ regionCode: COUNTY, actorKind: 'staff' });
  });

  it('exports the period with seals that recompute with the SM3 chain rule, and audits the export', async () => {
    await seal();
    const response = await exportPeriod(auditor, '2026-11-23', '2026-11-23');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('审计记录')!;
    const keys = (sheet.getRow(1).values as string[]).slice(1).map((header) => header.split(' ').at(-1)!);
    const rows = sheet
      .getSheetValues()
      .slice(2)
      .filter(Boolean)
      .map((values) => Object.fromEntries(keys.map((key, i) => [key, (values as unknown[])[i + 1] ?? null])));
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(String(row.regionCode).startsWith('990101')).toBe(true);
    const stream = `${COUNTY}:2026-11-23`;
    const chain = rows.filter((row) => row.stream === stream && row.seq !== null);
    expect(chain.map((row) => row.seq)).toEqual(chain.map((_, i) => i + 1));
    let prevHash = GENESIS_HASH;
    for (const row of chain) {
      expect(row.prevHash).toBe(prevHash);
      const recomputed = hashRecord({
        id: Number(row.id),
        stream: String(row.stream),
        seq: Number(row.seq),
        prevHash: String(row.prevHash),
        regionCode: String(row.regionCode),
        at: new Date(String(row.at)),
        actorKind: String(row.actorKind),
        actorId: row.actorId === null ? null : String(row.actorId),
        actorName: row.actorName === null ? null : String(row.actorName),
        actorRoles: JSON.parse(String(row.actorRoles)),
        action: String(row.action),
        targetType: String(row.targetType),
        targetId: String(row.targetId),
        beforeDigest: row.beforeDigest === null ? null : String(row.beforeDigest),
        afterDigest: row.afterDigest === null ? null : String(row.afterDigest),
        summary: String(row.summary),
        clientAddress: row.clientAddress === null ? null : String(row.clientAddress),
        topic: row.topic === null ? null : String(row.topic),
        payload: row.payload === null ? null : JSON.parse(String(row.payload)),
      } as Parameters<typeof hashRecord>[0]);
      expect(recomputed).toBe(row.hash);
      prevHash = String(row.hash);
    }
    const heads = workbook.getWorksheet('链头')!;
    const head = heads
      .getSheetValues()
      .find((values) => values && (values as unknown[])[1] === stream) as unknown[];
    expect(head[3]).toBe(prevHash);
    expect(workbook.getWorksheet('校验方法')!.getCell('A3').value).toContain('prev_hash');

    const exports = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'audit.exported'));
    expect(exports).toHaveLength(1);
    expect(exports[0]!.summary).toContain('2026-11-23 至 2026-11-23');
  });

  it('refuses a period that ends before it starts or runs longer than 366 days', async () => {
    expect((await exportPeriod(auditor, '2026-11-23', '2026-11-22')).statusCode).toBe(400);
    expect((await exportPeriod(auditor, '2025-11-01', '2026-11-23')).statusCode).toBe(400);
    expect((await exportPeriod(auditor, '2026-02-30', '2026-03-01')).statusCode).toBe(400);
    // Nothing was exported, so nothing more was recorded.
    expect(
      await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'audit.exported')),
    ).toHaveLength(1);
  });

  it('reports a tampered record as the first break of its chain', async () => {
    await seal();
    await t.database.exec(`
      ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete;
      UPDATE audit_log SET summary = '篡改'
        WHERE id = (SELECT record_id FROM audit_seals WHERE stream = '${COUNTY}:2026-11-23' AND seq = 2);
      ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete;`);
    const response = await verify(auditor);
    expect(response.statusCode).toBe(200);
    expect(response.json().breaks).toEqual([
      { stream: `${COUNTY}:2026-11-23`, seq: 2, reason: 'content does not match its hash' },
    ]);
    // The other county's chains are not its business, and are intact.
    expect((await verify(otherAuditor)).json().breaks).toEqual([]);
  });
});
