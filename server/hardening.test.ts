import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  createCountyWithTownship,
  createStaff,
  signInApplicantAs,
  signInAs,
  type SessionHeaders,
} from './test/factories.ts';
import { createTestApp, type TestApp } from './test/harness.ts';

let t: TestApp;
let admin: SessionHeaders;
let county: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ county } = await createCountyWithTownship(t.database.db));
  await createStaff(t.database.db, { roles: ['system_admin'], regionCode: county, username: 'h_sys' });
  admin = await signInAs(t.app, 'h_sys');
});
afterAll(() => t.close());

const auditCount = async () =>
  Number(
    (
      (await t.database.db.execute(sql`select count(*)::int as n from audit_log`)) as unknown as {
        rows: { n: number }[];
      }
    ).rows[0]!.n,
  );

function expectClientError(
  response: { statusCode: number; json(): { error: { code: string; message: string } } },
  status = 400,
) {
  expect(response.statusCode).toBe(status);
  expect(response.json().error.code).toMatch(/^[A-Z_]+$/);
  expect(response.json().error.message).toMatch(/[\u4e00-\u9fff]/);
}

describe('text that PostgreSQL cannot store', () => {
  it('answers 400 to a NUL character, even on an unauthenticated route', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'a\u0000b', password: 'x' },
    });
    expectClientError(response);
    expect(response.json().error.code).toBe('TEXT_INVALID');
  });

  it('answers 400 to a lone surrogate in a field stored as JSON, and stores nothing', async () => {
    const before = await auditCount();
    const response = await t.app.inject({
      method: 'PUT',
      url: '/api/calendar/years/2031',
      headers: { ...admin, 'content-type': 'application/json' },
      payload: `{"offDays":[],"workDays":[],"source":{"notice":"\\ud800","title":"t","issuedOn":"2030-11-01","url":""}}`,
    });
    expectClientError(response);
    expect(response.json().error.code).toBe('TEXT_INVALID');
    expect(await auditCount()).toBe(before);
    const years = (await t.app.inject('/api/calendar/years')).json().years as { year: number }[];
    expect(years.map((y) => y.year)).not.toContain(2031);
  });

  it('covers routes registered before the rule was added', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/applicant/sms-codes',
      payload: { mobile: '138\u00000013800' },
    });
    expectClientError(response);
    expect(response.json().error.code).toBe('TEXT_INVALID');
  });

  it('answers 400 to a NUL character in the query string', async () => {
    const response = await t.app.inject({ url: '/api/org/centers?regionCode=%00', headers: admin });
    expectClientError(response);
  });
});

describe('dates', () => {
  for (const date of ['2026-02-30', '0000-01-01', '2026-13-45', '2025-02-29']) {
    it(`refuses the impossible date ${date} with 400`, async () => {
      const before = await auditCount();
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/calendar/local-days',
        headers: admin,
        payload: { regionCode: county, date, kind: 'closure', reason: '台风' },
      });
      expectClientError(response);
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
      expect(await auditCount()).toBe(before);
    });
  }

  it('accepts a leap day', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/calendar/local-days',
      headers: admin,
      payload: { regionCode: county, date: '2028-02-29', kind: 'closure', reason: '台风' },
    });
    expect(response.statusCode).toBe(201);
  });
});

describe('updates with nothing to change', () => {
  it('answers 400 to a PATCH that names only unknown fields', async () => {
    const user = await createStaff(t.database.db, { roles: ['clerk'], regionCode: county });
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      headers: admin,
      payload: { nickname: '小王' },
    });
    expectClientError(response);
  });

  it('answers 400 to every PATCH route given an empty object', async () => {
    const patches = t.app.routeTable.filter((r) => r.method === 'PATCH');
    expect(patches.length).toBeGreaterThan(3);
    const applicant = await signInApplicantAs(t.app, '13700137000');
    for (const route of patches) {
      const url = route.url.replace(/:(\w+)/g, (_, name: string) =>
        name === 'code' ? county : '01890a5d-ac96-774b-bcce-b302099a8057',
      );
      const headers = route.access?.kind === 'applicant' ? applicant : admin;
      const response = await t.app.inject({ method: 'PATCH', url, headers, payload: { unknown: 1 } });
      expect(response.statusCode, `PATCH ${route.url}`).toBe(400);
    }
  });
});

