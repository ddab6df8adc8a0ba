import type ExcelJS from 'exceljs';
import { and, asc, desc, eq, gte, like, lt, lte, sql } from 'drizzle-orm';
import { parseIsoDate } from '../../../domain/calendar/index.ts';
import { auditHeads, auditLog, auditSeals } from '../../platform/schema.ts';
import { GENESIS_HASH, recordAudit, sealedRecordJson, verifyAuditChains } from '../../platform/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { assertCan, regionPrefix, withinRegionOf, type StaffActor } from '../../platform/policy.ts';
import { auditContextOf, transact } from '../../platform/transaction.ts';

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

/** The longest period one export covers. */
export const EXPORT_MAX_DAYS = 366;

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

/**
 * The same check as `onewindow verify-audit`, over the chains of the caller's regions. The check is
 * itself audited: who looked, and what they found.
 */
export async function checkAuditChains(ctx: AppContext, actor: StaffActor, meta: { clientAddress: string }) {
  assertCan(actor, 'audit.read');
  const result = await verifyAuditChains(ctx.db, undefined, { regionPrefix: regionPrefix(actor.regionCode) });
  await transact(ctx, async (tx) => {
    recordAudit(tx, auditContextOf(ctx), {
      actor,
      action: 'audit.verified',
      targetType: 'audit_log',
      targetId: actor.regionCode,
      regionCode: actor.regionCode,
      after: result,
      summary:
        result.breaks.length === 0
          ? `校验审计链：通过（${result.streams} 条链，${result.records} 条记录）`
          : `校验审计链：发现 ${result.breaks.length} 处断链`,
      clientAddress: meta.clientAddress,
    });
  });
  return result;
}

