import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.ts';
import type { App } from '../../platform/http.ts';
import { ErrorResponse } from '../../platform/http.ts';
import {
  SESSION_COOKIE,
  clearSessionCookie,
  requireStaff,
  setSessionCookie,
} from '../../platform/session.ts';
import { signIn, signOut } from './service.ts';

export const Me = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(Type.String()),
  regionCode: Type.String(),
  centerId: Type.Union([Type.String(), Type.Null()]),
  departmentId: Type.Union([Type.String(), Type.Null()]),
});

export function authRoutes(app: App, ctx: AppContext): void {
  const tags = ['auth'];
  app.post(
    '/api/auth/login',
    {
      schema: {
        tags,
        summary: 'Staff sign-in with username and password',
        body: Type.Object({
          username: Type.String({ minLength: 1, maxLength: 64 }),
          password: Type.String({ minLength: 1, maxLength: 256 }),
        }),
        response: { 200: Type.Object({ user: Me }), 400: ErrorResponse, 401: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { token, actor } = await signIn(ctx, request.body);
      setSessionCookie(reply, token, request.protocol === 'https');
      return { user: actor };
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags, summary: 'End the current session', response: { 204: Type.Null() } } },
    async (request, reply) => {
      await signOut(ctx, request.cookies[SESSION_COOKIE]);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
        tags,
        summary: 'The signed-in staff member',
        response: { 200: Type.Object({ user: Me }), 401: ErrorResponse },
      },
    },
    async (request) => ({ user: requireStaff(request) }),
  );
}