describe('the access check on the route the router matched', () => {
  const concrete = (url: string) =>
    url.replace(/:(\w+)/g, (_, name: string) =>
      name === 'year' ? '2030' : name === 'code' ? county : '01890a5d-ac96-774b-bcce-b302099a8057',
    );
  const encode = (char: string) => `%${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
  /** Spellings of the same path a router may or may not resolve to the same route. */
  function variants(url: string): string[] {
    const segments = url.split('/');
    const last = segments.length - 1;
    const withSegment = (i: number, text: string) => segments.map((s, j) => (j === i ? text : s)).join('/');
    const lastStatic = segments.findLastIndex((s) => s !== '' && !/^[0-9a-f-]{36}$|^\d+$/.test(s));
    return [
      withSegment(1, `${encode('a')}pi`),
      withSegment(lastStatic, [...segments[lastStatic]!].map(encode).join('')),
      `/${url}`,
      url.replace('/api/', '/api//'),
      withSegment(lastStatic, `${segments[lastStatic]}.`),
      withSegment(1, 'api.'),
      withSegment(1, 'API'),
      withSegment(lastStatic, segments[lastStatic]!.toUpperCase()),
      ...(lastStatic === last ? [`${url}.`] : []),
    ];
  }

  it('answers every spelling of every path as the plain path, or 404', async () => {
    const withoutCsrf = { cookie: admin.cookie };
    let checked = 0;
    for (const route of t.app.routeTable.filter((r) => r.url !== '/api/events')) {
      const plain = concrete(route.url);
      const isRead = route.method === 'GET';
      for (const headers of [{}, isRead ? admin : withoutCsrf]) {
        const call = (url: string) =>
          t.app.inject({ method: route.method as 'GET', url, headers, ...(isRead ? {} : { payload: {} }) });
        const expected = (await call(plain)).statusCode;
        for (const url of variants(plain)) {
          const status = (await call(url)).statusCode;
          expect([expected, 404], `${route.method} ${url} (plain ${plain}: ${expected})`).toContain(status);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('asks for the CSRF token on a percent-encoded sign-out', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/%61pi/auth/logout',
      headers: { cookie: admin.cookie },
    });
    expectClientError(response, 403);
    expect(response.json().error.code).toBe('CSRF_TOKEN_INVALID');
  });
});

describe('authority by the level that owns the data', () => {
  const year = {
    offDays: ['2032-01-01'],
    workDays: [],
    source: { notice: '测试', title: '2032年节假日安排', issuedOn: '2031-11-01', url: 'https://www.gov.cn/' },
  };
  const theme = { name: '退休养老', audience: 'natural_person', description: '退休手续', sortOrder: 5 };
  const township = '990101001000';

  it('refuses a township center admin the national schedule and the county themes, and changes nothing', async () => {
    await createStaff(t.database.db, { roles: ['center_admin'], regionCode: township, username: 'h_town' });
    await createStaff(t.database.db, {
      roles: ['system_admin'],
      regionCode: township,
      username: 'h_townsys',
    });
    for (const username of ['h_town', 'h_townsys']) {
      const session = await signInAs(t.app, username);
      const before = await auditCount();
      const put = await t.app.inject({
        method: 'PUT',
        url: '/api/calendar/years/2032',
        headers: session,
        payload: year,
      });
      expectClientError(put, 403);
      const themed = await t.app.inject({
        method: 'PUT',
        url: '/api/admin/catalog/themes/h_retire',
        headers: session,
        payload: theme,
      });
      expectClientError(themed, 403);
      expect(await auditCount()).toBe(before);
    }
    const years = (await t.app.inject('/api/calendar/years')).json().years as { year: number }[];
    expect(years.map((y) => y.year)).not.toContain(2032);
    const themes = (await t.app.inject('/api/catalog/themes')).json().themes as { code: string }[];
    expect(themes.map((th) => th.code)).not.toContain('h_retire');
  });

  it("refuses a county center admin the national schedule but lets it edit the county's themes", async () => {
    await createStaff(t.database.db, { roles: ['center_admin'], regionCode: county, username: 'h_county' });
    const session = await signInAs(t.app, 'h_county');
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/calendar/years/2032',
      headers: session,
      payload: year,
    });
    expectClientError(put, 403);
    const themed = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/catalog/themes/h_retire',
      headers: session,
      payload: theme,
    });
    expect(themed.statusCode).toBe(200);
  });

  it("lets the county's system admin enter the national schedule", async () => {
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/calendar/years/2032',
      headers: admin,
      payload: year,
    });
    expect(put.statusCode, put.body).toBe(200);
  });
});

describe('errors the router raises before choosing a route', () => {
  it('answers a malformed percent-escape and an over-long path parameter in the common error shape', async () => {
    const malformed = await t.app.inject({
      method: 'PATCH',
      url: '/api/users/%E0%A4%A',
      headers: admin,
      payload: { displayName: '王' },
    });
    expectClientError(malformed);
    expect(malformed.json().error.code).toBe('BAD_REQUEST');
    const long = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${'a'.repeat(200)}`,
      headers: admin,
      payload: { displayName: '王' },
    });
    expectClientError(long, 414);
    expect(long.json().error.code).toBe('URL_TOO_LONG');
  });
});
