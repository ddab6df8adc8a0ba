import { AppError } from '../../platform/errors.ts';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.ts';
import { ErrorResponse, type App } from '../../platform/http.ts';
import { devOutboxRoutes, isLoopbackRequest, outboxNotifier, type Notifier } from '../../platform/notify.ts';
import { OidcSignIn, safeNextPath, signInWithOidcIdentity, type PendingOidcSignIn } from './oidc.ts';
import { presentApplicant, requestSmsCode, signInWithSmsCode, signOut } from './service.ts';
import {
  APPLICANT_SESSION_COOKIE,
  clearApplicantCookie,
  findApplicantSession,
  requireApplicant,
  resolveApplicant,
  setApplicantCookie,
} from './session.ts';

const ApplicantSchema = Type.Object({
  id: Type.String(),
  mobile: Type.String({ description: 'Masked, e.g. 138****5678' }),
  name: Type.Union([Type.String(), Type.Null()]),
});

const SessionSchema = Type.Object({
  applicant: ApplicantSchema,
  /** Echo in the X-CSRF-Token header on every write. */
  csrfToken: Type.String(),
});

const MobileSchema = Type.String({
  minLength: 1,
  maxLength: 32,
  description: '11-digit mainland mobile number',
});
const Redirect = Type.Null({ description: 'Redirect; see the Location header' });

const OIDC_PENDING_COOKIE = 'ow_oidc';
const OIDC_COOKIE_PATH = '/api/applicant/oidc/';
const OIDC_PENDING_SECONDS = 10 * 60;

/** Finds the signed-in applicant of a request from the applicant session cookie. */
export function identifyApplicant(app: App, ctx: AppContext): void {
  if (!app.hasRequestDecorator('applicant')) app.decorateRequest('applicant', null);
  app.addHook('onRequest', resolveApplicant(ctx));
}

/** The mobile number in a sign-in body, for the per-number limits. */
function mobileOf(request: FastifyRequest): string | undefined {
  const body = request.body as { mobile?: unknown } | undefined;
  return typeof body?.mobile === 'string' ? body.mobile : undefined;
}

/**
 * Applicant sign-in: SMS codes, the province's OIDC provider, the applicant session, and (outside
 * production) the development outbox that shows the codes.
 */
