import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.ts';
import { type App, ErrorResponse, Nullable, RegionCode } from '../../../platform/http.ts';
import { requireStaff } from '../../../platform/session.ts';
import { idempotencyOf } from '../../../platform/transaction.ts';
import {
  changes,
  Department,
  IdParams,
  manageAccess,
  OrgStaff,
  Phone,
  SortOrder,
  StationingMode,
  Text,
  Uuid,
  Window,
  WindowKind,
  WindowNumber,
  writeErrors,
} from '../schemas.ts';
import * as service from '../service.ts';

/** Windows, departments and who works where (org.manage, own regions). */
export function orgStaffingRoutes(app: App, ctx: AppContext): void {
  const tags = ['org'];

  app.post(
    '/api/org/centers/:id/windows',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: 'Add a window to a center: general (no department) or specialized (one department)',
        params: IdParams,
        body: Type.Object({
          number: WindowNumber,
          name: Text(60),
          kind: WindowKind,
          zoneId: Uuid,
          departmentId: Nullable(Uuid),
          isOpen: Type.Optional(Type.Boolean()),
        }),
        response: { 201: Type.Object({ window: Window }), ...writeErrors },
      },
    },
    async (request, reply) => {
      const window = await service.createWindow(ctx, requireStaff(request), request.params.id, request.body, {
        clientAddress: request.ip,
        idempotency: idempotencyOf(request),
      });
      return reply.status(201).send({ window });
    },
  );

  app.patch(
    '/api/org/windows/:id',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: 'Edit a window, open or close it, or set who is on duty (null clears)',
        params: IdParams,
        body: Type.Object(
          {
            number: Type.Optional(WindowNumber),
            name: Type.Optional(Text(60)),
            kind: Type.Optional(WindowKind),
            zoneId: Type.Optional(Uuid),
            departmentId: Type.Optional(Nullable(Uuid)),
            isOpen: Type.Optional(Type.Boolean()),
            onDutyStaffId: Type.Optional(Nullable(Uuid)),
          },
          changes,
        ),
        response: { 200: Type.Object({ window: Window }), ...writeErrors },
      },
    },
    async (request) => ({
      window: await service.updateWindow(ctx, requireStaff(request), request.params.id, request.body, {
        clientAddress: request.ip,
      }),
    }),
  );

  app.post(
    '/api/org/departments',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: 'Add a department of one of my regions; names are unique within a region',
        body: Type.Object({
          regionCode: RegionCode,
          name: Text(80),
          shortName: Text(20),
          stationingMode: StationingMode,
          phone: Nullable(Phone),
          sortOrder: Type.Optional(SortOrder),
        }),
        response: { 201: Type.Object({ department: Department }), ...writeErrors },
      },
    },
    async (request, reply) => {
      const department = await service.createDepartment(ctx, requireStaff(request), request.body, {
        clientAddress: request.ip,
        idempotency: idempotencyOf(request),
      });
      return reply.status(201).send({ department });
    },
  );

  app.patch(
    '/api/org/departments/:id',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: "Change a department's names, stationing mode, phone or order",
        params: IdParams,
        body: Type.Object(
          {
            name: Type.Optional(Text(80)),
            shortName: Type.Optional(Text(20)),
            stationingMode: Type.Optional(StationingMode),
            phone: Type.Optional(Nullable(Phone)),
            sortOrder: Type.Optional(SortOrder),
          },
          changes,
        ),
        response: { 200: Type.Object({ department: Department }), ...writeErrors },
      },
    },
    async (request) => ({
      department: await service.updateDepartment(
        ctx,
        requireStaff(request),
        request.params.id,
        request.body,
        { clientAddress: request.ip },
      ),
    }),
  );

  app.get(
    '/api/org/staff',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: 'Staff of my regions and centers: center, department and the window each is on duty at',
        querystring: Type.Object({ centerId: Type.Optional(Uuid) }),
        response: {
          200: Type.Object({ staff: Type.Array(OrgStaff) }),
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
        },
      },
    },
    async (request) => ({
      staff: await service.listOrgStaff(ctx, requireStaff(request), request.query),
    }),
  );

  app.put(
    '/api/org/staff/:id/assignment',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: "Set a staff member's center and department; leaving a center ends duty there",
        params: IdParams,
        body: Type.Object({ centerId: Nullable(Uuid), departmentId: Nullable(Uuid) }),
        response: { 200: Type.Object({ staff: OrgStaff }), ...writeErrors },
      },
    },
    async (request) => ({
      staff: await service.assignStaff(ctx, requireStaff(request), request.params.id, request.body, {
        clientAddress: request.ip,
      }),
    }),
  );
}
