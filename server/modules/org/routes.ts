import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.ts';
import { type App, ErrorResponse } from '../../platform/http.ts';
import { orgStaffingRoutes } from './routes/staffing.ts';
import { orgStructureRoutes } from './routes/structure.ts';
import { orgWindowItemRoutes } from './routes/window-items.ts';
import { Center, Department, IdParams, PublicWindow, Region } from './schemas.ts';
import { getCenterLayout } from './service.ts';
import * as store from './store.ts';

/**
 * Public organisation data — what a citizen needs to find the right center, floor and window, and no
 * personal names — then the org admins' writes.
 */
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
        params: IdParams,
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
                sortOrder: Type.Integer(),
                windows: Type.Array(PublicWindow),
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

  orgStructureRoutes(app, ctx);
  orgStaffingRoutes(app, ctx);
  orgWindowItemRoutes(app, ctx);
}
