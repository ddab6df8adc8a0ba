import { AppError } from '../../platform/errors.ts';
import type { FastifyBaseLogger } from 'fastify';
import * as client from 'openid-client';
import { v7 as uuidv7 } from 'uuid';
import { validateMobileNumber } from '../../../domain/validators/index.ts';
import type { ApplicantActor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import { applicantAuditRegion } from './region.ts';
import type { AppContext } from '../../platform/context.ts';
import { auditContextOf, transact } from '../../platform/transaction.ts';
import type { OidcConfig } from './oidc-config.ts';
import {
  maskMobile,
  recordApplicantCreated,
  startSession,
  type SignedInApplicant,
} from './service.ts';
import { toApplicantActor } from './session.ts';
import * as store from './store.ts';

/** What the browser keeps between the redirect to the provider and the way back. */
export interface PendingOidcSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  next: string;
}

/**
 * A relative path on this site, or `/`. Anything that a browser could read as another origin
 * (`//evil`, `/\evil`, `https://…`) or that carries control characters is ignored.
 */
export function safeNextPath(next: string | undefined): string {
  const hasControlCharacter = [...(next ?? '')].some(
    (c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f,
  );
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\') || hasControlCharacter) {
    return '/';
  }
  const base = new URL('http://onewindow.invalid');
  const url = new URL(next, base);
  return url.origin === base.origin ? `${url.pathname}${url.search}${url.hash}` : '/';
}

/**
 * The relying party. The provider's metadata is fetched on first use and kept; a failed fetch is
 * retried on the next sign-in instead of failing the server's start.
 */
export class OidcSignIn {
  private discovered: Promise<client.Configuration> | null = null;

  constructor(
    readonly config: OidcConfig,
    private readonly options: { isProduction: boolean },
  ) {}

  private configuration(): Promise<client.Configuration> {
    this.discovered ??= client
      .discovery(
        this.config.issuer,
        this.config.clientId,
        undefined,
        client.ClientSecretBasic(this.config.clientSecret),
        // oidc-config.ts refuses an http:// issuer in production.
        this.config.issuer.protocol === 'http:' && !this.options.isProduction
          ? { execute: [client.allowInsecureRequests] }
          : undefined,
      )
      .catch((error: unknown) => {
        this.discovered = null;
        throw error;
      });
    return this.discovered;
  }

  /** The provider's authorization URL with PKCE (S256), state and nonce, and what to remember. */
  async start(input: { next: string | undefined }, log: FastifyBaseLogger) {
    const configuration = await this.configuration().catch((error: unknown) => {
      log.warn({ err: error }, 'OIDC discovery failed');
      throw new AppError(
        'OIDC_PROVIDER_UNAVAILABLE',
        '统一身份认证平台暂时无法访问，请稍后再试或使用短信验证码登录',
      );
    });
    const pending: PendingOidcSignIn = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      next: safeNextPath(input.next),
    };
    const authorizationUrl = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.config.redirectUri.href,
      scope: 'openid profile phone',
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { authorizationUrl, pending };
  }

  /**
   * Checks the provider's answer (state, code with the PKCE verifier, ID token signature, issuer,
   * audience and nonce) and returns the identity with its claims merged from the ID token and UserInfo.
   */
  async finish(input: { callbackQuery: string; pending: PendingOidcSignIn }, log: FastifyBaseLogger) {
    const configuration = await this.configuration().catch((error: unknown) => {
      log.warn({ err: error }, 'OIDC discovery failed');
      throw new AppError('OIDC_PROVIDER_UNAVAILABLE', '统一身份认证平台暂时无法访问，请稍后再试');
    });
    // The registered redirect URI, not this request's Host: behind a proxy they differ.
    const currentUrl = new URL(this.config.redirectUri);
    currentUrl.search = input.callbackQuery;
    try {
      const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: input.pending.codeVerifier,
        expectedState: input.pending.state,
        expectedNonce: input.pending.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims()!;
      const userInfo = await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
      const claims = { ...idToken, ...userInfo };
      return {
        issuer: idToken.iss,
        subject: idToken.sub,
        name: typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 100) : null,
        mobile: claims.phone_number_verified === true ? normalizeMobile(claims.phone_number) : null,
      };
    } catch (error) {
      log.warn({ err: error }, 'OIDC callback refused');
      if (error instanceof TypeError) {
        throw new AppError('OIDC_PROVIDER_UNAVAILABLE', '统一身份认证平台暂时无法访问，请稍后再试');
      }
      throw new AppError('OIDC_SIGN_IN_FAILED', '统一身份认证登录未完成，请重新登录');
    }
  }
}

/** `+86 138-1234-5678` → `13812345678`; null unless it is a valid mainland mobile number. */
export function normalizeMobile(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  let digits = raw.replace(/[\s-]/g, '');
  if (/^(\+86|0086)\d{11}$/.test(digits)) digits = digits.slice(-11);
  return validateMobileNumber(digits).ok ? digits : null;
}

/**
 * Finds the applicant by the provider's (issuer, subject), or links the account that has the same
 * verified mobile number, or creates one; then starts a session. Only a number the provider marks
 * verified is trusted: otherwise anyone could claim a stranger's number and share their account.
 */
export async function signInWithOidcIdentity(
  ctx: AppContext,
  identity: { issuer: string; subject: string; name: string | null; mobile: string | null },
  input: { clientAddress: string },
): Promise<SignedInApplicant> {
  return transact(ctx, async (tx) => {
    let applicant: ApplicantActor;
    const known = await store.findApplicantByOidcIdentity(tx, identity);
    if (known) {
      applicant = toApplicantActor(known);
    } else {
      if (!identity.mobile) {
        throw new AppError(
          'OIDC_MOBILE_REQUIRED',
          '统一身份认证账号未提供已验证的手机号码，请在认证平台绑定手机号后重试，或使用短信验证码登录',
        );
      }
      await store.lockMobile(tx, identity.mobile);
      const sameMobile = await store.findApplicantByMobile(tx, identity.mobile);
      if (sameMobile) {
        const linked = await store.linkOidcIdentity(tx, sameMobile.id, identity);
        if (!linked) {
          throw new AppError(
            'OIDC_MOBILE_CONFLICT',
            '该手机号码已关联其他统一身份认证账号，请使用短信验证码登录或联系服务中心',
          );
        }
        applicant = toApplicantActor(linked);
        recordAudit(tx, auditContextOf(ctx), {
          actor: applicant,
          action: 'applicant.oidc_linked',
          targetType: 'applicant',
          targetId: applicant.id,
          regionCode: await applicantAuditRegion(ctx, tx),
          summary: `申请人 ${maskMobile(applicant.mobile)} 关联统一身份认证账号`,
          clientAddress: input.clientAddress,
        });
      } else {
        const created = await store.insertApplicant(tx, {
          id: uuidv7(),
          mobile: identity.mobile,
          name: identity.name,
          oidcIssuer: identity.issuer,
          oidcSubject: identity.subject,
          createdAt: ctx.clock.now(),
        });
        // The mobile number is locked, so only a concurrent first sign-in of the same identity lands here.
        if (!created) throw new AppError('OIDC_SIGN_IN_FAILED', '登录冲突，请重新登录');
        applicant = toApplicantActor(created);
        await recordApplicantCreated(ctx, tx, applicant, {
          via: '统一身份认证',
          clientAddress: input.clientAddress,
        });
      }
    }
    return startSession(ctx, tx, applicant, { method: '统一身份认证', clientAddress: input.clientAddress });
  });
}
