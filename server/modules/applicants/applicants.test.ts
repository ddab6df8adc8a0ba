import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idCardCheckDigit } from '../../../domain/validators/index.ts';
import { applicants, auditLog } from '../../db/schema.ts';
import {
  createCountyWithTownship,
  createStaff,
  signInApplicantAs,
  signInAs,
  type SessionHeaders,
} from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let applicant: SessionHeaders;
let clerk: SessionHeaders;
let reviewer: SessionHeaders;
let supervisor: SessionHeaders;
const base = '33010619900101123';
const ID_NUMBER = `${base}${idCardCheckDigit(base)}`;

beforeAll(async () => {
  t = await createTestApp();
  const { county } = await createCountyWithTownship(t.database.db);
  for (const role of ['clerk', 'reviewer', 'supervisor'] as const) {
    await createStaff(t.database.db, { roles: [role], regionCode: county, username: role });
  }
  applicant = await signInApplicantAs(t.app, '13800138000');
  clerk = await signInAs(t.app, 'clerk');
  reviewer = await signInAs(t.app, 'reviewer');
  supervisor = await signInAs(t.app, 'supervisor');
});
afterAll(() => t.close());

const saveIdentity = (idNumber: string) =>
  t.app.inject({
    method: 'PUT',
    url: '/api/applicant/me/identity',
    headers: applicant,
    payload: { name: '张三', idNumber },
  });
const lookUp = (headers: SessionHeaders) =>
  t.app.inject({ url: `/api/applicants?idNumber=${ID_NUMBER}`, headers });

describe('applicant identity', () => {
  it('refuses an ID number with a wrong check digit, and saves nothing', async () => {
    const wrong = `${base}${idCardCheckDigit(base) === '0' ? '1' : '0'}`;
    const response = await saveIdentity(wrong);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'INVALID_ID_CARD',
      message: expect.stringContaining('校验'),
    });
    const [row] = await t.database.db.select().from(applicants).where(eq(applicants.mobile, '13800138000'));
    expect(row!.idNumberCipher).toBeNull();
  });

  it('stores the ID number encrypted, never in clear', async () => {
    const saved = await saveIdentity(ID_NUMBER);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().applicant.idNumber).toBe(`3301**********${ID_NUMBER.slice(-4)}`);
    const [row] = await t.database.db.select().from(applicants).where(eq(applicants.mobile, '13800138000'));
    expect(JSON.stringify(row)).not.toContain(ID_NUMBER);
    expect(row!.idNumberCipher).toMatch(/^sm4cbc1:/);
    expect(t.app.ctx.personalData.decrypt(row!.idNumberCipher!)).toBe(ID_NUMBER);
  });

  it('lets a clerk find the applicant by ID number, masked; a reviewer sees it whole', async () => {
    const masked = (await lookUp(clerk)).json().applicants;
    expect(masked).toEqual([
      {
        id: expect.any(String),
        name: '张三',
        mobile: '138****8000',
        idNumber: `3301**********${ID_NUMBER.slice(-4)}`,
      },
    ]);
    const whole = (await lookUp(reviewer)).json().applicants;
    expect(whole[0]).toMatchObject({ idNumber: ID_NUMBER, mobile: '13800138000' });
  });

  it('audits every lookup of personal data, and refuses roles without the need', async () => {
    expect((await lookUp(supervisor)).statusCode).toBe(403);
    const lookups = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'applicant.looked_up'));
    expect(lookups).toHaveLength(2);
    expect(JSON.stringify(lookups)).not.toContain(ID_NUMBER);
  });
});
