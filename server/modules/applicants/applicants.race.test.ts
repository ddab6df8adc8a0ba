import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idCardCheckDigit } from '../../../domain/validators/index.ts';
import { applicants } from '../../db/schema.ts';
import { PersonalDataCipher } from '../../platform/personal-data.ts';
import { TEST_DATA_KEY, createTestApp, type TestApp } from '../../test/harness.ts';
import { signInApplicantAs, type SessionHeaders } from '../../test/factories.ts';
import { countAuditRecords, fireAtOnce } from '../../test/race.ts';

let t: TestApp;
let applicant: SessionHeaders;
const personalData = new PersonalDataCipher(TEST_DATA_KEY);
beforeAll(async () => {
  t = await createTestApp();
  applicant = await signInApplicantAs(t.app, '13800138001');
});
afterAll(() => t.close());

const idNumber = (day: number) => {
  const base = `330106199001${String(day).padStart(2, '0')}123`;
  return `${base}${idCardCheckDigit(base)}`;
};

describe('races', () => {
  it('eight identity saves at once: each applies whole, and the last one stands with its own name and number', async () => {
    const identities = Array.from({ length: 8 }, (_, i) => ({
      name: `张${'一二三四五六七八'[i]}`,
      idNumber: idNumber(i + 1),
    }));
    const responses = await fireAtOnce(
      t.app,
      identities.map((payload) => ({
        method: 'PUT' as const,
        url: '/api/applicant/me/identity',
        headers: applicant,
        payload,
      })),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(8).fill(200));
    const [stored] = await t.database.db
      .select()
      .from(applicants)
      .where(eq(applicants.mobile, '13800138001'));
    const saved = identities.find((identity) => identity.name === stored!.name)!;
    expect(personalData.decrypt(stored!.idNumberCipher!)).toBe(saved.idNumber);
    expect(stored!.idNumberIndex).toBe(personalData.blindIndex(saved.idNumber));
    expect(await countAuditRecords(t.database.db, 'applicant.identity_saved', stored!.id)).toBe(8);
  });
});
