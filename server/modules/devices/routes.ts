import { Type } from 'typebox';
import { DEVICE_SCOPES } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { ErrorResponse, LiteralUnion, Nullable, RegionCode, type App } from '../../platform/http.ts';
import { requireStaff } from '../../platform/session.ts';
import { idempotencyOf, SecretShownOnceFields } from '../../platform/transaction.ts';
import * as service from './service.ts';

const Scope = LiteralUnion(DEVICE_SCOPES);
const Device = Type.Object({
  id: Type.String(),
  regionCode: RegionCode,
  centerId: Type.String(),
  name: Type.String(),
  scopes: Type.Array(Scope),
  tokenPrefix: Type.String(),
  createdAt: Type.String(),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
});
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };

export function deviceRoutes(app: App, ctx: AppContext): void {
  const tags = ['devices'];
  const access = { kind: 'staff', permission: 'devices.manage' } as const;

  app.get(
    '/api/devices',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Device tokens in my regions',
        response: { 200: Type.Object({ devices: Type.Array(Device) }), ...errors },
      },
    },
    async (request) => ({ devices: await service.listDevices(ctx, requireStaff(request)) }),
  );

  app.post(
    '/api/devices',
    {
      config: { access },
      schema: {
        tags,
        summary:
          'Create a device token for a kiosk, calling screen or evaluation pad; the token is shown once (a replay answers it null)',
        body: Type.Object({
          centerId: Type.String({ format: 'uuid' }),
          name: Type.String({ minLength: 1, maxLength: 60 }),
          scopes: Type.Array(Scope, { minItems: 1, maxItems: DEVICE_SCOPES.length }),
        }),
        response: {
          201: Type.Object({ device: Device, token: Nullable(Type.String()), ...SecretShownOnceFields }),
          ...errors,
          422: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const created = await service.createDevice(ctx, requireStaff(request), request.body, {
        clientAddress: request.ip,
        idempotency: idempotencyOf(request),
      });
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/api/devices/:id/revoke',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Revoke a device token at once',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: Type.Object({ device: Device }), ...errors },
      },
    },
    async (request) => ({
      device: await service.revokeDevice(ctx, requireStaff(request), request.params.id, {
        clientAddress: request.ip,
      }),
    }),
  );

  app.get(
    '/api/device/me',
    {
      config: { access: { kind: 'device' } },
      schema: {
        tags,
        summary: 'The calling device (authenticated by its Bearer token)',
        response: {
          200: Type.Object({
            device: Type.Object({
              id: Type.String(),
              name: Type.String(),
              centerId: Type.String(),
              scopes: Type.Array(Scope),
            }),
          }),
          401: ErrorResponse,
        },
      },
    },
    async (request) => {
      const { id, name, centerId, scopes } = request.device!;
      return { device: { id, name, centerId, scopes } };
    },
  );
}
