import { AppError } from '../../platform/errors.ts';
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { localEpochDay } from '../../../domain/clock/index.ts';
import { validateMobileNumber } from '../../../domain/validators/index.ts';
import type { Tx } from '../../db/connection.ts';
import type { ApplicantActor } from '../../platform/access.ts';
import { recordAudit, type AuditActor } from '../../platform/audit.ts';
import { applicantAuditRegion } from './region.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Notifier } from '../../platform/notify.ts';
import { hashToken } from '../../platform/session.ts';
import { auditContextOf, transact } from '../../platform/transaction.ts';
import { createApplicantSession, toApplicantActor } from './session.ts';
import * as store from './store.ts';

export const SMS_CODE_LIFETIME_MINUTES = 5;
export const SMS_CODES_PER_MINUTE = 1;
export const SMS_CODES_PER_DAY = 10;
export const SMS_CODE_MAX_ATTEMPTS = 5;


const MINUTE_MS = 60_000;
const SMS_SENDER: AuditActor = { kind: 'system', name: '短信验证码登录' };

export interface PresentedApplicant {
  id: string;
  /** Masked, e.g. 138****5678: enough for the applicant to recognise, not to copy. */
  mobile: string;
  name: string | null;
}

export interface SignedInApplicant {
  token: string;
  csrfToken: string;
  applicant: PresentedApplicant;
}

export function maskMobile(mobile: string): string {
  return mobile.length === 11 ? `${mobile.slice(0, 3)}****${mobile.slice(7)}` : '***';
}

export function presentApplicant(actor: ApplicantActor): PresentedApplicant {
  return { id: actor.id, mobile: maskMobile(actor.mobile), name: actor.name };
}

function requireValidMobile(raw: string): string {
  const mobile = raw.trim();
  const result = validateMobileNumber(mobile);
  if (!result.ok) throw new AppError('INVALID_MOBILE', result.message, { rule: result.code });
  return mobile;
}

function hashSmsCode(codeId: string, code: string): string {
  return createHash('sha256').update(`${codeId}:${code}`).digest('hex');
}

/** The first instant of the next local day, to the minute (a day starts on a whole minute everywhere). */
function nextLocalMidnight(now: Date, timeZone: string): Date {
  const today = localEpochDay(now.getTime(), timeZone);
  let low = Math.floor(now.getTime() / MINUTE_MS);
  let high = low + 26 * 60;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (localEpochDay(middle * MINUTE_MS, timeZone) > today) high = middle;
    else low = middle + 1;
  }
  return new Date(low * MINUTE_MS);
}

/**
 * Sends a 6-digit sign-in code by SMS. At most one per minute and ten per local day per number;
 * only the code's hash is kept. The code row, the SMS and the audit record commit together.
 */
