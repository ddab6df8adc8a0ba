import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.ts';
import { type App, Nullable, RegionCode } from '../../../platform/http.ts';
import { requireStaff } from '../../../platform/session.ts';
import { idempotencyOf } from '../../../platform/transaction.ts';
import {
  Center,
  changes,
  Hall,
  IdParams,
  manageAccess,
  Phone,
  Region,
  SortOrder,
  Text,
  writeErrors,
  Zone,
} from '../schemas.ts';
import * as service from '../service.ts';

const FloorCount = Type.Integer({ minimum: 1, maximum: 99 });
const Floor = Type.Integer({ minimum: 1, maximum: 99 });

/** Regions, centers, halls and zones: the places of the service network (org.manage, own regions). */
export function orgStructureRoutes(app: App, ctx: AppContext): void {
  const tags = ['org'];

  app.post(
    '/api/org/regions',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: 'Add a township under a county, or a village under a township',
        body: Type.Object({
          parentCode: RegionCode,
          code: RegionCode,
          name: Text(40),
          level: Type.Union([Type.Literal('township'), Type.Literal('village')]),
        }),
        response: { 201: Type.Object({ region: Region }), ...writeErrors },
      },
    },
    async (request, reply) => {
      const region = await service.createRegion(ctx, requireStaff(request), request.body, {
        clientAddress: request.ip,
        idempotency: idempotencyOf(request),
      });
      return reply.status(201).send({ region });
    },
  );

  app.patch(
    '/api/org/regions/:code',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: 'Rename a region',
        params: Type.Object({ code: RegionCode }),
        body: Type.Object({ name: Text(40) }, { additionalProperties: false }),
        response: { 200: Type.Object({ region: Region }), ...writeErrors },
      },
    },
    async (request) => ({
      region: await service.renameRegion(ctx, requireStaff(request), request.params.code, request.body, {
        clientAddress: request.ip,
      }),
    }),
  );

  app.post(
    '/api/org/centers',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: "Set up a region's center; its kind follows the region's level",
        body: Type.Object({
          regionCode: RegionCode,
          name: Text(60),
          address: Text(200),
          phone: Nullable(Phone),
          openingHours: Text(200),
        }),
        response: { 201: Type.Object({ center: Center }), ...writeErrors },
      },
    },
    async (request, reply) => {
      const center = await service.createCenter(ctx, requireStaff(request), request.body, {
        clientAddress: request.ip,
        idempotency: idempotencyOf(request),
      });
      return reply.status(201).send({ center });
    },
  );

  app.patch(
    '/api/org/centers/:id',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: "Change a center's name, address, phone or opening hours",
        params: IdParams,
        body: Type.Object(
          {
            name: Type.Optional(Text(60)),
            address: Type.Optional(Text(200)),
            phone: Type.Optional(Nullable(Phone)),
            openingHours: Type.Optional(Text(200)),
          },
          changes,
        ),
        response: { 200: Type.Object({ center: Center }), ...writeErrors },
      },
    },
    async (request) => ({
      center: await service.updateCenter(ctx, requireStaff(request), request.params.id, request.body, {
        clientAddress: request.ip,
      }),
    }),
  );

  app.post(
    '/api/org/centers/:id/halls',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: 'Add a hall to a center',
        params: IdParams,
        body: Type.Object({ name: Text(60), floorCount: FloorCount }),
        response: { 201: Type.Object({ hall: Hall }), ...writeErrors },
      },
    },
    async (request, reply) => {
      const hall = await service.createHall(ctx, requireStaff(request), request.params.id, request.body, {
        clientAddress: request.ip,
        idempotency: idempotencyOf(request),
      });
      return reply.status(201).send({ hall });
    },
  );

  app.patch(
    '/api/org/halls/:id',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: "Rename a hall or change its floor count (not below a zone's floor)",
        params: IdParams,
        body: Type.Object({ name: Type.Optional(Text(60)), floorCount: Type.Optional(FloorCount) }, changes),
        response: { 200: Type.Object({ hall: Hall }), ...writeErrors },
      },
    },
    async (request) => ({
      hall: await service.updateHall(ctx, requireStaff(request), request.params.id, request.body, {
        clientAddress: request.ip,
      }),
    }),
  );

  app.post(
    '/api/org/halls/:id/zones',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: 'Add a functional zone on one of the floors of a hall',
        params: IdParams,
        body: Type.Object({ name: Text(40), floor: Floor, sortOrder: Type.Optional(SortOrder) }),
        response: { 201: Type.Object({ zone: Zone }), ...writeErrors },
      },
    },
    async (request, reply) => {
      const zone = await service.createZone(ctx, requireStaff(request), request.params.id, request.body, {
        clientAddress: request.ip,
        idempotency: idempotencyOf(request),
      });
      return reply.status(201).send({ zone });
    },
  );

  app.patch(
    '/api/org/zones/:id',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: 'Rename a zone, move it to another floor of its hall or change its order',
        params: IdParams,
        body: Type.Object(
          {
            name: Type.Optional(Text(40)),
            floor: Type.Optional(Floor),
            sortOrder: Type.Optional(SortOrder),
          },
          changes,
        ),
        response: { 200: Type.Object({ zone: Zone }), ...writeErrors },
      },
    },
    async (request) => ({
      zone: await service.updateZone(ctx, requireStaff(request), request.params.id, request.body, {
        clientAddress: request.ip,
      }),
    }),
  );

  app.delete(
    '/api/org/zones/:id',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: 'Delete a zone without windows',
        params: IdParams,
        response: { 204: Type.Null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      await service.deleteZone(ctx, requireStaff(request), request.params.id, { clientAddress: request.ip });
      return reply.status(204).send(null);
    },
  );
}
