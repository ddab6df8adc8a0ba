import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.ts';
import { ErrorResponse, type App } from '../../../platform/http.ts';
import { requireStaff } from '../../../platform/session.ts';
import { writeMetaOf } from '../../../platform/transaction.ts';
import * as exchange from '../service/exchange.ts';
import { ImportReport, readErrors as errors, writeErrors, XLSX } from '../schemas.ts';

/** Excel exchange: the catalog as one workbook, and imports checked row by row. */
export function catalogExchangeRoutes(app: App, ctx: AppContext): void {
  const tags = ['catalog admin'];
  const read = { access: { kind: 'staff', permission: 'catalog.read' } } as const;
  const manage = { access: { kind: 'staff', permission: 'catalog.manage' } } as const;

  app.addContentTypeParser(XLSX, { parseAs: 'buffer', bodyLimit: 20 * 1024 * 1024 }, (_request, body, done) =>
    done(null, body),
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
        ...writeMetaOf(request),
      }),
  );
}
