import { Type, type TSchema } from 'typebox';
import { CATEGORIES, ItemContentSchema } from '../../../../domain/catalog/index.ts';
import type { AppContext } from '../../../platform/context.ts';
import { ErrorResponse, LiteralUnion, RegionCode, type App } from '../../../platform/http.ts';
import { exportPublicList, pagePublicList, type PublicListKind } from '../service/public-lists.ts';

const Category = LiteralUnion(CATEGORIES);
const LegalBasisList = Type.Array(
  Type.Object({ title: Type.String(), article: Type.String(), text: Type.Optional(Type.String()) }),
);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const Filters = {
  region: Type.Optional(RegionCode),
  department: Type.Optional(Type.String({ maxLength: 100, description: 'Department name, as listed' })),
  category: Type.Optional(Category),
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Words in the name, department or code' })),
};
const PageQuery = Type.Object({
  ...Filters,
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
});
const ExportQuery = Type.Object(Filters);

const ENTRIES: Record<PublicListKind, TSchema> = {
  power: Type.Object({
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
  responsibility: Type.Object({
    id: Type.String(),
    implementationCode: Type.String(),
    name: Type.String(),
    category: Category,
    departmentName: Type.String(),
    responsibilities: Type.Array(Type.String()),
    legalBasis: LegalBasisList,
    complaintPhone: Type.String(),
  }),
  fees: Type.Object({
    id: Type.String(),
    implementationCode: Type.String(),
    name: Type.String(),
    category: Category,
    departmentName: Type.String(),
    fees: ItemContentSchema.properties.fees,
  }),
};

const SUMMARIES: Record<PublicListKind, string> = {
  power: '权力清单: administrative powers open today',
  responsibility: '责任清单: the duties that come with each power',
  fees: '收费目录清单: every fee of every open item with its basis',
};

/**
 * The three public lists, a page at a time with department, 事项类型 and word filters (and the
 * counts for the filter menus), and each selection as an Excel workbook.
 */
export function catalogPublicListRoutes(app: App, ctx: AppContext): void {
  const tags = ['catalog'];
  const config = { access: { kind: 'public' } } as const;
  for (const kind of ['power', 'responsibility', 'fees'] as const) {
    app.get(
      `/api/catalog/lists/${kind}`,
      {
        config,
        schema: {
          tags,
          summary: `${SUMMARIES[kind]}, a page at a time`,
          querystring: PageQuery,
          response: {
            200: Type.Object({
              items: Type.Array(ENTRIES[kind]),
              total: Type.Integer(),
              page: Type.Integer(),
              pageSize: Type.Integer(),
              departments: Type.Array(Type.Object({ name: Type.String(), count: Type.Integer() })),
              categories: Type.Array(Type.Object({ category: Category, count: Type.Integer() })),
            }),
            400: ErrorResponse,
          },
        },
      },
      async (request) => pagePublicList(ctx, kind, { ...request.query, regionCode: request.query.region }),
    );
    app.get(
      `/api/catalog/lists/${kind}/export`,
      {
        config,
        schema: {
          tags,
          summary: `${SUMMARIES[kind]}, the whole selection as an Excel workbook`,
          querystring: ExportQuery,
          response: { 200: Type.Unknown({ description: XLSX }), 400: ErrorResponse },
        },
      },
      async (request, reply) => {
        const file = await exportPublicList(ctx, kind, {
          ...request.query,
          regionCode: request.query.region,
        });
        return reply
          .header('content-type', XLSX)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .send(file.body);
      },
    );
  }
}
