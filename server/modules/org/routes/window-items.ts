import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.ts';
import type { App } from '../../../platform/http.ts';
import { requireStaff } from '../../../platform/session.ts';
import { writeMetaOf } from '../../../platform/transaction.ts';
import { IdParams, readErrors, WindowItems, writeErrors } from '../schemas.ts';
import { listWindowItems, setWindowItems } from '../service/window-items.ts';

/** The items each window accepts (一窗受理). */
export function orgWindowItemRoutes(app: App, ctx: AppContext): void {
  const tags = ['org'];

  app.get(
    '/api/org/windows/:id/items',
    {
      config: { access: { kind: 'staff', permission: 'catalog.read' } },
      schema: {
        tags,
        summary: 'The items a window accepts',
        params: IdParams,
        response: {
          200: WindowItems,
          ...readErrors,
        },
      },
    },
    async (request) => listWindowItems(ctx, requireStaff(request), request.params.id),
  );

  app.put(
    '/api/org/windows/:id/items',
    {
      config: { access: { kind: 'staff', permission: 'org.manage' } },
      schema: {
        tags,
        summary: 'Set the items a window accepts (replaces the whole set)',
        params: IdParams,
        body: Type.Object({ itemIds: Type.Array(Type.String({ format: 'uuid' }), { maxItems: 2000 }) }),
        response: {
          200: WindowItems,
          ...writeErrors,
        },
      },
    },
    async (request) =>
      setWindowItems(
        ctx,
        requireStaff(request),
        request.params.id,
        request.body.itemIds,
        writeMetaOf(request),
      ),
  );
}
