import { eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, centers, licenseKeys, licenseRenewals, licenses } from '../../db/schema.ts';
import { listOutboxMessages } from '../../platform/notify.ts';
import { transact } from '../../platform/transaction.ts';
import {
  createCountyWithTownship,
  createStaff,
  signInAs,
  type SessionHeaders,
} from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { countAuditRecords } from '../../test/race.ts';
import {
  decideRenewal,
  issueLicenseInTransaction,
  recordRenewalApplication,
  revokeLicenseInTransaction,
  type IssueLicenseInput,
} from './index.ts';
import type { LicenseVerification, PrintableLicense } from './schemas.ts';

let t: TestApp;
let centerId: string;
let admin: SessionHeaders;
let clerk: SessionHeaders;
const county = '990101000000';
const MOBILE = '13800138000';
const clerkActor = { kind: 'system', name: '测试办件' } as const;

function input(overrides: Partial<IssueLicenseInput> = {}): IssueLicenseInput {
  return {
    actor: clerkActor,
    caseId: uuidv7(),
    caseNumber: `990101-2026-${Math.floor(Math.random() * 1e6)}`,
    centerId,
    regionCode: county,
    itemId: uuidv7(),
    itemName: '食品经营许可（新办）',
    licenseName: '食品经营许可证',
    holderName: '张小三',
    holderIdNumber: '110101199003074513',
    holderMobile: MOBILE,
    issuedOn: '2026-11-23',
    validUntil: '2031-11-22',
    departmentName: '测试县市场监督管理局',
    content: { 经营场所: '测试县人民路 1 号', 主体业态: '餐饮服务经营者' },
    ...overrides,
  };
}

const issue = (overrides: Partial<IssueLicenseInput> = {}) =>
  transact(t.app.ctx, (tx) => issueLicenseInTransaction(tx, t.app.ctx, input(overrides)));

