import { Type } from 'typebox';
import { CATEGORIES, ItemContentSchema, SUBJECTS } from '../../../domain/catalog/index.ts';
import { HANDLING_KINDS } from '../../../domain/clock/types.ts';
import type { AppContext } from '../../platform/context.ts';
import {
  ErrorResponse,
  IsoDateString,
  LiteralUnion,
  Nullable,
  RegionCode,
  type App,
} from '../../platform/http.ts';
import { requireStaff } from '../../platform/session.ts';
import { idempotencyOf } from '../../platform/transaction.ts';
import * as exchange from './exchange.ts';
import { publicListRoutes } from './public-list-routes.ts';
import * as portal from './portal.ts';
import * as service from './service.ts';

const Uuid = Type.String({ format: 'uuid' });
const Category = LiteralUnion(CATEGORIES);
const Subject = LiteralUnion(SUBJECTS);
const ITEM_STATUSES = ['draft', 'scheduled', 'in_force', 'abolished', 'delegated'] as const;
const REVISION_STATUSES = [...ITEM_STATUSES, 'superseded'] as const;
const CHANGE_KINDS = ['created', 'amended', 'abolished', 'delegated'] as const;
const ItemCode = Type.String({ minLength: 1, maxLength: 50 });

/** An open item as lists and search show it. */
const ItemSummary = Type.Object({
  id: Type.String(),
  regionCode: RegionCode,
  regionName: Type.String(),
  implementationCode: Type.String(),
  name: Type.String(),
  category: Category,
  departmentId: Type.String(),
  departmentName: Type.String(),
  subjects: Type.Array(Subject),
  themes: Type.Array(Type.String()),
  hotRank: Nullable(Type.Integer()),
  handlingKind: LiteralUnion(HANDLING_KINDS),
  promisedLimitDays: Nullable(Type.Integer()),
  statutoryLimitDays: Type.Integer(),
  visitsRequired: Type.Integer(),
  onlineDepth: Type.Array(Type.Integer()),
});

const Theme = Type.Object({
  code: Type.String(),
  name: Type.String(),
  audience: Subject,
  description: Type.String(),
  sortOrder: Type.Integer(),
  itemCount: Type.Integer(),
});

const Guide = Type.Object({
  id: Type.String(),
  regionCode: RegionCode,
  regionName: Type.String(),
  implementationCode: Type.String(),
  departmentName: Type.String(),
  departmentPhone: Nullable(Type.String()),
  version: Type.Integer(),
  effectiveOn: IsoDateString,
  content: ItemContentSchema,
  /** A published change that takes effect later (调整 or 取消), so the guide can warn. */
  upcoming: Nullable(
    Type.Object({
      changeKind: LiteralUnion(CHANGE_KINDS),
      effectiveOn: IsoDateString,
      status: LiteralUnion(REVISION_STATUSES),
    }),
  ),
  windows: Type.Array(
    Type.Object({
      centerId: Type.String(),
      centerName: Type.String(),
      address: Type.String(),
      openingHours: Type.String(),
      hallName: Nullable(Type.String()),
      floor: Nullable(Type.Integer()),
      zoneName: Nullable(Type.String()),
      number: Type.String(),
      windowName: Type.String(),
    }),
  ),
});

const RevisionSummary = Type.Object({
  id: Type.String(),
  version: Type.Integer(),
  state: LiteralUnion(['draft', 'published'] as const),
  status: LiteralUnion(REVISION_STATUSES),
  changeKind: LiteralUnion(CHANGE_KINDS),
  reason: Nullable(Type.String()),
  effectiveOn: Nullable(IsoDateString),
  effectiveUntil: Nullable(IsoDateString),
  createdAt: Type.String(),
  publishedAt: Nullable(Type.String()),
  publishedByName: Nullable(Type.String()),
  delegatedTo: Nullable(Type.Object({ regionCode: RegionCode, itemId: Type.String() })),
});
const RevisionWithContent = Type.Intersect([RevisionSummary, Type.Object({ content: ItemContentSchema })]);

const ItemDetail = Type.Object({
  id: Type.String(),
  regionCode: RegionCode,
  regionName: Type.String(),
  implementationCode: Type.String(),
  departmentId: Type.String(),
  departmentName: Type.String(),
  hotRank: Nullable(Type.Integer()),
  delegatedFrom: Nullable(Type.Object({ regionCode: RegionCode, itemId: Type.String() })),
  status: LiteralUnion(ITEM_STATUSES),
  name: Type.String(),
  current: Nullable(RevisionWithContent),
  draft: Nullable(RevisionWithContent),
  revisions: Type.Array(RevisionSummary),
  /** What the caller may do now; the UI shows only these. */
  actions: Type.Object({
    editDraft: Type.Boolean(),
    publish: Type.Boolean(),
    discardDraft: Type.Boolean(),
    abolish: Type.Boolean(),
    delegate: Type.Boolean(),
  }),
});

