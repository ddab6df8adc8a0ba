import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicantSessions, applicants, auditLog } from '../../db/schema.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { normalizeMobile, safeNextPath } from './oidc.ts';

/*
 * A real OpenID provider (oidc-provider) on 127.0.0.1 stands in for the province's identity platform.
 * The test plays the browser: it follows redirects by hand, carries cookies and submits the
 * provider's development login and consent forms.
 */

const REDIRECT_URI = 'http://onewindow.test/api/applicant/oidc/callback';
const ACCOUNTS: Record<string, Record<string, unknown>> = {
  'citizen-zhang': { name: '张三', phone_number: '+86 138 0000 2001', phone_number_verified: true },
  'citizen-li': { name: '李四', phone_number: '13800002002', phone_number_verified: false },
  'citizen-wang': { name: '王五', phone_number: '13800002003', phone_number_verified: true },
  'citizen-zhao': { name: '赵六', phone_number: '13800002004', phone_number_verified: true },
};

let t: TestApp;
let providerServer: http.Server;
let issuer: string;

beforeAll(async () => {
  providerServer = http.createServer();
  await new Promise<void>((resolve) => providerServer.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(providerServer.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'onewindow',
        client_secret: 'onewindow-test-secret',
        redirect_uris: [REDIRECT_URI],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], profile: ['name'], phone: ['phone_number', 'phone_number_verified'] },
    cookies: { keys: ['oidc-test-cookie-key'] },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    ttl: { AccessToken: 600, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    findAccount: async (_ctx, id) =>
      ACCOUNTS[id] ? { accountId: id, claims: async () => ({ sub: id, ...ACCOUNTS[id] }) } : undefined,
  });
  providerServer.on('request', provider.callback());

  t = await createTestApp({
    now: '2026-11-23T01:00:00Z',
    env: {
      ONEWINDOW_OIDC_ISSUER: issuer,
      ONEWINDOW_OIDC_CLIENT_ID: 'onewindow',
      ONEWINDOW_OIDC_CLIENT_SECRET: 'onewindow-test-secret',
      ONEWINDOW_OIDC_REDIRECT_URI: REDIRECT_URI,
    },
  });
});

afterAll(async () => {
  await t.close();
  providerServer.closeAllConnections();
  await new Promise((resolve) => providerServer.close(resolve));
});

/** A browser's view of the provider: cookies by name, redirects followed by hand. */
class Browser {
  private readonly cookies = new Map<string, string>();

  async fetch(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const [name, ...value] = pair!.split('=');
      const isRemoval = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (isRemoval) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value.join('='));
    }
    return response;
  }

  /** Signs in at the provider as `login` and returns the URL it sends the browser back to. */
  async authenticate(authorizationUrl: string, login: string): Promise<URL> {
    let url = authorizationUrl;
    let form: Record<string, string> | undefined;
    for (let step = 0; step < 15; step++) {
      if (url.startsWith(REDIRECT_URI)) return new URL(url);
      const response = await this.fetch(url, form ? { method: 'POST', form } : {});
      form = undefined;
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        url = new URL(location, url).href;
        continue;
      }
      const html = await response.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      if (response.status !== 200 || !action || !prompt) {
        throw new Error(`unexpected provider page ${response.status}: ${html.slice(0, 500)}`);
      }
      url = new URL(action, url).href;
      form = prompt === 'login' ? { prompt, login, password: 'any' } : { prompt };
    }
    throw new Error('too many redirects at the provider');
  }
}

async function startSignIn(next?: string) {
  const query = next === undefined ? '' : `?next=${encodeURIComponent(next)}`;
  const response = await t.app.inject(`/api/applicant/oidc/start${query}`);
  expect(response.statusCode).toBe(302);
  const pending = response.cookies.find((c) => c.name === 'ow_oidc')!;
  return {
    authorizationUrl: response.headers.location as string,
    pending,
    pendingCookie: `ow_oidc=${pending.value}`,
  };
}

/** The whole round trip: our start, the provider's login and consent, our callback. */
async function signInThroughProvider(login: string, options: { next?: string; browser?: Browser } = {}) {
  const { authorizationUrl, pendingCookie } = await startSignIn(options.next);
  const callback = await (options.browser ?? new Browser()).authenticate(authorizationUrl, login);
  return t.app.inject({ url: `${callback.pathname}${callback.search}`, headers: { cookie: pendingCookie } });
}

function sessionCookieOf(response: { cookies: { name: string; value: string }[] }): string {
  return `ow_applicant=${response.cookies.find((c) => c.name === 'ow_applicant')!.value}`;
}

const countSessions = async () => (await t.database.db.select().from(applicantSessions)).length;
const applicantsWithSubject = (subject: string) =>
  t.database.db.select().from(applicants).where(eq(applicants.oidcSubject, subject));

