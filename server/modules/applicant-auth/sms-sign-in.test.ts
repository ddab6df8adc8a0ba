import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicantSessions, applicants, auditLog, notificationOutbox, smsCodes } from '../../db/schema.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { countAuditRecords, expectOneWinner, fireAtOnce } from '../../test/race.ts';

let t: TestApp;
beforeAll(async () => {
  // Behind a TLS-terminating proxy on this machine, whose X-Forwarded-Proto the deployment trusts.
  t = await createTestApp({ now: '2026-11-23T01:00:00Z', env: { ONEWINDOW_TRUST_PROXY: '127.0.0.1' } });
});
afterAll(() => t.close());

// Every test uses its own number, so the rate limits of one do not leak into another.
let nextNumber = 13800001000;
const newMobile = () => String(nextNumber++);

const sendCode = (mobile: string) =>
  t.app.inject({ method: 'POST', url: '/api/applicant/sms-codes', payload: { mobile } });

const signIn = (mobile: string, code: string) =>
  t.app.inject({ method: 'POST', url: '/api/applicant/sessions', payload: { mobile, code } });

/** The code in the newest SMS to a number, read the way a developer would: from the dev outbox. */
async function latestCode(mobile: string): Promise<string> {
  const response = await t.app.inject(`/api/dev/outbox?recipient=${mobile}`);
  expect(response.statusCode).toBe(200);
  return response.json().messages[0].params.code;
}

async function rowsFor(mobile: string) {
  const db = t.database.db;
  const [codes, messages, accounts] = await Promise.all([
    db.select().from(smsCodes).where(eq(smsCodes.mobile, mobile)),
    db.select().from(notificationOutbox).where(eq(notificationOutbox.recipient, mobile)),
    db.select().from(applicants).where(eq(applicants.mobile, mobile)),
  ]);
  const sessions = accounts[0]
    ? await db.select().from(applicantSessions).where(eq(applicantSessions.applicantId, accounts[0].id))
    : [];
  return { codes, messages, accounts, sessions };
}

async function signedIn(mobile: string) {
  expect((await sendCode(mobile)).statusCode).toBe(201);
  const response = await signIn(mobile, await latestCode(mobile));
  expect(response.statusCode).toBe(201);
  const cookie = response.cookies.find((c) => c.name === 'ow_applicant')!;
  return { cookie: `ow_applicant=${cookie.value}`, csrfToken: response.json().csrfToken as string, response };
}

