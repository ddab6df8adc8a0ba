import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, centers } from '../../db/schema.ts';
import { createCountyWithTownship, signInApplicantAs } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const center = (regionCode: string, kind: 'government_service_center' | 'convenience_center') => ({
  regionCode,
  id: uuidv7(),
  name: '测试中心',
  kind,
  address: '测试路1号',
  openingHours: '工作日 9:00-17:00',
});

describe('the region of applicant audit records', () => {
  it('is the lowest region that holds every center when the deployment names none', async () => {
    const { county, township } = await createCountyWithTownship(t.database.db);
    await t.database.db
      .insert(centers)
      .values([center(county, 'government_service_center'), center(township, 'convenience_center')]);
    await signInApplicantAs(t.app, '13800138001');
    const [signIn] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'applicant.sign_in'));
    expect(signIn).toMatchObject({ regionCode: county, stream: `${county}:2026-11-23` });
  });
});
