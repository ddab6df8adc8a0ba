import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.ts';
import { ErrorResponse, RegionCode, type App } from '../../../platform/http.ts';
import * as portal from '../service/portal.ts';
import { Category, Guide, ItemSummary, Subject, Theme, Uuid } from '../schemas.ts';

/** What citizens read without signing in: search, hot items, themes and guides (lists: public-lists.ts). */
export function catalogPublicRoutes(app: App, ctx: AppContext): void {
  const tags = ['catalog'];
  const config = { access: { kind: 'public' } } as const;
  const RegionQuery = Type.Optional(RegionCode);

  app.get(
    '/api/catalog/items',
    {
      config,
      schema: {
        tags,
        summary: 'Search the items open today (search as you type)',
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 100 })),
          region: RegionQuery,
          department: Type.Optional(Uuid),
          category: Type.Optional(Category),
          theme: Type.Optional(Type.String({ maxLength: 50 })),
          subject: Type.Optional(Subject),
          page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
          pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
        }),
        response: {
          200: Type.Object({ total: Type.Integer(), items: Type.Array(ItemSummary) }),
          400: ErrorResponse,
        },
      },
    },
    async (request) => {
      const { region, department, ...rest } = request.query;
      return portal.searchItems(ctx, { ...rest, regionCode: region, departmentId: department });
    },
  );

  app.get(
    '/api/catalog/hot-items',
    {
      config,
      schema: {
        tags,
        summary: '热门事项 in their order',
        querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })) }),
        response: { 200: Type.Object({ items: Type.Array(ItemSummary) }), 400: ErrorResponse },
      },
    },
    async (request) => ({ items: await portal.hotItems(ctx, request.query.limit ?? 12) }),
  );

  app.get(
    '/api/catalog/themes',
    {
      config,
      schema: {
        tags,
        summary: 'Life-event and business-stage themes with their open item counts',
        response: { 200: Type.Object({ themes: Type.Array(Theme) }) },
      },
    },
    async () => ({ themes: await portal.themesWithCounts(ctx) }),
  );

  app.get(
    '/api/catalog/items/:id/guide',
    {
      config,
      schema: {
        tags,
        summary: '办事指南: the in-force revision of an item with the windows that accept it',
        params: Type.Object({ id: Uuid }),
        response: { 200: Guide, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => portal.serviceGuide(ctx, request.params.id),
  );
}