const wrongCodeFor = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('sending a sign-in code', () => {
  it('puts exactly one SMS with the code in the outbox and keeps only a hash of it', async () => {
    t.clock.set('2026-11-23T01:00:00Z');
    const mobile = newMobile();
    const response = await sendCode(mobile);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({
      expiresAt: '2026-11-23T01:05:00.000Z',
      resendAvailableAt: '2026-11-23T01:01:00.000Z',
    });

    const { codes, messages } = await rowsFor(mobile);
    expect(messages).toHaveLength(1);
    const [sms] = messages;
    const code = (sms!.params as { code: string }).code;
    expect(code).toMatch(/^\d{6}$/);
    expect(sms).toMatchObject({ channel: 'sms', template: 'applicant_sign_in_code', sentAt: null });
    expect(sms!.body).toBe(`【一窗通】您的登录验证码为${code}，5分钟内有效。如非本人操作，请忽略。`);

    expect(codes).toHaveLength(1);
    expect(codes[0]!.codeHash).not.toContain(code);
    expect(codes[0]!.codeHash).toBe(createHash('sha256').update(`${codes[0]!.id}:${code}`).digest('hex'));

    const [audit] = await t.database.db.select().from(auditLog).where(eq(auditLog.targetId, codes[0]!.id));
    expect(audit).toMatchObject({ action: 'applicant.sms_code_sent', regionCode: '000000000000' });
    expect(audit!.summary).toContain(`${mobile.slice(0, 3)}****${mobile.slice(7)}`);
    expect(audit!.summary).not.toContain(mobile);
    expect(audit!.summary).not.toContain(code);
  });

  it('refuses a malformed number with the validator message and sends nothing', async () => {
    for (const mobile of ['1380000', '12800001234']) {
      const response = await sendCode(mobile);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('INVALID_MOBILE');
      const { codes, messages } = await rowsFor(mobile);
      expect(codes).toHaveLength(0);
      expect(messages).toHaveLength(0);
    }
    expect((await sendCode('1380000')).json().error.message).toBe('手机号码应为11位数字');
    expect((await sendCode('12800001234')).json().error.message).toBe('手机号码号段无效，应以13至19开头');
  });

  it('allows one code a minute per number', async () => {
    t.clock.set('2026-11-23T02:00:00Z');
    const mobile = newMobile();
    expect((await sendCode(mobile)).statusCode).toBe(201);

    t.clock.set('2026-11-23T02:00:37Z');
    const early = await sendCode(mobile);
    expect(early.statusCode).toBe(429);
    expect(early.json().error).toMatchObject({
      code: 'SMS_RATE_LIMITED',
      message: '获取验证码过于频繁，请于 23 秒后重试',
      details: { retryAfterSeconds: 23 },
    });
    const after429 = await rowsFor(mobile);
    expect(after429.codes).toHaveLength(1);
    expect(after429.messages).toHaveLength(1);

    // Another number is not held up.
    expect((await sendCode(newMobile())).statusCode).toBe(201);

    t.clock.set('2026-11-23T02:01:00Z');
    expect((await sendCode(mobile)).statusCode).toBe(201);
    expect((await rowsFor(mobile)).messages).toHaveLength(2);
  });

  it('allows ten codes per number per local day (Asia/Shanghai), and more the next day', async () => {
    const mobile = newMobile();
    // 2026-11-23 06:00 in Shanghai, then one every two minutes.
    for (let i = 0; i < 10; i++) {
      t.clock.set(new Date(Date.parse('2026-11-22T22:00:00Z') + i * 120_000));
      expect((await sendCode(mobile)).statusCode).toBe(201);
    }
    t.clock.set('2026-11-23T15:59:00Z'); // 23:59 local
    const eleventh = await sendCode(mobile);
    expect(eleventh.statusCode).toBe(429);
    expect(eleventh.json().error).toMatchObject({
      code: 'SMS_RATE_LIMITED',
      message: '该号码今日获取验证码已达 10 次，请于明天 00:00 后再试',
      details: { retryAfterSeconds: 60 },
    });
    const after429 = await rowsFor(mobile);
    expect(after429.codes).toHaveLength(10);
    expect(after429.messages).toHaveLength(10);

    t.clock.set('2026-11-23T16:00:00Z'); // 00:00 local, 2026-11-24
    expect((await sendCode(mobile)).statusCode).toBe(201);
  });
});

