import { and, asc, eq, inArray } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { IsoDate } from '../../../../domain/calendar/index.ts';
import {
  FIELD_LABELS,
  isClosingRevision as isClosing,
  type ItemContent,
} from '../../../../domain/catalog/index.ts';
import type { Tx } from '../../../db/connection.ts';
import { itemRevisions, items, themes } from '../schema.ts';
import { canonicalJson, recordAudit, recordChange } from '../../../platform/audit.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { assertCan, isWithinRegion, withinRegionOf, type StaffActor } from '../../../platform/policy.ts';
import { auditContextOf, transact } from '../../../platform/transaction.ts';
import { todayIn } from '../../calendar/index.ts';
import { listDepartments, listRegions, type RegionRecord } from '../../org/index.ts';
import type { ImportReport } from '../schemas.ts';
import * as store from '../store.ts';
import type { ItemRow, RevisionRow } from '../store.ts';
import { delegateInTransaction } from './close-item.ts';
import {
  closingRevision,
  draftOf,
  insertItem,
  latestPublished,
  publish,
  revisionColumns,
  type LockedItem,
  type WriteMeta,
} from './revisions.ts';
import {
  readCatalogWorkbook,
  writeCatalogWorkbook,
  type CatalogChange,
  type CatalogEntry,
  type WorkbookProblem,
} from '../workbook.ts';

/*
 * Excel exchange (GLOSSARY: 动态调整 by workbook). Export writes the published catalog in the caller's
 * regions; import checks every row first and writes nothing unless every row is valid. A row equal to
 * the item's latest published revision changes nothing, so re-importing an export is a no-op.
 */

const ITEMS_SHEET = '事项';
const DEFAULT_IMPORT_REASON = 'Excel 批量导入调整';

/** The latest published, still open revision of every item in scope. */
async function publishedCatalog(ctx: AppContext, actor: StaffActor) {
  const [rows, departmentRows] = await Promise.all([
    ctx.db
      .select({ item: items, revision: itemRevisions })
      .from(items)
      .innerJoin(
        itemRevisions,
        and(eq(itemRevisions.regionCode, items.regionCode), eq(itemRevisions.itemId, items.id)),
      )
      .where(and(withinRegionOf(items.regionCode, actor), eq(itemRevisions.state, 'published')))
      .orderBy(asc(items.implementationCode), asc(itemRevisions.version)),
    listDepartments(ctx.db),
  ]);
  const names = new Map(departmentRows.map((department) => [department.id, department.name]));
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) latest.set(row.item.id, row); // versions ascend: the last one wins
  return [...latest.values()]
    .filter((row) => !isClosing(row.revision as RevisionRow))
    .map((row) => ({ ...row, departmentName: names.get(row.item.departmentId) ?? '' }));
}

export async function exportCatalog(ctx: AppContext, actor: StaffActor): Promise<Buffer> {
  assertCan(actor, 'catalog.read');
  const [rows, themeRows] = await Promise.all([publishedCatalog(ctx, actor), store.listThemes(ctx.db)]);
  const entries: CatalogEntry[] = rows.map((row) => ({
    regionCode: row.item.regionCode,
    implementationCode: row.item.implementationCode,
    departmentName: row.departmentName,
    hotRank: row.item.hotRank,
    content: row.revision.content as ItemContent,
  }));
  return writeCatalogWorkbook(entries, { themes: themeRows.map(({ code, name }) => ({ code, name })) });
}

type Plan =
  | { kind: 'create'; change: CatalogChange; department: { id: string; name: string }; effectiveOn: IsoDate }
  | {
      kind: 'amend';
      change: CatalogChange;
      item: ItemRow;
      latest: RevisionRow;
      department: { id: string; name: string };
      effectiveOn: IsoDate;
      reason: string;
    }
  | { kind: 'abolish'; change: CatalogChange; item: ItemRow; effectiveOn: IsoDate; reason: string }
  | {
      kind: 'delegate';
      change: CatalogChange;
      item: ItemRow;
      target: RegionRecord;
      department: { id: string; name: string };
      effectiveOn: IsoDate;
      reason: string;
    }
  | { kind: 'unchanged' };