export function applicantAuthRoutes(app: App, ctx: AppContext, options: { notifier?: Notifier } = {}): void {
  const notifier = options.notifier ?? outboxNotifier;
  const oidc = ctx.config.oidc
    ? new OidcSignIn(ctx.config.oidc, { isProduction: ctx.config.isProduction })
    : null;
  const tags = ['applicant-auth'];
  const isSecure = (request: FastifyRequest) => request.protocol === 'https';

  devOutboxRoutes(app, ctx);

  app.post(
    '/api/applicant/sms-codes',
    {
      config: {
        access: { kind: 'public' },
        // On top of the service's 1 per minute and 10 per day per number (which count codes sent):
        // a hall's Wi-Fi is one address for every visitor, so the address limit is not tight.
        rateLimits: [
          { name: 'sms-code-address', per: 'address', max: 30, windowSeconds: 600 },
          { name: 'sms-code-mobile', per: mobileOf, max: 20, windowSeconds: 600 },
        ],
      },
      schema: {
        tags,
        summary: 'Send a sign-in code by SMS (1 per minute, 10 per local day per number; valid 5 minutes)',
        body: Type.Object({ mobile: MobileSchema }),
        response: {
          201: Type.Object({
            expiresAt: Type.String({ format: 'date-time' }),
            resendAvailableAt: Type.String({ format: 'date-time' }),
          }),
          400: ErrorResponse,
          429: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const sent = await requestSmsCode(ctx, notifier, {
        mobile: request.body.mobile,
        clientAddress: request.ip,
      });
      return reply.status(201).send({
        expiresAt: sent.expiresAt.toISOString(),
        resendAvailableAt: sent.resendAvailableAt.toISOString(),
      });
    },
  );

  app.post(
    '/api/applicant/sessions',
    {
      config: {
        access: { kind: 'public' },
        rateLimits: [
          { name: 'applicant-sign-in-address', per: 'address', max: 60, windowSeconds: 600 },
          { name: 'applicant-sign-in-mobile', per: mobileOf, max: 10, windowSeconds: 600 },
        ],
      },
      schema: {
        tags,
        summary: 'Sign in with the SMS code; 5 wrong codes void it',
        body: Type.Object({ mobile: MobileSchema, code: Type.String({ pattern: '^\\d{6}$' }) }),
        response: { 201: SessionSchema, 400: ErrorResponse, 401: ErrorResponse },
      },
    },
    async (request, reply) => {
      const signedIn = await signInWithSmsCode(ctx, { ...request.body, clientAddress: request.ip });
      setApplicantCookie(reply, signedIn.token, isSecure(request));
      return reply.status(201).send({ applicant: signedIn.applicant, csrfToken: signedIn.csrfToken });
    },
  );

  // A page asks this before it knows whether anyone is signed in: always 200, so a signed-out visit
  // logs no error in the browser (the 401 of /me is for callers that need a session).
  app.get(
    '/api/applicant/session',
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags,
        summary: 'The signed-in applicant, or null; and which sign-in ways this server offers',
        response: {
          200: Type.Object({
            applicant: Type.Union([Type.Null(), ApplicantSchema]),
            csrfToken: Type.Union([Type.Null(), Type.String()]),
            signInOptions: Type.Object({
              oidc: Type.Boolean({ description: "The province's identity platform is connected" }),
              devOutbox: Type.Boolean({ description: 'Development server: /api/dev/outbox shows SMS codes' }),
            }),
          }),
        },
      },
    },
    async (request) => {
      const token = request.cookies[APPLICANT_SESSION_COOKIE];
      const session = request.applicant && token ? await findApplicantSession(ctx, token) : null;
      return {
        applicant: session ? presentApplicant(session.actor) : null,
        csrfToken: session?.csrfToken ?? null,
        signInOptions: { oidc: oidc !== null, devOutbox: ctx.config.devOutbox && isLoopbackRequest(request) },
      };
    },
  );

  app.get(
    '/api/applicant/me',
    {
      config: { access: { kind: 'applicant' } },
      schema: {
        tags,
        summary: 'The signed-in applicant',
        response: { 200: SessionSchema, 401: ErrorResponse },
      },
    },
    async (request) => ({
      applicant: presentApplicant(requireApplicant(request)),
      csrfToken: request.sessionCsrfToken ?? '',
    }),
  );

  app.delete(
    '/api/applicant/sessions/current',
    {
      config: { access: { kind: 'applicant' } },
      schema: {
        tags,
        summary: 'Sign out',
        response: { 204: Type.Null(), 401: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (request, reply) => {
      await signOut(ctx, requireApplicant(request), {
        token: request.cookies[APPLICANT_SESSION_COOKIE] ?? '',
        clientAddress: request.ip,
      });
      clearApplicantCookie(reply);
      return reply.status(204).send(null);
    },
  );

  const requireOidc = () => {
    if (!oidc)
      throw new AppError('OIDC_NOT_CONFIGURED', '本中心未接入统一身份认证平台，请使用短信验证码登录');
    return oidc;
  };

  app.get(
    '/api/applicant/oidc/start',
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags,
        summary: "Redirect to the province's identity platform (PKCE, state, nonce)",
        querystring: Type.Object({
          next: Type.Optional(
            Type.String({ maxLength: 2000, description: 'A path on this site to return to' }),
          ),
        }),
        response: { 302: Redirect, 400: ErrorResponse, 404: ErrorResponse, 503: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { authorizationUrl, pending } = await requireOidc().start(
        { next: request.query.next },
        request.log,
      );
      reply.setCookie(OIDC_PENDING_COOKIE, encodePending(pending), {
        path: OIDC_COOKIE_PATH,
        httpOnly: true,
        sameSite: 'lax',
        secure: isSecure(request),
        maxAge: OIDC_PENDING_SECONDS,
      });
      return reply.redirect(authorizationUrl.href, 302);
    },
  );

  app.get(
    '/api/applicant/oidc/callback',
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags,
        summary: "The identity platform's redirect back: sign in and go to `next`",
        querystring: Type.Object({
          code: Type.Optional(Type.String({ maxLength: 2000 })),
          state: Type.Optional(Type.String({ maxLength: 500 })),
          iss: Type.Optional(Type.String({ maxLength: 500 })),
          error: Type.Optional(Type.String({ maxLength: 200 })),
          error_description: Type.Optional(Type.String({ maxLength: 2000 })),
        }),
        response: {
          302: Redirect,
          400: ErrorResponse,
          401: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
          422: ErrorResponse,
          503: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const relyingParty = requireOidc();
      const pending = decodePending(request.cookies[OIDC_PENDING_COOKIE]);
      // Used once, whatever happens next.
      reply.clearCookie(OIDC_PENDING_COOKIE, { path: OIDC_COOKIE_PATH });
      if (!pending) throw new AppError('OIDC_SIGN_IN_FAILED', '登录请求已过期，请重新登录');
      const queryStart = request.url.indexOf('?');
      const identity = await relyingParty.finish(
        { callbackQuery: queryStart === -1 ? '' : request.url.slice(queryStart), pending },
        request.log,
      );
      const signedIn = await signInWithOidcIdentity(ctx, identity, { clientAddress: request.ip });
      setApplicantCookie(reply, signedIn.token, isSecure(request));
      return reply.redirect(safeNextPath(pending.next), 302);
    },
  );
}

function encodePending(pending: PendingOidcSignIn): string {
  return Buffer.from(JSON.stringify(pending)).toString('base64url');
}

function decodePending(raw: string | undefined): PendingOidcSignIn | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<PendingOidcSignIn>;
    const { state, nonce, codeVerifier, next } = value;
    if ([state, nonce, codeVerifier, next].every((v) => typeof v === 'string')) {
      return { state: state!, nonce: nonce!, codeVerifier: codeVerifier!, next: next! };
    }
  } catch {
    // A cookie that is not ours is the same as no cookie.
  }
  return null;
}
