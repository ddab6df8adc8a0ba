import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.ts';
import { type App, ErrorResponse, Nullable, RegionCode } from '../../platform/http.ts';
import { getCenterLayout } from './service.ts';
import * as store from './store.ts';

const CenterKind = Type.Union([
  Type.Literal('government_service_center'),
  Type.Literal('convenience_center'),
  Type.Literal('agency_point'),
]);

const Center = Type.Object({
  id: Type.String(),
  regionCode: RegionCode,
  regionName: Type.String(),
  name: Type.String(),
  kind: CenterKind,
  address: Type.String(),
  phone: Nullable(Type.String()),
  openingHours: Type.String(),
});

const Window = Type.Object({
  id: Type.String(),
  number: Type.String(),
  name: Type.String(),
  kind: Type.Union([Type.Literal('general'), Type.Literal('specialized')]),
  departmentId: Nullable(Type.String()),
  departmentName: Nullable(Type.String()),
  isOpen: Type.Boolean(),
});

const Department = Type.Object({
  id: Type.String(),
  regionCode: RegionCode,
  name: Type.String(),
  shortName: Type.String(),
  stationingMode: Type.Union([
    Type.Literal('whole_unit'),
    Type.Literal('approval_office'),
    Type.Literal('key_staff'),
    Type.Literal('general_window'),
  ]),
  phone: Nullable(Type.String()),
});

const Region = Type.Object({
  code: RegionCode,
  name: Type.String(),
  level: Type.String(),
  parentCode: Nullable(Type.String()),
});

/** Public organisation data: what a citizen needs to find the right center, floor and window. */
export function orgRoutes(app: App, ctx: AppContext): void {
  const tags = ['org'];
  app.get(
    '/api/org/regions',
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags,
        summary: 'Administrative regions',
        response: { 200: Type.Object({ regions: Type.Array(Region) }) },
      },
    },
    async () => ({ regions: await store.listRegions(ctx.db) }),
  );

  app.get(
    '/api/org/centers',
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags,
        summary: 'Service centers of the three-level network',
        response: { 200: Type.Object({ centers: Type.Array(Center) }) },
      },
    },
    async () => ({ centers: await store.listCenters(ctx.db) }),
  );

  app.get(
    '/api/org/centers/:id',
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags,
        summary: 'A center with its halls, zones and windows',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: {
          200: Type.Object({
            center: Center,
            halls: Type.Array(
              Type.Object({ id: Type.String(), name: Type.String(), floorCount: Type.Integer() }),
            ),
            zones: Type.Array(
              Type.Object({
                id: Type.String(),
                hallId: Type.String(),
                name: Type.String(),
                floor: Type.Integer(),
                windows: Type.Array(Window),
              }),
            ),
          }),
          400: ErrorResponse,
          404: ErrorResponse,
        },
      },
    },
    async (request) => getCenterLayout(ctx, request.params.id),
  );

  app.get(
    '/api/org/departments',
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags,
        summary: 'Departments stationed in the centers',
        response: { 200: Type.Object({ departments: Type.Array(Department) }) },
      },
    },
    async () => ({ departments: await store.listDepartments(ctx.db) }),
  );
}