export async function requestSmsCode(
  ctx: AppContext,
  notifier: Notifier,
  input: { mobile: string; clientAddress: string },
): Promise<{ expiresAt: Date; resendAvailableAt: Date }> {
  const mobile = requireValidMobile(input.mobile);
  const now = ctx.clock.now();
  return transact(ctx, async (tx) => {
    await store.lockMobile(tx, mobile);
    // A local day lasts at most 25 hours; anything older cannot be today.
    const recent = await store.listSmsCodesSince(tx, mobile, new Date(now.getTime() - 26 * 60 * MINUTE_MS));
    const lastMinute = recent.filter((c) => now.getTime() - c.createdAt.getTime() < MINUTE_MS);
    if (lastMinute.length >= SMS_CODES_PER_MINUTE) {
      const oldest = lastMinute[lastMinute.length - 1]!;
      const retryAfterSeconds = Math.ceil((oldest.createdAt.getTime() + MINUTE_MS - now.getTime()) / 1000);
      throw new AppError('SMS_RATE_LIMITED', `获取验证码过于频繁，请于 ${retryAfterSeconds} 秒后重试`, {
        retryAfterSeconds,
      });
    }
    const today = localEpochDay(now.getTime(), ctx.config.timeZone);
    const sentToday = recent.filter(
      (c) => localEpochDay(c.createdAt.getTime(), ctx.config.timeZone) === today,
    );
    if (sentToday.length >= SMS_CODES_PER_DAY) {
      const retryAt = nextLocalMidnight(now, ctx.config.timeZone);
      throw new AppError(
        'SMS_RATE_LIMITED',
        `该号码今日获取验证码已达 ${SMS_CODES_PER_DAY} 次，请于明天 00:00 后再试`,
        { retryAfterSeconds: Math.ceil((retryAt.getTime() - now.getTime()) / 1000) },
      );
    }

    const id = uuidv7();
    const code = randomInt(0, 1_000_000).toString().padStart(6, '0');
    const expiresAt = new Date(now.getTime() + SMS_CODE_LIFETIME_MINUTES * MINUTE_MS);
    await store.insertSmsCode(tx, { id, mobile, codeHash: hashSmsCode(id, code), createdAt: now, expiresAt });
    await notifier.send(tx, {
      channel: 'sms',
      recipient: mobile,
      template: 'applicant_sign_in_code',
      params: { code, minutes: String(SMS_CODE_LIFETIME_MINUTES) },
      body: `【一窗通】您的登录验证码为${code}，${SMS_CODE_LIFETIME_MINUTES}分钟内有效。如非本人操作，请忽略。`,
      now,
    });
    recordAudit(tx, auditContextOf(ctx), {
      actor: SMS_SENDER,
      action: 'applicant.sms_code_sent',
      targetType: 'sms_code',
      targetId: id,
      regionCode: await applicantAuditRegion(ctx, tx),
      summary: `向 ${maskMobile(mobile)} 发送登录验证码`,
      clientAddress: input.clientAddress,
    });
    return { expiresAt, resendAvailableAt: new Date(now.getTime() + MINUTE_MS) };
  });
}

type SmsSignInOutcome =
  | { kind: 'no_usable_code'; isVoided: boolean }
  | { kind: 'wrong_code'; attemptsLeft: number }
  | { kind: 'signed_in'; session: SignedInApplicant };

/**
 * Signs in with the newest code sent to the number. A wrong code counts a try (committed, then
 * refused); the fifth wrong try voids the code. A right code is spent, and the applicant is found
 * or created by mobile number.
 */
export async function signInWithSmsCode(
  ctx: AppContext,
  input: { mobile: string; code: string; clientAddress: string },
): Promise<SignedInApplicant> {
  const mobile = requireValidMobile(input.mobile);
  const now = ctx.clock.now();
  const outcome = await transact(ctx, async (tx): Promise<SmsSignInOutcome> => {
    await store.lockMobile(tx, mobile);
    const latest = await store.findLatestSmsCode(tx, mobile);
    if (!latest || latest.usedAt || latest.expiresAt <= now || latest.attempts >= SMS_CODE_MAX_ATTEMPTS) {
      return { kind: 'no_usable_code', isVoided: !!latest && latest.attempts >= SMS_CODE_MAX_ATTEMPTS };
    }
    const expected = Buffer.from(latest.codeHash, 'hex');
    const given = Buffer.from(hashSmsCode(latest.id, input.code), 'hex');
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      const attempts = await store.addWrongAttempt(tx, latest.id);
      const isVoided = attempts >= SMS_CODE_MAX_ATTEMPTS;
      recordAudit(tx, auditContextOf(ctx), {
        actor: SMS_SENDER,
        action: isVoided ? 'applicant.sms_code_voided' : 'applicant.sign_in_failed',
        targetType: 'sms_code',
        targetId: latest.id,
        regionCode: await applicantAuditRegion(ctx, tx),
        summary: isVoided
          ? `${maskMobile(mobile)} 连续 ${SMS_CODE_MAX_ATTEMPTS} 次输错验证码，验证码作废`
          : `${maskMobile(mobile)} 输错验证码（第 ${attempts} 次）`,
        clientAddress: input.clientAddress,
      });
      return { kind: 'wrong_code', attemptsLeft: SMS_CODE_MAX_ATTEMPTS - attempts };
    }
    await store.markSmsCodeUsed(tx, latest.id, now);
    const applicant = await findOrCreateApplicantByMobile(ctx, tx, mobile, input.clientAddress);
    const session = await startSession(ctx, tx, applicant, {
      method: '短信验证码',
      clientAddress: input.clientAddress,
    });
    return { kind: 'signed_in', session };
  });

  switch (outcome.kind) {
    case 'signed_in':
      return outcome.session;
    case 'no_usable_code':
      throw new AppError(
        'SMS_CODE_EXPIRED',
        outcome.isVoided ? '验证码错误次数过多，已失效，请重新获取验证码' : '验证码已失效，请重新获取验证码',
      );
    case 'wrong_code':
      throw new AppError(
        'SMS_CODE_INVALID',
        outcome.attemptsLeft > 0
          ? `验证码错误，还可尝试 ${outcome.attemptsLeft} 次`
          : '验证码错误次数过多，该验证码已失效，请重新获取验证码',
        { attemptsLeft: outcome.attemptsLeft },
      );
    default: {
      const unreachable: never = outcome;
      throw new Error(`unknown outcome ${JSON.stringify(unreachable)}`);
    }
  }
}