describe('OIDC sign-in with the province identity platform', () => {
  it('redirects to the provider with PKCE, state and nonce, remembered in a short-lived HttpOnly cookie', async () => {
    const { authorizationUrl, pending } = await startSignIn('/applicant/cases');
    const url = new URL(authorizationUrl);
    expect(url.origin).toBe(issuer);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: 'onewindow',
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'openid profile phone',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      state: expect.any(String),
      nonce: expect.any(String),
    });
    expect(pending).toMatchObject({
      httpOnly: true,
      sameSite: 'Lax',
      path: '/api/applicant/oidc/',
      maxAge: 600,
    });
    expect(pending.value).not.toContain(url.searchParams.get('code_challenge'));
  });

  it('creates one applicant from the claims and a working session, then returns to `next`', async () => {
    const sessionsBefore = await countSessions();
    const response = await signInThroughProvider('citizen-zhang', { next: '/applicant/cases?tab=open' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/applicant/cases?tab=open');
    const sessionCookie = response.cookies.find((c) => c.name === 'ow_applicant')!;
    expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    const me = await t.app.inject({
      url: '/api/applicant/me',
      headers: { cookie: sessionCookieOf(response) },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({
      applicant: { id: expect.any(String), mobile: '138****2001', name: '张三' },
      csrfToken: expect.any(String),
    });

    const rows = await applicantsWithSubject('citizen-zhang');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ mobile: '13800002001', name: '张三', oidcIssuer: issuer });
    expect(await countSessions()).toBe(sessionsBefore + 1);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, rows[0]!.id))
      .orderBy(auditLog.id);
    expect(audit.map((a) => a.action)).toEqual(['applicant.registered', 'applicant.sign_in']);
  });

  it('reuses the applicant when the same person signs in again', async () => {
    const [before] = await applicantsWithSubject('citizen-zhang');
    const sessionsBefore = await countSessions();
    const response = await signInThroughProvider('citizen-zhang', { next: '/applicant' });
    expect(response.statusCode).toBe(302);
    const me = await t.app.inject({
      url: '/api/applicant/me',
      headers: { cookie: sessionCookieOf(response) },
    });
    expect(me.json().applicant.id).toBe(before!.id);
    expect(await applicantsWithSubject('citizen-zhang')).toHaveLength(1);
    expect(await countSessions()).toBe(sessionsBefore + 1);
  });

  it('ignores a `next` that points off-site', async () => {
    const response = await signInThroughProvider('citizen-zhang', { next: '//evil.example/steal' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/');
    for (const next of [
      'https://evil.example/',
      '/\\evil.example',
      '//evil.example',
      'javascript:alert(1)',
      '/ok\r\nx',
    ]) {
      expect(safeNextPath(next)).toBe('/');
    }
    expect(safeNextPath('/applicant/cases?id=1#top')).toBe('/applicant/cases?id=1#top');
    expect(safeNextPath(undefined)).toBe('/');
  });

  it('links the account of an SMS user with the same verified mobile number', async () => {
    t.clock.set('2026-11-23T02:00:00Z');
    await t.app.inject({
      method: 'POST',
      url: '/api/applicant/sms-codes',
      payload: { mobile: '13800002003' },
    });
    const outbox = await t.app.inject('/api/dev/outbox?recipient=13800002003');
    const viaSms = await t.app.inject({
      method: 'POST',
      url: '/api/applicant/sessions',
      payload: { mobile: '13800002003', code: outbox.json().messages[0].params.code },
    });
    expect(viaSms.statusCode).toBe(201);

    const response = await signInThroughProvider('citizen-wang');
    expect(response.statusCode).toBe(302);
    const me = await t.app.inject({
      url: '/api/applicant/me',
      headers: { cookie: sessionCookieOf(response) },
    });
    expect(me.json().applicant).toEqual({ ...viaSms.json().applicant, name: '王五' });
    const rows = await t.database.db.select().from(applicants).where(eq(applicants.mobile, '13800002003'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ oidcSubject: 'citizen-wang', oidcIssuer: issuer });
  });

  it('refuses an identity without a verified mobile number and creates nothing', async () => {
    const sessionsBefore = await countSessions();
    const response = await signInThroughProvider('citizen-li');
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('OIDC_MOBILE_REQUIRED');
    expect(response.cookies.find((c) => c.name === 'ow_applicant')).toBeUndefined();
    expect(await applicantsWithSubject('citizen-li')).toHaveLength(0);
    expect(
      await t.database.db.select().from(applicants).where(eq(applicants.mobile, '13800002002')),
    ).toHaveLength(0);
    expect(await countSessions()).toBe(sessionsBefore);
  });

  it("refuses a callback that is not this browser's own sign-in (state mismatch, no cookie)", async () => {
    const sessionsBefore = await countSessions();
    const victim = await startSignIn('/');
    const attacker = await startSignIn('/');
    const callback = await new Browser().authenticate(attacker.authorizationUrl, 'citizen-zhao');
    const path = `${callback.pathname}${callback.search}`;

    const crossed = await t.app.inject({ url: path, headers: { cookie: victim.pendingCookie } });
    expect(crossed.statusCode).toBe(401);
    expect(crossed.json().error.code).toBe('OIDC_SIGN_IN_FAILED');
    const withoutCookie = await t.app.inject({ url: path });
    expect(withoutCookie.statusCode).toBe(401);
    expect(withoutCookie.json().error.message).toBe('登录请求已过期，请重新登录');

    expect(await applicantsWithSubject('citizen-zhao')).toHaveLength(0);
    expect(await countSessions()).toBe(sessionsBefore);
  });

  it('reads mainland numbers from the phone_number claim', () => {
    expect(normalizeMobile('+86 138 0000 2001')).toBe('13800002001');
    expect(normalizeMobile('0086-13800002001')).toBe('13800002001');
    expect(normalizeMobile('13800002001')).toBe('13800002001');
    expect(normalizeMobile('+1 415 555 0100')).toBeNull();
    expect(normalizeMobile(undefined)).toBeNull();
  });
});