async function verify(code: string) {
  const response = await t.app.inject({ method: 'GET', url: `/api/public/licenses/${code}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as LicenseVerification;
}

const runJob = () => t.app.jobs.runOnce('licenses.expiry');

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T01:00:00Z' });
  await createCountyWithTownship(t.database.db);
  centerId = uuidv7();
  await t.database.db.insert(centers).values({
    regionCode: county,
    id: centerId,
    name: '测试县政务服务中心',
    kind: 'government_service_center',
    address: '测试县人民路 1 号',
    openingHours: '工作日 9:00–17:00',
  });
  await createStaff(t.database.db, { roles: ['center_admin'], regionCode: county, username: 'lic_admin' });
  await createStaff(t.database.db, { roles: ['clerk'], regionCode: county, username: 'lic_clerk' });
  admin = await signInAs(t.app, 'lic_admin');
  clerk = await signInAs(t.app, 'lic_clerk');
});
afterAll(() => t.close());
beforeEach(() => t.clock.set('2026-11-23T01:00:00Z'));

describe('issue and public verification', () => {
  it('issues a signed license that verifies, showing the holder masked', async () => {
    const issued = await issue();
    expect(issued.licenseNumber).toMatch(/^990101-2026-\d{6}$/);
    expect(issued.verificationCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    const shown = await verify(issued.verificationCode);
    expect(shown).toMatchObject({
      licenseNumber: issued.licenseNumber,
      licenseName: '食品经营许可证',
      holderName: '张*三',
      holderIdNumber: '1101**********4513',
      centerName: '测试县政务服务中心',
      validUntil: '2031-11-22',
      status: 'valid',
      signatureValid: true,
      deemedRenewal: null,
      renewals: [],
    });
    // Printed in the order given, not jsonb's key order.
    expect(shown.content.map((field) => field.label)).toEqual(['经营场所', '主体业态']);
    expect(shown.signature.keyId).toBe(issued.keyId);
    expect(shown.signature.publicKey).toMatch(/^04[0-9a-f]{128}$/);
    expect(shown.signature.publicKeyFingerprint).toMatch(/^[0-9a-f]{64}$/);
    // Neither the signature nor the full name leaves through the public page.
    expect(JSON.stringify(shown)).not.toContain('张小三');
    expect(shown.signature).not.toHaveProperty('value');
    expect(shown).not.toHaveProperty('signedText');
    expect(await countAuditRecords(t.database.db, 'license.issued', issued.id)).toBe(1);
  });

  it('reads a code typed in lower case with dashes', async () => {
    const issued = await issue();
    const typed = `${issued.verificationCode.slice(0, 4)}-${issued.verificationCode.slice(4, 8)}-${issued.verificationCode.slice(8)}`;
    expect((await verify(typed.toLowerCase())).licenseNumber).toBe(issued.licenseNumber);
  });

  it('shows 签名无效 for a row changed behind the signature', async () => {
    const issued = await issue();
    await t.database.db.execute(sql`update licenses set holder_name = '李小四' where id = ${issued.id}`);
    expect((await verify(issued.verificationCode)).signatureValid).toBe(false);
    const other = await issue();
    await t.database.db.execute(sql`update licenses set valid_until = '2099-12-31' where id = ${other.id}`);
    expect((await verify(other.verificationCode)).signatureValid).toBe(false);
  });

  it('answers an unknown code 404 in Chinese, and audits nothing', async () => {
    const [before] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    for (const code of ['ZZZZZZZZZZZZ', 'ABC']) {
      const response = await t.app.inject({ method: 'GET', url: `/api/public/licenses/${code}` });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('LICENSE_NOT_FOUND');
      expect(response.json().error.message).toMatch(/验证码/);
    }
    const [after] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    expect(after!.n).toBe(before!.n);
  });

  it('refuses bad input with LICENSE_INVALID and issues nothing', async () => {
    const [before] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(licenses);
    await expect(issue({ validUntil: '2026-01-01' })).rejects.toMatchObject({ code: 'LICENSE_INVALID' });
    await expect(issue({ holderMobile: '123' })).rejects.toMatchObject({ code: 'LICENSE_INVALID' });
    await expect(issue({ centerId: uuidv7() })).rejects.toMatchObject({ code: 'LICENSE_INVALID' });
    const [after] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(licenses);
    expect(after!.n).toBe(before!.n);
  });

  it('keeps the private key encrypted and names an organisation in full', async () => {
    const issued = await issue({
      holderName: '测试科技有限公司',
      holderKind: 'legal_person',
      holderIdNumber: null,
    });
    expect((await verify(issued.verificationCode)).holderName).toBe('测试科技有限公司');
    const [key] = await t.database.db.select().from(licenseKeys).where(eq(licenseKeys.id, issued.keyId));
    expect(key!.privateKeyEncrypted).toMatch(/^sm4cbc1:/);
    const [row] = await t.database.db.select().from(licenses).where(eq(licenses.id, issued.id));
    expect(row!.holderMobileEncrypted).toMatch(/^sm4cbc1:/);
  });
});

describe('print view and keys', () => {
  it('gives staff of the region the license as printed with its signature', async () => {
    const issued = await issue();
    const response = await t.app.inject({ method: 'GET', url: `/api/licenses/${issued.id}`, headers: clerk });
    expect(response.statusCode, response.body).toBe(200);
    const license = response.json() as PrintableLicense;
    expect(license.holderName).toBe('张小三');
    expect(license.signature.value).toMatch(/^30[0-9a-f]+$/);
    expect(JSON.parse(license.signature.signedText)).toMatchObject({
      holderName: '张小三',
      keyId: issued.keyId,
    });
    expect(license.verificationPath).toBe(`/verify/${issued.verificationCode}`);
    const unknown = await t.app.inject({ method: 'GET', url: `/api/licenses/${uuidv7()}`, headers: clerk });
    expect(unknown.statusCode).toBe(404);
  });

  it('rotates a center key; licenses signed with the old one still verify', async () => {
    const before = await issue();
    const rotated = await t.app.inject({
      method: 'POST',
      url: `/api/admin/centers/${centerId}/license-keys`,
      headers: admin,
      payload: { replacesKeyId: before.keyId },
    });
    expect(rotated.statusCode, rotated.body).toBe(201);
    const keys = rotated.json().keys as { id: string; sequence: number; isSigning: boolean }[];
    expect(keys.length).toBeGreaterThanOrEqual(2);
    const signing = keys.find((key) => key.isSigning)!;
    expect(signing.id).not.toBe(before.keyId);
    const after = await issue();
    expect(after.keyId).toBe(signing.id);
    expect((await verify(before.verificationCode)).signatureValid).toBe(true);
    expect((await verify(after.verificationCode)).signature.keySequence).toBe(signing.sequence);
    const stale = await t.app.inject({
      method: 'POST',
      url: `/api/admin/centers/${centerId}/license-keys`,
      headers: admin,
      payload: { replacesKeyId: before.keyId },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('LICENSE_KEY_ROTATED_CONCURRENTLY');
    const denied = await t.app.inject({
      method: 'POST',
      url: `/api/admin/centers/${centerId}/license-keys`,
      headers: clerk,
      payload: { replacesKeyId: signing.id },
    });
    expect(denied.statusCode).toBe(403);
  });
});

describe('expiry reminders', () => {
  it('reminds the holder once, 30 days before the last valid day', async () => {
    const mobile = '13900000001';
    const issued = await issue({ holderMobile: mobile, validUntil: '2027-03-31' });
    t.clock.set('2027-02-27T16:30:00Z'); // 2027-02-28 00:30 in Shanghai: 31 days left
    expect(await runJob()).toBe(true);
    expect(await listOutboxMessages(t.database.db, { recipient: mobile })).toHaveLength(0);
    t.clock.set('2027-03-01T01:00:00Z');
    await runJob();
    await runJob();
    const messages = await listOutboxMessages(t.database.db, { recipient: mobile });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.body).toContain(issued.licenseNumber);
    expect(messages[0]!.template).toBe('license_expiry_reminder');
    expect(await countAuditRecords(t.database.db, 'license.reminder.sent', issued.id)).toBe(1);
  });
});

describe('renewal (延续)', () => {
  const apply = (licenseId: string, appliedOn: string, caseId = uuidv7()) =>
    transact(t.app.ctx, (tx) =>
      recordRenewalApplication(tx, t.app.ctx, { actor: clerkActor, licenseId, caseId, appliedOn }),
    ).then((result) => ({ ...result, caseId }));

  it('deems a timely, undecided renewal granted after expiry, once', async () => {
    const issued = await issue({ issuedOn: '2024-04-01', validUntil: '2027-03-31', holderMobile: null });
    const renewal = await apply(issued.id, '2027-03-01');
    expect(renewal.isTimely).toBe(true);
    t.clock.set('2027-03-31T10:00:00Z'); // the last valid day: not yet
    await runJob();
    expect((await verify(issued.verificationCode)).deemedRenewal).toBeNull();
    t.clock.set('2027-03-31T16:30:00Z'); // 2027-04-01 00:30 in Shanghai
    await runJob();
    await runJob();
    const shown = await verify(issued.verificationCode);
    expect(shown).toMatchObject({
      status: 'valid',
      validUntil: '2030-03-31',
      signatureValid: true,
      deemedRenewal: { decidedOn: '2027-04-01', basis: '视为准予延续（《行政许可法》第五十条）' },
    });
    expect(shown.renewals).toEqual([
      expect.objectContaining({
        outcome: 'deemed',
        newValidUntil: '2030-03-31',
        validUntilAtApplication: '2027-03-31',
      }),
    ]);
    expect(shown.renewals[0]!.reason).toContain('第五十条');
    expect(await countAuditRecords(t.database.db, 'license.renewal.deemed', issued.id)).toBe(1);
    // The renewal case decides afterwards: the law has decided already.
    const late = await transact(t.app.ctx, (tx) =>
      decideRenewal(tx, t.app.ctx, { actor: clerkActor, caseId: renewal.caseId, granted: false }),
    );
    expect(late.decision).toBe('already_deemed');
  });

  it('does not deem an application filed less than 30 days before expiry', async () => {
    const issued = await issue({ validUntil: '2027-03-31', holderMobile: null });
    expect((await apply(issued.id, '2027-03-02')).isTimely).toBe(false);
    t.clock.set('2027-04-02T01:00:00Z');
    await runJob();
    const shown = await verify(issued.verificationCode);
    expect(shown.status).toBe('expired');
    expect(shown.renewals[0]!.outcome).toBe('pending');
    expect(await countAuditRecords(t.database.db, 'license.renewal.deemed', issued.id)).toBe(0);
  });

  it('applies a decision: granted extends and re-signs, denied lets it expire', async () => {
    const granted = await issue({ issuedOn: '2026-11-23', validUntil: '2027-11-22', holderMobile: null });
    const grantedCase = await apply(granted.id, '2027-09-01');
    const outcome = await transact(t.app.ctx, (tx) =>
      decideRenewal(tx, t.app.ctx, { actor: clerkActor, caseId: grantedCase.caseId, granted: true }),
    );
    expect(outcome).toMatchObject({ decision: 'granted', validUntil: '2028-11-22' });
    const shown = await verify(granted.verificationCode);
    expect(shown).toMatchObject({ validUntil: '2028-11-22', signatureValid: true, deemedRenewal: null });

    const denied = await issue({ validUntil: '2027-03-31', holderMobile: null });
    const deniedCase = await apply(denied.id, '2027-01-05');
    await transact(t.app.ctx, (tx) =>
      decideRenewal(tx, t.app.ctx, { actor: clerkActor, caseId: deniedCase.caseId, granted: false }),
    );
    t.clock.set('2027-04-02T01:00:00Z');
    await runJob();
    const after = await verify(denied.verificationCode);
    expect(after).toMatchObject({ status: 'expired', validUntil: '2027-03-31' });
    expect(after.renewals[0]!.outcome).toBe('denied');
  });

  it('refuses a second pending application and leaves the first alone', async () => {
    const issued = await issue({ validUntil: '2027-03-31', holderMobile: null });
    await apply(issued.id, '2027-01-05');
    await expect(apply(issued.id, '2027-01-06')).rejects.toMatchObject({ code: 'LICENSE_RENEWAL_PENDING' });
    const rows = await t.database.db
      .select()
      .from(licenseRenewals)
      .where(eq(licenseRenewals.licenseId, issued.id));
    expect(rows).toHaveLength(1);
  });
});

describe('revocation', () => {
  it('shows a revoked license as revoked, with a valid signature', async () => {
    const issued = await issue();
    await transact(t.app.ctx, (tx) =>
      revokeLicenseInTransaction(tx, t.app.ctx, {
        actor: clerkActor,
        licenseId: issued.id,
        reason: '以欺骗手段取得',
      }),
    );
    const shown = await verify(issued.verificationCode);
    expect(shown).toMatchObject({
      status: 'revoked',
      revocationReason: '以欺骗手段取得',
      signatureValid: true,
    });
    await expect(
      transact(t.app.ctx, (tx) =>
        revokeLicenseInTransaction(tx, t.app.ctx, {
          actor: clerkActor,
          licenseId: issued.id,
          reason: '重复',
        }),
      ),
    ).rejects.toMatchObject({ code: 'LICENSE_REVOKED' });
    expect(await countAuditRecords(t.database.db, 'license.revoked', issued.id)).toBe(1);
  });
});