export async function importCatalog(
  ctx: AppContext,
  actor: StaffActor,
  data: Buffer,
  options: WriteMeta & { dryRun: boolean },
): Promise<ImportReport> {
  assertCan(actor, 'catalog.manage');
  if (!Buffer.isBuffer(data) || data.length === 0) {
    throw new AppError('CATALOG_FILE_UNREADABLE', '请上传 .xlsx 格式的事项目录工作簿');
  }
  const themeRows = await store.listThemes(ctx.db);
  let parsed: Awaited<ReturnType<typeof readCatalogWorkbook>>;
  try {
    parsed = await readCatalogWorkbook(data, { themes: themeRows.map(({ code, name }) => ({ code, name })) });
  } catch (error) {
    throw new AppError('CATALOG_FILE_UNREADABLE', error instanceof Error ? error.message : '无法读取该文件');
  }
  const problems: WorkbookProblem[] = [...parsed.problems];
  const plans = await planImport(ctx, actor, parsed.changes, problems);
  if (problems.length > 0) {
    problems.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row);
    throw new AppError(
      'CATALOG_IMPORT_INVALID',
      `导入文件有 ${problems.length} 处问题，未导入任何内容`,
      problems,
    );
  }
  const report: ImportReport = {
    dryRun: options.dryRun,
    created: 0,
    amended: 0,
    abolished: 0,
    delegated: 0,
    unchanged: 0,
  };
  const counted: Record<Plan['kind'], keyof ImportReport> = {
    create: 'created',
    amend: 'amended',
    abolish: 'abolished',
    delegate: 'delegated',
    unchanged: 'unchanged',
  };
  for (const plan of plans) (report[counted[plan.kind]] as number)++;
  if (options.dryRun || plans.every((plan) => plan.kind === 'unchanged')) return report;
  await transact(
    ctx,
    async (tx) => {
      const audit = auditContextOf(ctx);
      for (const plan of plans) {
        if (plan.kind === 'unchanged') continue;
        const { change } = plan;
        let summary: string;
        let targetId: string;
        if (plan.kind === 'create') {
          targetId = await insertItem(tx, ctx, actor, {
            regionCode: change.regionCode,
            implementationCode: change.implementationCode,
            department: plan.department,
            hotRank: change.hotRank,
            content: change.content,
            published: { effectiveOn: plan.effectiveOn, reason: change.reason },
          });
          summary = `导入新增事项「${change.content.name}」，${plan.effectiveOn} 起生效`;
        } else if (plan.kind === 'amend') {
          targetId = plan.item.id;
          await lockPlannedItem(tx, plan.item);
          await amendInTransaction(tx, ctx, actor, plan);
          summary = `导入调整事项「${change.content.name}」，${plan.effectiveOn} 起生效`;
        } else if (plan.kind === 'abolish') {
          targetId = plan.item.id;
          await closingRevision(tx, ctx, actor, await lockPlannedItem(tx, plan.item), plan, 'abolished');
          summary = `导入取消事项「${change.content.name}」，${plan.effectiveOn} 起生效：${plan.reason}`;
        } else {
          targetId = plan.item.id;
          const locked = await lockPlannedItem(tx, plan.item);
          await delegateInTransaction(tx, ctx, actor, locked, plan.target, plan.department, {
            effectiveOn: plan.effectiveOn,
            reason: plan.reason,
            implementationCode: change.delegateTo!.implementationCode,
          });
          summary = `导入下放事项「${change.content.name}」至${plan.target.name}，${plan.effectiveOn} 起生效`;
        }
        recordAudit(tx, audit, {
          actor,
          action: `catalog.import.${plan.kind}`,
          targetType: 'item',
          targetId,
          regionCode: change.regionCode,
          after: change.content,
          summary,
          clientAddress: options.clientAddress,
        });
      }
      recordChange(tx, audit, {
        actor,
        action: 'catalog.imported',
        targetType: 'catalog_workbook',
        targetId: actor.regionCode,
        regionCode: actor.regionCode,
        after: report,
        summary: `导入事项工作簿：新增 ${report.created} 项，调整 ${report.amended} 项，取消 ${report.abolished} 项，下放 ${report.delegated} 项`,
        clientAddress: options.clientAddress,
        event: { topic: 'catalog.imported', payload: report },
      });
    },
    options.idempotency,
  );
  return report;
}