async function findOrCreateApplicantByMobile(
  ctx: AppContext,
  tx: Tx,
  mobile: string,
  clientAddress: string,
): Promise<ApplicantActor> {
  const existing = await store.findApplicantByMobile(tx, mobile);
  if (existing) return toApplicantActor(existing);
  const created = await store.insertApplicant(tx, { id: uuidv7(), mobile, createdAt: ctx.clock.now() });
  if (!created) {
    // Created concurrently by an OIDC sign-in with the same verified number.
    return toApplicantActor((await store.findApplicantByMobile(tx, mobile))!);
  }
  const actor = toApplicantActor(created);
  await recordApplicantCreated(ctx, tx, actor, { via: '短信验证码', clientAddress });
  return actor;
}

export async function recordApplicantCreated(
  ctx: AppContext,
  tx: Tx,
  actor: ApplicantActor,
  options: { via: string; clientAddress: string },
): Promise<void> {
  recordAudit(tx, auditContextOf(ctx), {
    actor,
    action: 'applicant.registered',
    targetType: 'applicant',
    targetId: actor.id,
    regionCode: await applicantAuditRegion(ctx, tx),
    summary: `申请人 ${maskMobile(actor.mobile)} 首次通过${options.via}登录，创建账号`,
    clientAddress: options.clientAddress,
  });
}

/** Creates the session and its audit record in the caller's transaction. */
export async function startSession(
  ctx: AppContext,
  tx: Tx,
  actor: ApplicantActor,
  options: { method: string; clientAddress: string },
): Promise<SignedInApplicant> {
  const { token, csrfToken } = await createApplicantSession(tx, actor.id, ctx.clock.now());
  recordAudit(tx, auditContextOf(ctx), {
    actor,
    action: 'applicant.sign_in',
    targetType: 'applicant',
    targetId: actor.id,
    regionCode: await applicantAuditRegion(ctx, tx),
    summary: `申请人 ${maskMobile(actor.mobile)} 通过${options.method}登录`,
    clientAddress: options.clientAddress,
  });
  return { token, csrfToken, applicant: presentApplicant(actor) };
}

/** Ends the caller's session. */
export async function signOut(
  ctx: AppContext,
  actor: ApplicantActor,
  input: { token: string; clientAddress: string },
): Promise<void> {
  await transact(ctx, async (tx) => {
    const applicantId = await store.deleteSession(tx, hashToken(input.token));
    if (!applicantId) return;
    recordAudit(tx, auditContextOf(ctx), {
      actor,
      action: 'applicant.sign_out',
      targetType: 'applicant',
      targetId: actor.id,
      regionCode: await applicantAuditRegion(ctx, tx),
      summary: `申请人 ${maskMobile(actor.mobile)} 退出登录`,
      clientAddress: input.clientAddress,
    });
  });
}
