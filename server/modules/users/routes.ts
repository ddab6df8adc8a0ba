import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.ts';
import { type App, ErrorResponse, LiteralUnion, Nullable, RegionCode } from '../../platform/http.ts';
import { ROLES } from '../../platform/policy.ts';
import { requireStaff } from '../../platform/session.ts';
import { idempotencyOf, SecretShownOnceFields } from '../../platform/transaction.ts';
import * as service from './service.ts';

const RoleSchema = LiteralUnion(ROLES);
const User = Type.Object({
  id: Type.String(),
  regionCode: RegionCode,
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(Type.String()),
  centerId: Nullable(Type.String()),
  departmentId: Nullable(Type.String()),
  isActive: Type.Boolean(),
  mustChangePassword: Type.Boolean(),
  isLocked: Type.Boolean(),
});
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export function userRoutes(app: App, ctx: AppContext): void {
  const tags = ['users'];
  app.get(
    '/api/users',
    {
      config: { access: { kind: 'staff', permission: 'users.read' } },
      schema: {
        tags,
        summary: 'Staff accounts in my regions',
        response: { 200: Type.Object({ users: Type.Array(User) }), ...errors },
      },
    },
    async (request) => ({ users: await service.listUsers(ctx, requireStaff(request)) }),
  );

  app.post(
    '/api/users',
    {
      config: { access: { kind: 'staff', permission: 'users.manage' } },
      schema: {
        tags,
        summary: 'Create a staff account; returns a temporary password to change at first sign-in',
        body: Type.Object({
          username: Type.String({ pattern: '^[a-z][a-z0-9_]{2,31}$' }),
          displayName: Type.String({ minLength: 1, maxLength: 40 }),
          regionCode: RegionCode,
          roles: Type.Array(RoleSchema, { maxItems: ROLES.length }),
          centerId: Nullable(Type.String({ format: 'uuid' })),
          departmentId: Nullable(Type.String({ format: 'uuid' })),
        }),
        response: {
          201: Type.Object({
            user: User,
            temporaryPassword: Nullable(Type.String()),
            ...SecretShownOnceFields,
          }),
          ...errors,
          409: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const created = await service.createUser(ctx, requireStaff(request), request.body, {
        clientAddress: request.ip,
        idempotency: idempotencyOf(request),
      });
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: { kind: 'staff', permission: 'users.read' } },
      schema: {
        tags,
        summary: 'Change a name, the roles (security or center admin) or disable an account',
        params: IdParams,
        body: Type.Object(
          {
            displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
            roles: Type.Optional(Type.Array(RoleSchema, { maxItems: ROLES.length })),
            isActive: Type.Optional(Type.Boolean()),
          },
          { minProperties: 1 },
        ),
        response: { 200: Type.Object({ user: User }), ...errors },
      },
    },
    async (request) => ({
      user: await service.updateUser(ctx, requireStaff(request), request.params.id, request.body, {
        clientAddress: request.ip,
      }),
    }),
  );

  app.post(
    '/api/users/:id/password-reset',
    {
      config: { access: { kind: 'staff', permission: 'users.manage' } },
      schema: {
        tags,
        summary: 'Reset a password: a temporary one, sessions ended, change required at sign-in',
        params: IdParams,
        response: {
          200: Type.Object({ temporaryPassword: Nullable(Type.String()), ...SecretShownOnceFields }),
          ...errors,
        },
      },
    },
    async (request) =>
      service.resetPassword(ctx, requireStaff(request), request.params.id, {
        clientAddress: request.ip,
        idempotency: idempotencyOf(request),
      }),
  );
}
