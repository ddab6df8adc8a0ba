import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { Type } from 'typebox';
import { auditLog } from '../../db/schema.ts';
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

function cursorOf(row: { at: Date; id: number }): string {
  return `${row.at.toISOString()}~${row.id}`;
}

/** Newest first, keyset-paged by `before` (the `next` cursor of the previous page). */
export async function searchAudit(ctx: AppContext, actor: StaffActor, query: AuditQuery) {
  assertCan(actor, 'audit.read');
  const conditions: (SQL | undefined)[] = [
    withinRegionOf(auditLog.regionCode, actor),
    query.from ? gte(auditLog.at, new Date(query.from)) : undefined,
    query.to ? lte(auditLog.at, new Date(query.to)) : undefined,
    query.actorId ? eq(auditLog.actorId, query.actorId) : undefined,
    query.action ? eq(auditLog.action, query.action) : undefined,
    query.targetType ? eq(auditLog.targetType, query.targetType) : undefined,
    query.targetId ? eq(auditLog.targetId, query.targetId) : undefined,
  ];
  if (query.before) {
    const [at, id] = query.before.split('~') as [string, string];
    conditions.push(sql`(${auditLog.at}, ${auditLog.id}) < (${new Date(at)}, ${Number(id)})`);
  }
  const limit = query.limit ?? 50;
  const rows = await ctx.db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return {
    records: page.map((r) => ({ ...r, at: r.at.toISOString() })),
    next: rows.length > limit ? cursorOf(page.at(-1)!) : null,
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
          before: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z~\\d+$' })),
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