/**
 * Locks an item the import plans to change; if anyone changed it since the plan was made, the whole
 * import is refused rather than applied over their change.
 */
async function lockPlannedItem(tx: Tx, planned: ItemRow): Promise<LockedItem> {
  const item = await store.lockItem(tx, planned);
  if (item.version !== planned.version) {
    throw new AppError('CONFLICT', `导入期间事项 ${planned.implementationCode} 已被他人修改，请重新导入`);
  }
  return { item, revisions: await store.listRevisions(tx, item) };
}

async function amendInTransaction(
  tx: Tx,
  ctx: AppContext,
  actor: StaffActor,
  plan: Extract<Plan, { kind: 'amend' }>,
) {
  const { item, latest, change } = plan;
  const revisionId = uuidv7();
  await tx.insert(itemRevisions).values({
    regionCode: item.regionCode,
    id: revisionId,
    itemId: item.id,
    version: latest.version + 1,
    state: 'draft',
    changeKind: 'amended',
    ...revisionColumns(change.content, item.implementationCode, plan.department.name),
    createdBy: actor.id,
    createdAt: ctx.clock.now(),
  });
  await publish(tx, ctx, actor, item, latest, {
    revisionId,
    effectiveOn: plan.effectiveOn,
    reason: plan.reason,
  });
  if (item.departmentId !== plan.department.id || item.hotRank !== change.hotRank) {
    await store.bumpItemVersion(tx, item, { departmentId: plan.department.id, hotRank: change.hotRank });
  }
}

