import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centers, licenseKeys, licenseRenewals, licenses } from '../../db/schema.ts';
import { transact } from '../../platform/transaction.ts';
import {
  createCountyWithTownship,
  createStaff,
  signInAs,
  type SessionHeaders,
} from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { countAuditRecords, expectOneWinner, fireAtOnce } from '../../test/race.ts';
import { issueLicenseInTransaction, recordRenewalApplication, type IssueLicenseInput } from './index.ts';

// Two windows conclude cases at one center at the same moment; the center has never issued before.
let t: TestApp;
let admin: SessionHeaders;
const county = '990101000000';
const actor = { kind: 'system', name: '测试办件' } as const;

async function createCenter(regionCode: string, kind: 'government_service_center' | 'convenience_center') {
  const id = uuidv7();
  await t.database.db
    .insert(centers)
    .values({ regionCode, id, name: '测试中心', kind, address: '测试路 1 号', openingHours: '工作日' });
  return id;
}

function input(centerId: string, regionCode = county): IssueLicenseInput {
  return {
    actor,
    caseId: uuidv7(),
    caseNumber: `C-${uuidv7().slice(-8)}`,
    centerId,
    regionCode,
    itemId: uuidv7(),
    itemName: '食品经营许可（新办）',
    licenseName: '食品经营许可证',
    holderName: '张小三',
    validUntil: '2031-11-22',
    departmentName: '测试县市场监督管理局',
    content: {},
  };
}

const issue = (data: IssueLicenseInput) =>
  transact(t.app.ctx, (tx) => issueLicenseInTransaction(tx, t.app.ctx, data));

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T01:00:00Z' });
  await createCountyWithTownship(t.database.db);
  await createStaff(t.database.db, { roles: ['center_admin'], regionCode: county, username: 'race_admin' });
  admin = await signInAs(t.app, 'race_admin');
});
afterAll(() => t.close());

describe('races', () => {
  it('makes one key for concurrent first issues, and distinct license numbers', async () => {
    const centerId = await createCenter(county, 'government_service_center');
    // Issues of different years take different number counters, so nothing but the key's unique
    // constraint orders their first issue.
    const firstIssues = await Promise.all(
      Array.from({ length: 6 }, (_, i) => issue({ ...input(centerId), issuedOn: `${2020 + i}-06-01` })),
    );
    const keys = await t.database.db.select().from(licenseKeys).where(eq(licenseKeys.centerId, centerId));
    expect(keys).toHaveLength(1);
    expect(new Set(firstIssues.map((license) => license.keyId))).toEqual(new Set([keys[0]!.id]));
    expect(await countAuditRecords(t.database.db, 'license.key.created', keys[0]!.id)).toBe(1);

    const issued = await Promise.all(Array.from({ length: 8 }, () => issue(input(centerId))));
    const numbers = issued.map((license) => license.licenseNumber).sort();
    expect(new Set(numbers).size).toBe(8);
    expect(numbers.map((n) => Number(n.slice(-6)))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('shares one sequence between a county and its township', async () => {
    const township = '990101001000';
    const townCenter = await createCenter(township, 'convenience_center');
    const countyCenter = (
      await t.database.db.select().from(centers).where(eq(centers.regionCode, county))
    )[0]!.id;
    const issued = await Promise.all([
      ...Array.from({ length: 4 }, () => issue(input(townCenter, township))),
      ...Array.from({ length: 4 }, () => issue(input(countyCenter))),
    ]);
    expect(new Set(issued.map((license) => license.licenseNumber)).size).toBe(8);
  });

  it('records one of two renewal applications filed at once', async () => {
    const centerId = (await t.database.db.select().from(centers).where(eq(centers.regionCode, county)))[0]!
      .id;
    const license = await issue({ ...input(centerId), validUntil: '2027-03-31' });
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        transact(t.app.ctx, (tx) =>
          recordRenewalApplication(tx, t.app.ctx, {
            actor,
            licenseId: license.id,
            caseId: uuidv7(),
            appliedOn: '2027-01-05',
          }),
        ),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results) {
      if (result.status === 'rejected')
        expect(result.reason).toMatchObject({ code: 'LICENSE_RENEWAL_PENDING' });
    }
    const rows = await t.database.db
      .select()
      .from(licenseRenewals)
      .where(eq(licenseRenewals.licenseId, license.id));
    expect(rows).toHaveLength(1);
    const [row] = await t.database.db.select().from(licenses).where(eq(licenses.id, license.id));
    expect(row!.version).toBe(1);
  });

  it('rotates a key once when two admins rotate at once', async () => {
    const centerId = await createCenter('990101001000', 'government_service_center');
    const { keyId } = await issue(input(centerId, '990101001000'));
    const responses = await fireAtOnce(
      t.app,
      {
        method: 'POST',
        url: `/api/admin/centers/${centerId}/license-keys`,
        headers: admin,
        payload: { replacesKeyId: keyId },
      },
      6,
    );
    expectOneWinner(responses, { loserCode: 'LICENSE_KEY_ROTATED_CONCURRENTLY' });
    expect(await countAuditRecords(t.database.db, 'license.key.created')).toBeGreaterThan(0);
    const keys = await t.database.db.select().from(licenseKeys).where(eq(licenseKeys.centerId, centerId));
    expect(keys.map((key) => key.sequence).sort()).toEqual([1, 2]);
  });
});
