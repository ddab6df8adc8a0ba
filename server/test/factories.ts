import { hash } from '@node-rs/argon2';
import { v7 as uuidv7 } from 'uuid';
import { DEFAULT_WARNING, type ItemContent } from '../../domain/catalog/index.ts';
import type { Db } from '../db/connection.ts';
import { regions, staff } from '../db/schema.ts';
import type { AuditEntry } from '../platform/audit.ts';
import type { Role } from '../platform/policy.ts';
import type { App } from '../platform/http.ts';

export const TEST_PASSWORD = 'Test@2026pass';

/** An audit entry by the system in the test county; a test overrides the fields it looks at. */
export function auditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    actor: { kind: 'system', name: '测试' },
    action: 'test.action',
    targetType: 'thing',
    targetId: 't',
    regionCode: '990101000000',
    summary: '测试记录',
    ...overrides,
  };
}

/** A county with one township below it; returns their codes. */
export async function createCountyWithTownship(db: Db, county = '990101000000', township = '990101001000') {
  await db
    .insert(regions)
    .values([
      { code: `${county.slice(0, 2)}0000000000`, name: '测试省', level: 'province', parentCode: null },
      {
        code: `${county.slice(0, 4)}00000000`,
        name: '测试市',
        level: 'city',
        parentCode: `${county.slice(0, 2)}0000000000`,
      },
      { code: county, name: '测试县', level: 'county', parentCode: `${county.slice(0, 4)}00000000` },
      { code: township, name: '测试镇', level: 'township', parentCode: county },
    ])
    .onConflictDoNothing();
  return { county, township };
}

let passwordHash: Promise<string> | undefined;

export async function createStaff(
  db: Db,
  options: { roles: Role[]; regionCode: string; username?: string; displayName?: string },
) {
  passwordHash ??= hash(TEST_PASSWORD);
  const row = {
    regionCode: options.regionCode,
    id: uuidv7(),
    username: options.username ?? `u_${uuidv7().slice(-12)}`,
    displayName: options.displayName ?? '测试用户',
    passwordHash: await passwordHash,
    roles: options.roles,
  };
  await db.insert(staff).values(row);
  return row;
}

export interface SessionHeaders extends Record<string, string> {
  cookie: string;
  'x-csrf-token': string;
}

/** Signs in through the real endpoint; returns the headers a signed-in page sends (cookie + CSRF token). */
export async function signInAs(
  app: App,
  username: string,
  password = TEST_PASSWORD,
): Promise<SessionHeaders> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'ow_session');
  return { cookie: `ow_session=${cookie!.value}`, 'x-csrf-token': response.json().csrfToken };
}

/** Signs an applicant in by SMS through the real endpoints, reading the code from the dev outbox. */
export async function signInApplicantAs(app: App, mobile: string): Promise<SessionHeaders> {
  const sent = await app.inject({ method: 'POST', url: '/api/applicant/sms-codes', payload: { mobile } });
  if (sent.statusCode !== 201) throw new Error(`sending a code failed: ${sent.body}`);
  const outbox = await app.inject(`/api/dev/outbox?recipient=${mobile}`);
  const code = outbox.json().messages[0].params.code as string;
  const response = await app.inject({
    method: 'POST',
    url: '/api/applicant/sessions',
    payload: { mobile, code },
  });
  if (response.statusCode !== 201) throw new Error(`applicant sign-in failed: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'ow_applicant')!;
  return { cookie: `ow_applicant=${cookie.value}`, 'x-csrf-token': response.json().csrfToken };
}

/** A complete, valid item as a county market regulator publishes it. */
export function itemContent(overrides: Partial<ItemContent> = {}): ItemContent {
  return {
    name: '食品经营许可',
    basicCode: '000127001000',
    category: 'licensing',
    exerciseLevel: 4,
    legalBasis: [{ title: '《中华人民共和国食品安全法》', article: '第三十五条' }],
    conditions: ['有与经营的食品品种、数量相适应的经营场所'],
    subjects: ['natural_person', 'legal_person'],
    materials: [
      {
        name: '食品经营许可申请书',
        source: 'applicant',
        forms: ['original'],
        originalCopies: 1,
        copyCopies: 0,
        required: true,
        deferrable: false,
      },
      {
        name: '营业执照',
        source: 'e_license',
        issuedBy: '市场监督管理部门',
        forms: ['electronic'],
        originalCopies: 0,
        copyCopies: 0,
        required: true,
        deferrable: true,
      },
    ],
    fees: [],
    statutoryLimitDays: 10,
    promisedLimitDays: 5,
    handlingKind: 'promised',
    onlineDepth: [1, 2, 3, 4],
    visitsRequired: 1,
    channels: ['window', 'online'],
    steps: [
      { name: '受理', role: 'clerk', limitDays: 0 },
      { name: '审查', role: 'reviewer', limitDays: 3 },
      { name: '决定', role: 'chief_representative', limitDays: 2 },
    ],
    result: { name: '食品经营许可证', kind: 'license', issuesELicense: true },
    delivery: ['window', 'post'],
    commitmentBased: false,
    consultationPhone: '0649-66120120',
    complaintPhone: '12345',
    responsibilities: ['受理责任：公示申请条件与材料，一次性告知补正材料'],
    faq: [],
    themes: ['open_business'],
    keywords: ['食品', '餐饮', '开饭店'],
    warning: DEFAULT_WARNING,
    ...overrides,
  };
}
