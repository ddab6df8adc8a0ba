import { and, desc, eq, gte, lt, lte } from 'drizzle-orm';
import { Type } from 'typebox';
import { auditLog, auditSeals } from '../../platform/schema.ts';
import type { AppContext } from '../../platform/context.ts';
import { type App, ErrorResponse, Nullable } from '../../platform/http.ts';
import { assertCan, withinRegionOf, type StaffActor } from '../../platform/policy.ts';
import { requireStaff } from '../../platform/session.ts';

interface AuditQuery {
  from?: string;
  to?: string;
  actorId?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  before?: string;
  limit?: number;
}

/**
 * Newest first, keyset-paged by `before` (the `next` cursor of the previous page). Record ids follow
 * commit order, so paging by id walks back in time without an index of its own.
 */
export async function searchAudit(ctx: AppContext, actor: StaffActor, query: AuditQuery) {
  assertCan(actor, 'audit.read');
  const limit = query.limit ?? 50;
  const rows = await ctx.db
    .select({ record: auditLog, seal: auditSeals })
    .from(auditLog)
    .leftJoin(auditSeals, eq(auditSeals.recordId, auditLog.id))
    .where(
      and(
        withinRegionOf(auditLog.regionCode, actor),
        query.from ? gte(auditLog.at, new Date(query.from)) : undefined,
        query.to ? lte(auditLog.at, new Date(query.to)) : undefined,
        query.actorId ? eq(auditLog.actorId, query.actorId) : undefined,
        query.action ? eq(auditLog.action, query.action) : undefined,
        query.targetType ? eq(auditLog.targetType, query.targetType) : undefined,
        query.targetId ? eq(auditLog.targetId, query.targetId) : undefined,
        query.before ? lt(auditLog.id, Number(query.before)) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return {
    records: page.map(({ record, seal }) => ({
      ...record,
      at: record.at.toISOString(),
      seq: seal?.seq ?? null,
      prevHash: seal?.prevHash ?? null,
      hash: seal?.hash ?? null,
    })),
    next: rows.length > limit ? String(page.at(-1)!.record.id) : null,
  };
}

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
}