/** Decides what each row does, adding a problem for every row that cannot be applied. */
async function planImport(
  ctx: AppContext,
  actor: StaffActor,
  changes: CatalogChange[],
  problems: WorkbookProblem[],
): Promise<Plan[]> {
  const today = todayIn(ctx);
  const codes = changes.flatMap((c) => [
    c.implementationCode,
    ...(c.delegateTo ? [c.delegateTo.implementationCode] : []),
  ]);
  const regionCodes = [
    ...new Set(changes.flatMap((c) => [c.regionCode, ...(c.delegateTo ? [c.delegateTo.regionCode] : [])])),
  ];
  const [existing, departmentRows, regionRows, themeRows] = await Promise.all([
    codes.length ? ctx.db.select().from(items).where(inArray(items.implementationCode, codes)) : [],
    listDepartments(ctx.db).then((rows) => rows.filter((row) => regionCodes.includes(row.regionCode))),
    listRegions(ctx.db).then((rows) => rows.filter((row) => regionCodes.includes(row.code))),
    ctx.db.select({ code: themes.code }).from(themes),
  ]);
  const itemByCode = new Map(existing.map((item) => [item.implementationCode, item]));
  const revisionsByItem = new Map<string, RevisionRow[]>();
  if (existing.length) {
    const revisionRows = (await ctx.db
      .select()
      .from(itemRevisions)
      .where(
        inArray(
          itemRevisions.itemId,
          existing.map((item) => item.id),
        ),
      )
      .orderBy(asc(itemRevisions.version))) as RevisionRow[];
    for (const revision of revisionRows) {
      revisionsByItem.set(revision.itemId, [revision, ...(revisionsByItem.get(revision.itemId) ?? [])]);
    }
  }
  const departmentOf = (regionCode: string, name: string) =>
    departmentRows.find((d) => d.regionCode === regionCode && d.name === name);
  const regionOf = (code: string) => regionRows.find((r) => r.code === code);
  const knownThemes = new Set(themeRows.map((t) => t.code));
  const newCodes = new Set<string>();

  return changes.map((change): Plan => {
    const before = problems.length;
    const add = (column: string, message: string) =>
      problems.push({ sheet: ITEMS_SHEET, row: change.row, column, message });

    if (!regionOf(change.regionCode)) add('行政区划代码', `行政区划代码 ${change.regionCode} 不存在`);
    else if (!isWithinRegion(change.regionCode, actor.regionCode))
      add('行政区划代码', '该区划不在您的管理范围内');
    const department = departmentOf(change.regionCode, change.departmentName);
    if (!department) add('实施部门', `该区划下没有“${change.departmentName}”这个部门`);
    for (const code of change.content.themes) {
      if (!knownThemes.has(code)) add(FIELD_LABELS.themes, `主题“${code}”不存在`);
    }
    const item = itemByCode.get(change.implementationCode);
    if (item && item.regionCode !== change.regionCode) add('实施编码', '该实施编码已属于其他区划的事项');
    const revisions = item ? (revisionsByItem.get(item.id) ?? []) : [];
    const latest = latestPublished(revisions);
    const effectiveOn = change.effectiveOn ?? today;

    const checkChangeOfPublished = () => {
      if (!item || !latest) return;
      if (isClosing(latest)) add('实施编码', '该事项已取消或已下放，不能再调整');
      if (draftOf(revisions)) add('实施编码', '该事项有未发布的草稿，请先在系统中发布或放弃草稿');
      if (effectiveOn < today)
        add('生效日期', `生效日期 ${effectiveOn} 早于今天（${today}），已发布事项的调整只能在今天或以后生效`);
      else if (effectiveOn < latest.effectiveOn!)
        add('生效日期', `生效日期不能早于上一版本的生效日期（${latest.effectiveOn}）`);
    };

    if (change.action === 'publish') {
      if (!item) {
        if (newCodes.has(change.implementationCode)) add('实施编码', '实施编码在文件中重复');
        newCodes.add(change.implementationCode);
        if (problems.length > before) return { kind: 'unchanged' };
        return { kind: 'create', change, department: department!, effectiveOn };
      }
      if (latest && !isClosing(latest) && department && sameAs(latest, item, change, department.id)) {
        return { kind: 'unchanged' };
      }
      if (!latest) add('实施编码', '该事项尚未发布，请在系统中发布其草稿');
      checkChangeOfPublished();
      if (problems.length > before) return { kind: 'unchanged' };
      return {
        kind: 'amend',
        change,
        item: item,
        latest: latest!,
        department: department!,
        effectiveOn,
        reason: change.reason ?? DEFAULT_IMPORT_REASON,
      };
    }

    if (!item || !latest) {
      add('实施编码', '只能取消或下放已发布的事项');
      return { kind: 'unchanged' };
    }
    checkChangeOfPublished();
    const reason = change.reason ?? '';
    if (change.action === 'abolish') {
      if (problems.length > before) return { kind: 'unchanged' };
      return { kind: 'abolish', change, item, effectiveOn, reason };
    }
    const to = change.delegateTo!;
    const target = regionOf(to.regionCode);
    if (!target || target.code === item.regionCode || !isWithinRegion(target.code, item.regionCode)) {
      add('下放至区划代码', '只能下放给本区划的下级区划');
    }
    const targetDepartment = departmentOf(to.regionCode, to.departmentName);
    if (!targetDepartment) add('下放承接部门', `承接区划下没有“${to.departmentName}”这个部门`);
    if (itemByCode.has(to.implementationCode) || newCodes.has(to.implementationCode)) {
      add('下放后实施编码', `实施编码 ${to.implementationCode} 已被使用`);
    }
    newCodes.add(to.implementationCode);
    if (problems.length > before) return { kind: 'unchanged' };
    return {
      kind: 'delegate',
      change,
      item,
      target: target!,
      department: targetDepartment!,
      effectiveOn,
      reason,
    };
  });
}

function sameAs(latest: RevisionRow, item: ItemRow, change: CatalogChange, departmentId: string): boolean {
  return (
    canonicalJson(latest.content) === canonicalJson(change.content) &&
    item.departmentId === departmentId &&
    item.hotRank === change.hotRank
  );
}
