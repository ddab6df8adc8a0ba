import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.ts';
import { ErrorResponse, type App } from '../../platform/http.ts';
import {
  SESSION_COOKIE,
  clearSessionCookie,
  requireStaff,
  setSessionCookie,
} from '../../platform/session.ts';
import { permissionsOf, type StaffActor } from '../../platform/policy.ts';
import { grantableRoles } from '../users/index.ts';
import { changePassword, signIn, signOut } from './service.ts';

function presentMe(actor: StaffActor) {
  return { ...actor, permissions: permissionsOf(actor), grantableRoles: grantableRoles(actor) };
}

export const Me = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(Type.String()),
  regionCode: Type.String(),
  centerId: Type.Union([Type.String(), Type.Null()]),
  departmentId: Type.Union([Type.String(), Type.Null()]),
  /** What this staff member may do; the web shows what these open and never reads the role table. */
  permissions: Type.Array(Type.String()),
  /** The roles this staff member may grant to others. */
  grantableRoles: Type.Array(Type.String()),
});

const Session = Type.Object({
  user: Me,
  /** Echo in the X-CSRF-Token header on every write. */
  csrfToken: Type.String(),
  mustChangePassword: Type.Boolean(),
});

export function authRoutes(app: App, ctx: AppContext): void {
  const tags = ['auth'];
  app.post(
    '/api/auth/login',
    {
      config: {
        access: { kind: 'public' },
        // Wrong passwords also lock the account (service); these stop guessing across accounts.
        rateLimits: [
          { name: 'staff-sign-in-address', per: 'address', max: 30, windowSeconds: 300 },
          {
            name: 'staff-sign-in-username',
            per: (request) => (request.body as { username?: string } | undefined)?.username?.toLowerCase(),
            max: 10,
            windowSeconds: 300,
          },
        ],
      },
      schema: {
        tags,
        summary: 'Staff sign-in; 5 wrong passwords lock the account for 15 minutes',
        body: Type.Object({
          username: Type.String({ minLength: 1, maxLength: 64 }),
          password: Type.String({ minLength: 1, maxLength: 256 }),
        }),
        response: { 200: Session, 400: ErrorResponse, 401: ErrorResponse, 423: ErrorResponse },
      },
    },
    async (request, reply) => {
      const signedIn = await signIn(ctx, { ...request.body, clientAddress: request.ip });
      setSessionCookie(reply, signedIn.token, request.protocol === 'https');
      return {
        user: presentMe(signedIn.actor),
        csrfToken: signedIn.csrfToken,
        mustChangePassword: signedIn.mustChangePassword,
      };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags,
        summary: 'End the current session',
        response: { 204: Type.Null(), 403: ErrorResponse },
      },
    },
    async (request, reply) => {
      await signOut(ctx, request.actor, request.cookies[SESSION_COOKIE]);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { access: { kind: 'staff' } },
      schema: { tags, summary: 'The signed-in staff member', response: { 200: Session, 401: ErrorResponse } },
    },
    async (request) => ({
      user: presentMe(requireStaff(request)),
      csrfToken: request.sessionCsrfToken ?? '',
      mustChangePassword: request.mustChangePassword,
    }),
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: { kind: 'staff' } },
      schema: {
        tags,
        summary: 'Change my password (≥ 8 characters from 3 of upper, lower, digit, symbol)',
        body: Type.Object({
          currentPassword: Type.String({ minLength: 1, maxLength: 256 }),
          newPassword: Type.String({ minLength: 1, maxLength: 256 }),
        }),
        response: {
          204: Type.Null(),
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
          422: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      await changePassword(ctx, requireStaff(request), {
        ...request.body,
        sessionToken: request.cookies[SESSION_COOKIE] ?? '',
        clientAddress: request.ip,
      });
      return reply.status(204).send(null);
    },
  );
}