const ItemRow = Type.Object({
  id: Type.String(),
  regionCode: RegionCode,
  implementationCode: Type.String(),
  departmentId: Type.String(),
  departmentName: Type.String(),
  hotRank: Nullable(Type.Integer()),
  name: Type.String(),
  category: Category,
  version: Type.Integer(),
  status: LiteralUnion(ITEM_STATUSES),
});

const ImportReport = Type.Object({
  dryRun: Type.Boolean(),
  created: Type.Integer(),
  amended: Type.Integer(),
  abolished: Type.Integer(),
  delegated: Type.Integer(),
  unchanged: Type.Integer(),
});

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
const writeErrors = { ...errors, 409: ErrorResponse, 422: ErrorResponse };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function catalogRoutes(app: App, ctx: AppContext): void {
  publicRoutes(app, ctx);
  publicListRoutes(app, ctx);
  adminRoutes(app, ctx);
}

function publicRoutes(app: App, ctx: AppContext): void {
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

function adminRoutes(app: App, ctx: AppContext): void {
  const tags = ['catalog admin'];
  const read = { access: { kind: 'staff', permission: 'catalog.read' } } as const;
  const manage = { access: { kind: 'staff', permission: 'catalog.manage' } } as const;
  const ItemParams = Type.Object({ id: Uuid });
  const meta = (request: Parameters<typeof idempotencyOf>[0]) => ({
    clientAddress: request.ip,
    idempotency: idempotencyOf(request),
  });

  app.addContentTypeParser(XLSX, { parseAs: 'buffer', bodyLimit: 20 * 1024 * 1024 }, (_request, body, done) =>
    done(null, body),
  );

  app.get(
    '/api/admin/catalog/items',
    {
      config: read,
      schema: {
        tags,
        summary: 'Every item in my regions, drafts and closed ones included',
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 100 })),
          status: Type.Optional(LiteralUnion(ITEM_STATUSES)),
          department: Type.Optional(Uuid),
          category: Type.Optional(Category),
          page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
          pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
        }),
        response: {
          200: Type.Object({
            total: Type.Integer(),
            counts: Type.Record(Type.String(), Type.Integer()),
            items: Type.Array(ItemRow),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { department, ...rest } = request.query;
      return service.listItems(ctx, requireStaff(request), { ...rest, departmentId: department });
    },
  );

  app.post(
    '/api/admin/catalog/items',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Create an item; its first revision is a draft until published',
        body: Type.Object({
          regionCode: Type.Optional(RegionCode),
          departmentId: Uuid,
          implementationCode: ItemCode,
          hotRank: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 999 }))),
          content: ItemContentSchema,
        }),
        response: { 201: Type.Object({ item: ItemDetail }), ...writeErrors },
      },
    },
    async (request, reply) => {
      const item = await service.createItem(ctx, requireStaff(request), request.body, meta(request));
      return reply.status(201).send({ item });
    },
  );

  app.get(
    '/api/admin/catalog/items/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'An item with its in-force and draft content, history and allowed actions',
        params: ItemParams,
        response: { 200: Type.Object({ item: ItemDetail }), ...errors },
      },
    },
    async (request) => ({ item: await service.getItem(ctx, requireStaff(request), request.params.id) }),
  );

  app.put(
    '/api/admin/catalog/items/:id/draft',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Save the draft revision (the first edit after publishing starts a new one)',
        params: ItemParams,
        body: Type.Object({
          content: ItemContentSchema,
          departmentId: Type.Optional(Uuid),
          hotRank: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 999 }))),
        }),
        response: { 200: Type.Object({ item: ItemDetail }), ...writeErrors },
      },
    },
    async (request) => ({
      item: await service.saveDraft(
        ctx,
        requireStaff(request),
        request.params.id,
        request.body,
        meta(request),
      ),
    }),
  );

  app.delete(
    '/api/admin/catalog/items/:id/draft',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Discard the draft revision of a published item',
        params: ItemParams,
        response: { 200: Type.Object({ item: ItemDetail }), ...writeErrors },
      },
    },
    async (request) => ({
      item: await service.discardDraft(ctx, requireStaff(request), request.params.id, meta(request)),
    }),
  );

  app.post(
    '/api/admin/catalog/items/:id/publish',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'Publish the draft with an effective date; the previous revision is superseded from that date',
        params: ItemParams,
        body: Type.Object({
          effectiveOn: IsoDateString,
          reason: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
        }),
        response: { 200: Type.Object({ item: ItemDetail }), ...writeErrors },
      },
    },
    async (request) => ({
      item: await service.publishDraft(
        ctx,
        requireStaff(request),
        request.params.id,
        request.body,
        meta(request),
      ),
    }),
  );

  app.post(
    '/api/admin/catalog/items/:id/abolish',
    {
      config: manage,
      schema: {
        tags,
        summary: '取消: the item takes no new applications from the effective date',
        params: ItemParams,
        body: Type.Object({ effectiveOn: IsoDateString, reason: Type.String({ maxLength: 500 }) }),
        response: { 200: Type.Object({ item: ItemDetail }), ...writeErrors },
      },
    },
    async (request) => ({
      item: await service.abolishItem(
        ctx,
        requireStaff(request),
        request.params.id,
        request.body,
        meta(request),
      ),
    }),
  );

  app.post(
    '/api/admin/catalog/items/:id/delegate',
    {
      config: manage,
      schema: {
        tags,
        summary: '下放: a region below implements the item from the effective date',
        params: ItemParams,
        body: Type.Object({
          effectiveOn: IsoDateString,
          reason: Type.String({ maxLength: 500 }),
          toRegionCode: RegionCode,
          toDepartmentId: Uuid,
          implementationCode: ItemCode,
        }),
        response: { 200: Type.Object({ item: ItemDetail }), ...writeErrors },
      },
    },
    async (request) => ({
      item: await service.delegateItem(
        ctx,
        requireStaff(request),
        request.params.id,
        request.body,
        meta(request),
      ),
    }),
  );

  app.get(
    '/api/admin/catalog/items/:id/revisions/:revisionId',
    {
      config: read,
      schema: {
        tags,
        summary: 'One revision and what changed from the published revision before it',
        params: Type.Object({ id: Uuid, revisionId: Uuid }),
        response: {
          200: Type.Object({
            revision: RevisionWithContent,
            previousVersion: Nullable(Type.Integer()),
            changes: Type.Array(
              Type.Object({
                field: Type.String(),
                label: Type.String(),
                added: Type.Optional(Type.Array(Type.String())),
                removed: Type.Optional(Type.Array(Type.String())),
                before: Type.Optional(Type.Unknown()),
                after: Type.Optional(Type.Unknown()),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) =>
      service.getRevision(ctx, requireStaff(request), request.params.id, request.params.revisionId),
  );

  app.put(
    '/api/admin/catalog/themes/:code',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Create or edit a theme',
        params: Type.Object({ code: Type.String({ pattern: '^[a-z][a-z0-9_]{1,49}$' }) }),
        body: Type.Object({
          name: Type.String({ minLength: 1, maxLength: 50 }),
          audience: Subject,
          description: Type.String({ maxLength: 500 }),
          sortOrder: Type.Integer({ minimum: 0, maximum: 9999 }),
        }),
        response: {
          200: Type.Object({
            theme: Type.Object({
              code: Type.String(),
              name: Type.String(),
              audience: Subject,
              description: Type.String(),
              sortOrder: Type.Integer(),
            }),
          }),
          ...writeErrors,
        },
      },
    },
    async (request) => ({
      theme: await service.saveTheme(
        ctx,
        requireStaff(request),
        { code: request.params.code, ...request.body },
        meta(request),
      ),
    }),
  );

  app.get(
    '/api/admin/catalog/export',
    {
      config: read,
      schema: {
        tags,
        summary: 'The catalog in my regions as one workbook (a sheet per table)',
        response: { 200: Type.Unknown({ description: XLSX }), ...errors },
      },
    },
    async (request, reply) => {
      const workbook = await exchange.exportCatalog(ctx, requireStaff(request));
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('事项目录.xlsx')}`)
        .send(workbook);
    },
  );

  app.post(
    '/api/admin/catalog/import',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'Import a catalog workbook: every row is checked; nothing is imported unless all are valid. dryRun reports without writing.',
        querystring: Type.Object({ dryRun: Type.Optional(Type.Boolean()) }),
        consumes: [XLSX],
        body: Type.Unknown(),
        response: { 200: ImportReport, ...writeErrors, 413: ErrorResponse },
      },
    },
    async (request) =>
      exchange.importCatalog(ctx, requireStaff(request), request.body as Buffer, {
        dryRun: request.query.dryRun ?? false,
        ...meta(request),
      }),
  );

  app.get(
    '/api/org/windows/:id/items',
    {
      config: read,
      schema: {
        tags,
        summary: 'The items a window accepts',
        params: ItemParams,
        response: {
          200: Type.Object({
            windowId: Type.String(),
            items: Type.Array(
              Type.Object({ id: Type.String(), implementationCode: Type.String(), name: Type.String() }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => service.listWindowItems(ctx, requireStaff(request), request.params.id),
  );

  app.put(
    '/api/org/windows/:id/items',
    {
      config: { access: { kind: 'staff', permission: 'org.manage' } },
      schema: {
        tags,
        summary: 'Set the items a window accepts (replaces the whole set)',
        params: ItemParams,
        body: Type.Object({ itemIds: Type.Array(Uuid, { maxItems: 2000 }) }),
        response: {
          200: Type.Object({
            windowId: Type.String(),
            items: Type.Array(
              Type.Object({ id: Type.String(), implementationCode: Type.String(), name: Type.String() }),
            ),
          }),
          ...writeErrors,
        },
      },
    },
    async (request) =>
      service.setWindowItems(
        ctx,
        requireStaff(request),
        request.params.id,
        request.body.itemIds,
        meta(request),
      ),
  );
}
