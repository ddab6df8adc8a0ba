import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.ts';
import { type App, ErrorResponse, IsoDateString, Nullable } from '../../platform/http.ts';
import { requireStaff } from '../../platform/session.ts';
import { checkAuditChains, EXPORT_MAX_DAYS, exportAudit, searchAudit } from './service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ChainCheck = Type.Object({
  records: Type.Integer({ description: 'Sealed records checked' }),
  streams: Type.Integer(),
  pending: Type.Integer({ description: 'Records not yet sealed (normally those of the last second)' }),
  breaks: Type.Array(
    Type.Object({
      stream: Type.String(),
      seq: Type.Integer({ description: 'The first broken record of the stream' }),
      reason: Type.String(),
    }),
  ),
});

const Record = Type.Object({
  id: Type.Integer(),
  stream: Type.String(),
  /** Null until the sealing job has chained the record (within seconds). */
  seq: Nullable(Type.Integer()),
  regionCode: Type.String(),
  at: Type.String(),
  actorKind: Type.String(),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorName: Type.Union([Type.String(), Type.Null()]),
  actorRoles: Type.Array(Type.String()),
  action: Type.String(),
  targetType: Type.String(),
  targetId: Type.String(),
  beforeDigest: Type.Union([Type.String(), Type.Null()]),
  afterDigest: Type.Union([Type.String(), Type.Null()]),
  summary: Type.String(),
  clientAddress: Type.Union([Type.String(), Type.Null()]),
  /** The event the change published, if any. */
  topic: Nullable(Type.String()),
  prevHash: Nullable(Type.String()),
  hash: Nullable(Type.String()),
});

export function auditRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/audit',
    {
      config: { access: { kind: 'staff', permission: 'audit.read' } },
      schema: {
        tags: ['audit'],
        summary: 'Search the audit log of my regions (audit admin only)',
        querystring: Type.Object({
          from: Type.Optional(Type.String({ format: 'date-time' })),
          to: Type.Optional(Type.String({ format: 'date-time' })),
          actorId: Type.Optional(Type.String({ maxLength: 64 })),
          action: Type.Optional(Type.String({ maxLength: 64 })),
          targetType: Type.Optional(Type.String({ maxLength: 64 })),
          targetId: Type.Optional(Type.String({ maxLength: 64 })),
          before: Type.Optional(Type.String({ pattern: '^\\d{1,18}$' })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
        }),
        response: {
          200: Type.Object({ records: Type.Array(Record), next: Type.Union([Type.String(), Type.Null()]) }),
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
        },
      },
    },
    async (request) => searchAudit(ctx, requireStaff(request), request.query),
  );

  const read = { access: { kind: 'staff', permission: 'audit.read' } } as const;
  const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };

  app.post(
    '/api/audit/verification',
    {
      config: read,
      schema: {
        tags: ['audit'],
        summary: 'Recompute the hash chains of my regions, as onewindow verify-audit does (audited)',
        response: { 200: ChainCheck, ...errors },
      },
    },
    async (request) => checkAuditChains(ctx, requireStaff(request), { clientAddress: request.ip }),
  );

  app.get(
    '/api/audit/export',
    {
      config: read,
      schema: {
        tags: ['audit'],
        summary: `My regions' records of hall-local days from–to (at most ${EXPORT_MAX_DAYS}) with their seals and stream heads, as a workbook (audited)`,
        querystring: Type.Object({ from: IsoDateString, to: IsoDateString }),
        response: { 200: Type.Unknown({ description: XLSX }), ...errors },
      },
    },
    async (request, reply) => {
      const { from, to } = request.query;
      const workbook = await exportAudit(
        ctx,
        requireStaff(request),
        { from, to },
        { clientAddress: request.ip },
      );
      const name = `审计记录_${from}_${to}.xlsx`;
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
        .send(workbook);
    },
  );
}
