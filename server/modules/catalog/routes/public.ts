import { Type } from 'typebox';
import { ItemContentSchema } from '../../../../domain/catalog/index.ts';
import type { AppContext } from '../../../platform/context.ts';
import { ErrorResponse, RegionCode, type App } from '../../../platform/http.ts';
import * as portal from '../service/portal.ts';
import { Category, Guide, ItemSummary, LegalBasisList, Subject, Theme, Uuid } from '../schemas.ts';

/** What citizens read without signing in: search, hot items, themes, guides and the public lists. */
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

  app.get(
    '/api/catalog/lists/power',
    {
      config,
      schema: {
        tags,
        summary: '权力清单: administrative powers open today',
        querystring: Type.Object({ region: RegionQuery, category: Type.Optional(Category) }),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                regionCode: RegionCode,
                implementationCode: Type.String(),
                basicCode: Type.String(),
                name: Type.String(),
                category: Category,
                departmentName: Type.String(),
                exerciseLevel: Type.Integer(),
                legalBasis: LegalBasisList,
              }),
            ),
          }),
          400: ErrorResponse,
        },
      },
    },
    async (request) => ({
      items: await portal.powerList(ctx, {
        regionCode: request.query.region,
        category: request.query.category,
      }),
    }),
  );

  app.get(
    '/api/catalog/lists/responsibility',
    {
      config,
      schema: {
        tags,
        summary: '责任清单: the duties that come with each power',
        querystring: Type.Object({ region: RegionQuery }),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                implementationCode: Type.String(),
                name: Type.String(),
                category: Category,
                departmentName: Type.String(),
                responsibilities: Type.Array(Type.String()),
                legalBasis: LegalBasisList,
                complaintPhone: Type.String(),
              }),
            ),
          }),
          400: ErrorResponse,
        },
      },
    },
    async (request) => ({
      items: await portal.responsibilityList(ctx, { regionCode: request.query.region }),
    }),
  );

  app.get(
    '/api/catalog/lists/fees',
    {
      config,
      schema: {
        tags,
        summary: '收费目录清单: every fee of every open item with its basis',
        querystring: Type.Object({ region: RegionQuery }),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                implementationCode: Type.String(),
                name: Type.String(),
                departmentName: Type.String(),
                fees: ItemContentSchema.properties.fees,
              }),
            ),
          }),
          400: ErrorResponse,
        },
      },
    },
    async (request) => ({ items: await portal.feeCatalog(ctx, { regionCode: request.query.region }) }),
  );
}
