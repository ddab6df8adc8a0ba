import { hash } from '@node-rs/argon2';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../db/connection.ts';
import { regions, staff } from '../db/schema.ts';
import type { Role } from '../platform/policy.ts';
import type { App } from '../platform/http.ts';

export const TEST_PASSWORD = 'Test@2026pass';

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