/** exceljs is loaded on the first export: it costs the server 14 MB that most days never use. */
async function loadExcelJS(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

const RECORD_COLUMNS = [
  ['id', '记录 id'],
  ['stream', '链 stream'],
  ['seq', '序号 seq'],
  ['prevHash', '上一条哈希 prevHash'],
  ['hash', '本条哈希 hash'],
  ['at', '时间 at'],
  ['regionCode', '区划 regionCode'],
  ['actorKind', '操作人类型 actorKind'],
  ['actorId', '操作人ID actorId'],
  ['actorName', '操作人 actorName'],
  ['actorRoles', '角色 actorRoles'],
  ['action', '操作 action'],
  ['targetType', '对象类型 targetType'],
  ['targetId', '对象ID targetId'],
  ['beforeDigest', '变更前摘要 beforeDigest'],
  ['afterDigest', '变更后摘要 afterDigest'],
  ['summary', '摘要 summary'],
  ['clientAddress', '来源地址 clientAddress'],
  ['topic', '事件 topic'],
  ['payload', '事件内容 payload'],
] as const;

/**
 * Every record of the caller's regions on the hall-local days `from`–`to`, with its seal, as a
 * workbook: 审计记录 (one row per record, in stream and seq order; unsealed records last, without a
 * seal), 链头 (each stream's head at the end of the period) and 校验方法 (how to recompute the chain).
 * The export is itself audited.
 */
export async function exportAudit(
  ctx: AppContext,
  actor: StaffActor,
  period: { from: string; to: string },
  meta: { clientAddress: string },
): Promise<Buffer> {
  assertCan(actor, 'audit.read');
  const days = parseIsoDate(period.to) - parseIsoDate(period.from) + 1;
  if (days < 1) throw new AppError('BAD_REQUEST', '结束日期不能早于开始日期');
  if (days > EXPORT_MAX_DAYS) throw new AppError('BAD_REQUEST', `一次最多导出 ${EXPORT_MAX_DAYS} 天的记录`);
  const prefix = regionPrefix(actor.regionCode);
  // A stream is a region and a hall-local day ("<region>:<YYYY-MM-DD>"), so the period picks streams.
  const streamDay = sql<string>`right(${auditLog.stream}, 10)`;
  const rows = await ctx.db
    .select({ record: auditLog, seal: auditSeals })
    .from(auditLog)
    .leftJoin(auditSeals, eq(auditSeals.recordId, auditLog.id))
    .where(
      and(like(auditLog.regionCode, `${prefix}%`), gte(streamDay, period.from), lte(streamDay, period.to)),
    )
    .orderBy(asc(auditLog.stream), sql`${auditSeals.seq} asc nulls last`, asc(auditLog.id));
  const streams = [...new Set(rows.map((row) => row.record.stream))];
  const heads = streams.length
    ? await ctx.db
        .select()
        .from(auditHeads)
        .where(
          and(
            like(auditHeads.stream, `${prefix}%`),
            gte(sql`right(${auditHeads.stream}, 10)`, period.from),
            lte(sql`right(${auditHeads.stream}, 10)`, period.to),
          ),
        )
        .orderBy(asc(auditHeads.stream))
    : [];

  const Excel = await loadExcelJS();
  const workbook = new Excel.Workbook();
  workbook.created = ctx.clock.now();
  const sheet = workbook.addWorksheet('审计记录');
  sheet.columns = RECORD_COLUMNS.map(([key, header]) => ({
    key,
    header,
    width: key.endsWith('ash') ? 66 : 18,
  }));
  for (const { record, seal } of rows) {
    sheet.addRow({
      ...record,
      at: record.at.toISOString(),
      actorRoles: JSON.stringify(record.actorRoles),
      payload: record.payload === null ? null : JSON.stringify(record.payload),
      seq: seal?.seq ?? null,
      prevHash: seal?.prevHash ?? null,
      hash: seal?.hash ?? null,
    });
  }
  const headSheet = workbook.addWorksheet('链头');
  headSheet.columns = [
    { key: 'stream', header: '链 stream', width: 26 },
    { key: 'seq', header: '末条序号 seq', width: 14 },
    { key: 'hash', header: '链头哈希 hash', width: 66 },
  ];
  for (const head of heads) headSheet.addRow(head);
  const how = workbook.addWorksheet('校验方法');
  how.getColumn(1).width = 120;
  const example = rows.find((row) => row.seal)?.record;
  for (const line of [
    `导出范围：${actor.regionCode} 及下级区划，${period.from} 至 ${period.to}（服务大厅当地日期），共 ${rows.length} 条记录。`,
    '每条链（stream）为一个区划的一天，记录按序号 seq 从 1 起连续排列。',
    `第 1 条记录的 prev_hash 为 64 个 0（${GENESIS_HASH}），其后每条记录的 prev_hash 等于上一条的 hash。`,
    'hash（prevHash 即 prev_hash）= SM3（GB/T 32905）对该记录规范 JSON 的十六进制摘要：键按字典序排列、无空格，字段为 action、actorId、actorKind、actorName、actorRoles（数组）、afterDigest、at（ISO 8601 UTC）、beforeDigest、clientAddress、id、payload（仅有事件时）、prevHash、regionCode、seq、stream、summary、targetId、targetType、topic（仅有事件时）；空值写作 null。',
    '链的最后一条记录的 hash 应等于“链头”表中该链的链头哈希；序号不连续、prev_hash 不符或 hash 不符即为断链。',
    '序号为空的记录尚未封存（封存任务每秒运行），不在链中。',
    '也可在服务器上运行 onewindow verify-audit 校验全部链。',
    ...(example ? ['', '示例：第一条已封存记录的规范 JSON（其 SM3 即其 hash）：', exampleJson(rows)] : []),
  ])
    how.addRow([line]);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

  await transact(ctx, async (tx) => {
    recordAudit(tx, auditContextOf(ctx), {
      actor,
      action: 'audit.exported',
      targetType: 'audit_log',
      targetId: actor.regionCode,
      regionCode: actor.regionCode,
      after: { from: period.from, to: period.to, records: rows.length },
      summary: `导出审计记录 ${period.from} 至 ${period.to}（${rows.length} 条）`,
      clientAddress: meta.clientAddress,
    });
  });
  return buffer;
}

function exampleJson(
  rows: { record: typeof auditLog.$inferSelect; seal: typeof auditSeals.$inferSelect | null }[],
) {
  const first = rows.find((row) => row.seal)!;
  return sealedRecordJson({ ...first.record, seq: first.seal!.seq, prevHash: first.seal!.prevHash });
}