describe('signing in with the code', () => {
  it('signs in with the right code: HttpOnly Lax cookie, masked mobile, CSRF token, one new applicant', async () => {
    t.clock.set('2026-11-24T01:00:00Z');
    const mobile = newMobile();
    const { cookie, csrfToken, response } = await signedIn(mobile);
    const sessionCookie = response.cookies.find((c) => c.name === 'ow_applicant')!;
    expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(sessionCookie.secure).toBeFalsy();
    const masked = `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
    expect(response.json()).toEqual({
      applicant: { id: expect.any(String), mobile: masked, name: null },
      csrfToken: expect.any(String),
    });

    const me = await t.app.inject({ url: '/api/applicant/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({ applicant: response.json().applicant, csrfToken });

    const { codes, accounts, sessions } = await rowsFor(mobile);
    expect(codes[0]!.usedAt).toEqual(new Date('2026-11-24T01:00:00Z'));
    expect(accounts).toHaveLength(1);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.tokenHash).toBe(createHash('sha256').update(sessionCookie.value).digest('hex'));

    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, accounts[0]!.id))
      .orderBy(auditLog.id);
    expect(audit.map((a) => a.action)).toEqual(['applicant.registered', 'applicant.sign_in']);
    expect(audit.every((a) => !a.summary.includes(mobile))).toBe(true);
  });

  it('marks the cookie Secure behind a trusted HTTPS proxy', async () => {
    t.clock.set('2026-11-24T01:10:00Z');
    const mobile = newMobile();
    await sendCode(mobile);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/applicant/sessions',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { mobile, code: await latestCode(mobile) },
    });
    expect(response.statusCode).toBe(201);
    expect(response.cookies.find((c) => c.name === 'ow_applicant')!.secure).toBe(true);
  });

  it('finds the same applicant on the next sign-in and refuses a spent code', async () => {
    t.clock.set('2026-11-24T02:00:00Z');
    const mobile = newMobile();
    const first = await signedIn(mobile);
    const code = (await rowsFor(mobile)).messages[0]!.params as { code: string };

    const reused = await signIn(mobile, code.code);
    expect(reused.statusCode).toBe(401);
    expect(reused.json().error.code).toBe('SMS_CODE_EXPIRED');
    expect((await rowsFor(mobile)).sessions).toHaveLength(1);

    t.clock.set('2026-11-24T02:01:00Z');
    const second = await signedIn(mobile);
    expect(second.response.json().applicant.id).toBe(first.response.json().applicant.id);
    const { accounts, sessions } = await rowsFor(mobile);
    expect(accounts).toHaveLength(1);
    expect(sessions).toHaveLength(2);
  });

  it('voids a code after five wrong tries, even for the right code afterwards', async () => {
    t.clock.set('2026-11-24T03:00:00Z');
    const mobile = newMobile();
    await sendCode(mobile);
    const code = await latestCode(mobile);
    for (let attempt = 1; attempt <= 4; attempt++) {
      const response = await signIn(mobile, wrongCodeFor(code));
      expect(response.statusCode).toBe(401);
      expect(response.json().error).toMatchObject({
        code: 'SMS_CODE_INVALID',
        message: `验证码错误，还可尝试 ${5 - attempt} 次`,
      });
      expect((await rowsFor(mobile)).codes[0]!.attempts).toBe(attempt);
    }
    const fifth = await signIn(mobile, wrongCodeFor(code));
    expect(fifth.statusCode).toBe(401);
    expect(fifth.json().error.message).toBe('验证码错误次数过多，该验证码已失效，请重新获取验证码');

    const right = await signIn(mobile, code);
    expect(right.statusCode).toBe(401);
    expect(right.json().error).toMatchObject({
      code: 'SMS_CODE_EXPIRED',
      message: '验证码错误次数过多，已失效，请重新获取验证码',
    });
    expect(right.cookies).toHaveLength(0);
    const { codes, accounts } = await rowsFor(mobile);
    expect(codes[0]).toMatchObject({ attempts: 5, usedAt: null });
    expect(accounts).toHaveLength(0);
    expect(await t.database.db.select().from(auditLog).where(eq(auditLog.targetId, codes[0]!.id))).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'applicant.sms_code_voided' })]),
    );
  });

  it('refuses an expired code and changes nothing', async () => {
    t.clock.set('2026-11-24T04:00:00Z');
    const mobile = newMobile();
    await sendCode(mobile);
    const code = await latestCode(mobile);
    t.clock.set('2026-11-24T04:05:00Z');
    const response = await signIn(mobile, code);
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toEqual({
      code: 'SMS_CODE_EXPIRED',
      message: '验证码已失效，请重新获取验证码',
    });
    const { codes, accounts } = await rowsFor(mobile);
    expect(codes[0]).toMatchObject({ attempts: 0, usedAt: null });
    expect(accounts).toHaveLength(0);
  });

  it('accepts only the newest code sent to a number', async () => {
    t.clock.set('2026-11-24T05:00:00Z');
    const mobile = newMobile();
    await sendCode(mobile);
    const older = await latestCode(mobile);
    t.clock.set('2026-11-24T05:01:00Z');
    await sendCode(mobile);
    const newer = await latestCode(mobile);
    if (older !== newer) {
      const response = await signIn(mobile, older);
      expect(response.statusCode).toBe(401);
      expect((await rowsFor(mobile)).accounts).toHaveLength(0);
    }
    expect((await signIn(mobile, newer)).statusCode).toBe(201);
  });

  it('refuses a number with no code, and a malformed code, without creating anything', async () => {
    const mobile = newMobile();
    const none = await signIn(mobile, '123456');
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe('SMS_CODE_EXPIRED');
    const malformed = await signIn(mobile, '12ab56');
    expect(malformed.statusCode).toBe(400);
    expect((await rowsFor(mobile)).accounts).toHaveLength(0);
  });
});

describe('the applicant session', () => {
  it('answers 401 to me without a session or with an unknown cookie', async () => {
    expect((await t.app.inject('/api/applicant/me')).statusCode).toBe(401);
    const unknown = await t.app.inject({
      url: '/api/applicant/me',
      headers: { cookie: 'ow_applicant=nope' },
    });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('signs out with the CSRF token, and refuses to without it', async () => {
    t.clock.set('2026-11-24T06:00:00Z');
    const mobile = newMobile();
    const { cookie, csrfToken } = await signedIn(mobile);

    const forged = await t.app.inject({
      method: 'DELETE',
      url: '/api/applicant/sessions/current',
      headers: { cookie },
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('CSRF_TOKEN_INVALID');
    expect((await rowsFor(mobile)).sessions).toHaveLength(1);

    const response = await t.app.inject({
      method: 'DELETE',
      url: '/api/applicant/sessions/current',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(response.statusCode).toBe(204);
    expect(response.cookies.find((c) => c.name === 'ow_applicant')!.value).toBe('');
    const { accounts, sessions } = await rowsFor(mobile);
    expect(sessions).toHaveLength(0);
    expect((await t.app.inject({ url: '/api/applicant/me', headers: { cookie } })).statusCode).toBe(401);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.targetId, accounts[0]!.id));
    expect(audit.map((a) => a.action)).toContain('applicant.sign_out');
  });

  it('refuses sign-out without a session', async () => {
    const response = await t.app.inject({ method: 'DELETE', url: '/api/applicant/sessions/current' });
    expect(response.statusCode).toBe(401);
  });

  it('expires after 30 idle minutes but not while it is used', async () => {
    t.clock.set('2026-11-24T07:00:00Z');
    const mobile = newMobile();
    const { cookie } = await signedIn(mobile);
    t.clock.set('2026-11-24T07:25:00Z');
    expect((await t.app.inject({ url: '/api/applicant/me', headers: { cookie } })).statusCode).toBe(200);
    t.clock.set('2026-11-24T07:50:00Z');
    expect((await t.app.inject({ url: '/api/applicant/me', headers: { cookie } })).statusCode).toBe(200);
    t.clock.set('2026-11-24T08:21:00Z');
    expect((await t.app.inject({ url: '/api/applicant/me', headers: { cookie } })).statusCode).toBe(401);
    expect((await rowsFor(mobile)).sessions).toHaveLength(0);
  });

  it('answers 404 OIDC_NOT_CONFIGURED when no identity platform is configured', async () => {
    const response = await t.app.inject('/api/applicant/oidc/start?next=/');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('OIDC_NOT_CONFIGURED');
  });
});

describe('races', () => {
  it('counts every one of ten concurrent wrong codes: five tries, then the code is void', async () => {
    t.clock.set('2026-11-24T01:00:00Z');
    const mobile = newMobile();
    expect((await sendCode(mobile)).statusCode).toBe(201);
    const code = await latestCode(mobile);
    const wrong = {
      method: 'POST' as const,
      url: '/api/applicant/sessions',
      payload: { mobile, code: wrongCodeFor(code) },
    };
    const responses = await fireAtOnce(t.app, wrong, 10);
    const codes = responses.map((r) => `${r.statusCode} ${r.json().error.code}`).sort();
    expect(codes).toEqual([
      ...Array(5).fill('401 SMS_CODE_EXPIRED'),
      ...Array(5).fill('401 SMS_CODE_INVALID'),
    ]);
    expect((await signIn(mobile, code)).json().error.code).toBe('SMS_CODE_EXPIRED');
    const { codes: stored, sessions } = await rowsFor(mobile);
    expect(stored[0]!.attempts).toBe(5);
    expect(sessions).toHaveLength(0);
    expect(await countAuditRecords(t.database.db, 'applicant.sms_code_voided', stored[0]!.id)).toBe(1);
  });

  it('spends a right code once when it arrives eight times at once', async () => {
    t.clock.set('2026-11-24T02:00:00Z');
    const mobile = newMobile();
    expect((await sendCode(mobile)).statusCode).toBe(201);
    const code = await latestCode(mobile);
    const responses = await fireAtOnce(t.app, {
      method: 'POST',
      url: '/api/applicant/sessions',
      payload: { mobile, code },
    });
    expectOneWinner(responses, { loserStatus: 401, loserCode: 'SMS_CODE_EXPIRED' });
    const { accounts, sessions } = await rowsFor(mobile);
    expect(accounts).toHaveLength(1);
    expect(sessions).toHaveLength(1);
    expect(await countAuditRecords(t.database.db, 'applicant.registered', accounts[0]!.id)).toBe(1);
  });
});

describe('the session a portal page asks for first', () => {
  it('answers a signed-out visitor 200 with no applicant, so the browser logs no error', async () => {
    const response = await t.app.inject('/api/applicant/session');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      applicant: null,
      csrfToken: null,
      signInOptions: { oidc: false, devOutbox: true },
    });
  });

  it('names the signed-in applicant (masked number) with the token writes must echo', async () => {
    const mobile = newMobile();
    const { cookie, csrfToken } = await signedIn(mobile);
    const response = await t.app.inject({ url: '/api/applicant/session', headers: { cookie } });
    expect(response.json()).toMatchObject({
      applicant: { mobile: `${mobile.slice(0, 3)}****${mobile.slice(-4)}` },
      csrfToken,
    });
  });
});
