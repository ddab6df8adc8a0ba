import { and, asc, eq, inArray, like, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { IsoDate } from '../../../domain/calendar/index.ts';
import {
  checkItemContent,
  diffItemContent,
  isWellFormedItemCode,
  type Category,
  type ContentProblem,
  type ItemContent,
} from '../../../domain/catalog/index.ts';
import type { Executor, Tx } from '../../db/connection.ts';
import {
  departments,
  itemRevisions,
  items,
  regions,
  staff,
  themes,
  windowItems,
  windows,
} from '../../db/schema.ts';
import { recordChange } from '../../platform/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import {
  assertCan,
  assertOwnsRegionData,
  can,
  isWithinRegion,
  regionAtLevel,
  withinRegionOf,
  type StaffActor,
} from '../../platform/policy.ts';
import { auditContextOf, transact, type IdempotencyKey } from '../../platform/transaction.ts';
import { todayIn } from '../calendar/service.ts';
import { invalidateCatalog } from './portal.ts';
import * as store from './store.ts';
import type { ItemRow, RevisionRow } from './store.ts';

export interface WriteMeta {
  clientAddress: string | null;
  idempotency?: IdempotencyKey | null;
}

/** How a revision stands today. */
export type RevisionStatus = 'draft' | 'scheduled' | 'in_force' | 'superseded' | 'abolished' | 'delegated';
/** How an item stands today: its in-force revision's status, else scheduled, else draft. */
export type ItemStatus = Exclude<RevisionStatus, 'superseded'>;

export function revisionStatus(
  revision: Pick<RevisionRow, 'state' | 'effectiveOn' | 'effectiveUntil' | 'changeKind'>,
  today: IsoDate,
): RevisionStatus {
  if (revision.state === 'draft') return 'draft';
  if (revision.effectiveOn! > today) return 'scheduled';
  if (revision.effectiveUntil !== null && revision.effectiveUntil <= today) return 'superseded';
  if (revision.changeKind === 'abolished') return 'abolished';
  if (revision.changeKind === 'delegated') return 'delegated';
  return 'in_force';
}

function itemStatus(revisions: RevisionRow[], today: IsoDate): ItemStatus {
  const statuses = revisions.map((revision) => revisionStatus(revision, today));
  const current = statuses.find(
    (status) => status !== 'draft' && status !== 'scheduled' && status !== 'superseded',
  );
  if (current) return current as ItemStatus;
  return statuses.includes('scheduled') ? 'scheduled' : 'draft';
}

/** The revision that decides what comes next: the latest published one (in force or scheduled). */
export const latestPublished = (revisions: RevisionRow[]) =>
  revisions.find((revision) => revision.state === 'published');
export const draftOf = (revisions: RevisionRow[]) => revisions.find((revision) => revision.state === 'draft');
export const isClosing = (revision: RevisionRow | undefined) =>
  revision?.changeKind === 'abolished' || revision?.changeKind === 'delegated';

export function searchTextOf(
  content: ItemContent,
  implementationCode: string,
  departmentName: string,
): string {
  return [
    content.name,
    ...content.keywords,
    content.basicCode,
    implementationCode,
    departmentName,
    content.result.name,
  ]
    .join(' ')
    .toLowerCase();
}

export function revisionColumns(content: ItemContent, implementationCode: string, departmentName: string) {
  return {
    content,
    name: content.name.trim(),
    category: content.category,
    subjects: content.subjects,
    themes: content.themes,
    searchText: searchTextOf(content, implementationCode, departmentName),
    keywords: content.keywords,
    handlingKind: content.handlingKind,
    statutoryLimitDays: content.statutoryLimitDays,
    promisedLimitDays: content.promisedLimitDays,
    visitsRequired: content.visitsRequired,
    onlineDepth: content.onlineDepth,
  };
}

/** Content problems plus the ones only the database knows: themes that do not exist. */
export async function contentProblems(db: Executor, content: ItemContent): Promise<ContentProblem[]> {
  const problems = checkItemContent(content);
  const known = await store.listThemeCodes(db);
  content.themes.forEach((code, i) => {
    if (!known.has(code)) problems.push({ path: `themes[${i}]`, message: `主题“${code}”不存在` });
  });
  return problems;
}

async function assertValidContent(db: Executor, content: ItemContent): Promise<void> {
  const problems = await contentProblems(db, content);
  if (problems.length > 0) {
    throw new AppError('ITEM_INVALID', `事项内容有 ${problems.length} 处问题`, problems);
  }
}

function assertCode(code: string): void {
  if (!isWellFormedItemCode(code)) {
    throw new AppError('ITEM_INVALID', '实施编码格式不正确', [
      { path: 'implementationCode', message: '实施编码只能由字母、数字和连字符组成，且不超过 50 位' },
    ]);
  }
}

async function assertCodeFree(tx: Executor, code: string): Promise<void> {
  const [taken] = await tx.select({ id: items.id }).from(items).where(eq(items.implementationCode, code));
  if (taken) throw new AppError('ITEM_CODE_TAKEN', `实施编码 ${code} 已被其他事项使用`);
}

async function loadItemInScope(ctx: AppContext, actor: StaffActor, id: string) {
  const found = await store.findItem(ctx.db, id, withinRegionOf(items.regionCode, actor));
  if (!found) throw new AppError('NOT_FOUND', '未找到该事项');
  return found;
}

/** The effective date of a change to an item that has been published: not before today, not before the last change. */
function assertEffectiveDate(effectiveOn: IsoDate, today: IsoDate, latest: RevisionRow | undefined): void {
  if (!latest) return;
  if (effectiveOn < today) {
    throw new AppError(
      'ITEM_EFFECTIVE_DATE_INVALID',
      `生效日期 ${effectiveOn} 早于今天（${today}），已发布事项的调整只能在今天或以后生效`,
    );
  }
  if (effectiveOn < latest.effectiveOn!) {
    throw new AppError(
      'ITEM_EFFECTIVE_DATE_INVALID',
      `生效日期不能早于上一版本的生效日期（${latest.effectiveOn}）`,
    );
  }
}

function presentRevision(revision: RevisionRow, today: IsoDate, names: Map<string, string>) {
  return {
    id: revision.id,
    version: revision.version,
    state: revision.state,
    status: revisionStatus(revision, today),
    changeKind: revision.changeKind,
    reason: revision.reason,
    effectiveOn: revision.effectiveOn,
    effectiveUntil: revision.effectiveUntil,
    createdAt: revision.createdAt.toISOString(),
    publishedAt: revision.publishedAt?.toISOString() ?? null,
    publishedByName: revision.publishedBy ? (names.get(revision.publishedBy) ?? null) : null,
    delegatedTo: revision.delegatedToItemId
      ? { regionCode: revision.delegatedToRegionCode!, itemId: revision.delegatedToItemId }
      : null,
  };
}

async function staffNames(ctx: AppContext, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: staff.id, displayName: staff.displayName })
    .from(staff)
    .where(inArray(staff.id, wanted));
  return new Map(rows.map((row) => [row.id, row.displayName]));
}

/** An item as the catalog admin sees it: status, the in-force and draft content, history and allowed actions. */
export async function getItem(ctx: AppContext, actor: StaffActor, id: string) {
  assertCan(actor, 'catalog.read');
  const found = await loadItemInScope(ctx, actor, id);
  return presentItem(ctx, actor, found);
}

async function presentItem(
  ctx: AppContext,
  actor: StaffActor,
  found: NonNullable<Awaited<ReturnType<typeof store.findItem>>>,
) {
  const today = todayIn(ctx);
  const revisions = await store.listRevisions(ctx.db, found.item);
  const names = await staffNames(
    ctx,
    revisions.map((revision) => revision.publishedBy),
  );
  const status = itemStatus(revisions, today);
  const current = revisions.find((revision) => {
    const s = revisionStatus(revision, today);
    return s === 'in_force' || s === 'abolished' || s === 'delegated';
  });
  const draft = draftOf(revisions);
  const latest = latestPublished(revisions);
  const manage = can(actor, 'catalog.manage');
  const open = !isClosing(latest);
  return {
    id: found.item.id,
    regionCode: found.item.regionCode,
    regionName: found.regionName,
    implementationCode: found.item.implementationCode,
    departmentId: found.item.departmentId,
    departmentName: found.departmentName,
    hotRank: found.item.hotRank,
    delegatedFrom: found.item.delegatedFromItemId
      ? { regionCode: found.item.delegatedFromRegionCode!, itemId: found.item.delegatedFromItemId }
      : null,
    status,
    name: (draft ?? latest ?? revisions[0]!).name,
    current: current ? { ...presentRevision(current, today, names), content: current.content } : null,
    draft: draft ? { ...presentRevision(draft, today, names), content: draft.content } : null,
    revisions: revisions.map((revision) => presentRevision(revision, today, names)),
    actions: {
      editDraft: manage && open,
      publish: manage && open && draft !== undefined,
      discardDraft: manage && draft !== undefined && latest !== undefined,
      abolish: manage && open && latest !== undefined && draft === undefined,
      delegate: manage && open && latest !== undefined && draft === undefined,
    },
  };
}

/** A revision's content and what changed from the revision before it. */
export async function getRevision(ctx: AppContext, actor: StaffActor, itemId: string, revisionId: string) {
  assertCan(actor, 'catalog.read');
  const found = await loadItemInScope(ctx, actor, itemId);
  const revisions = await store.listRevisions(ctx.db, found.item);
  const index = revisions.findIndex((revision) => revision.id === revisionId);
  if (index < 0) throw new AppError('NOT_FOUND', '未找到该版本');
  const revision = revisions[index]!;
  const previous = revisions.slice(index + 1).find((r) => r.state === 'published');
  const names = await staffNames(ctx, [revision.publishedBy]);
  return {
    revision: { ...presentRevision(revision, todayIn(ctx), names), content: revision.content },
    previousVersion: previous?.version ?? null,
    changes: previous ? diffItemContent(previous.content, revision.content) : [],
  };
}

export interface ItemListQuery {
  q?: string;
  status?: ItemStatus;
  departmentId?: string;
  category?: Category;
  page?: number;
  pageSize?: number;
}

/** The catalog admin's list: every item in scope, drafts and closed ones included. */
export async function listItems(ctx: AppContext, actor: StaffActor, query: ItemListQuery) {
  assertCan(actor, 'catalog.read');
  const today = todayIn(ctx);
  const terms = (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const sameItem = sql`r.region_code = ${items.regionCode} and r.item_id = ${items.id}`;
  // Today's status from the dates (see revisionStatus), computed in SQL for the whole list at once.
  const status = sql<ItemStatus>`coalesce(
    (select case r.change_kind when 'abolished' then 'abolished' when 'delegated' then 'delegated' else 'in_force' end
       from item_revisions r where ${sameItem} and r.state = 'published' and r.effective_on <= ${today}
       and (r.effective_until is null or r.effective_until > ${today}) limit 1),
    (select 'scheduled' from item_revisions r where ${sameItem} and r.state = 'published' and r.effective_on > ${today} limit 1),
    'draft')`;
  const rows = await ctx.db
    .select({
      id: items.id,
      regionCode: items.regionCode,
      implementationCode: items.implementationCode,
      departmentId: items.departmentId,
      departmentName: departments.shortName,
      hotRank: items.hotRank,
      name: itemRevisions.name,
      category: itemRevisions.category,
      version: itemRevisions.version,
      status,
    })
    .from(items)
    .innerJoin(
      itemRevisions,
      and(
        eq(itemRevisions.regionCode, items.regionCode),
        eq(itemRevisions.itemId, items.id),
        // The newest revision carries the name the admin last gave the item.
        sql`${itemRevisions.version} = (select max(r.version) from item_revisions r where ${sameItem})`,
      ),
    )
    .innerJoin(
      departments,
      and(eq(departments.regionCode, items.regionCode), eq(departments.id, items.departmentId)),
    )
    .where(
      and(
        withinRegionOf(items.regionCode, actor),
        query.departmentId ? eq(items.departmentId, query.departmentId) : undefined,
        query.category ? eq(itemRevisions.category, query.category) : undefined,
        // search_text is stored lower-cased and terms are lowered: LIKE, several times faster than ILIKE on CJK.
        ...terms.map((term) => like(itemRevisions.searchText, `%${escapeLike(term)}%`)),
      ),
    )
    .orderBy(asc(items.implementationCode));
  const withStatus = rows.filter((row) => !query.status || row.status === query.status);
  const pageSize = query.pageSize ?? 20;
  const page = query.page ?? 1;
  return {
    total: withStatus.length,
    counts: countBy(rows.map((row) => row.status)),
    items: withStatus.slice((page - 1) * pageSize, page * pageSize),
  };
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export interface NewItem {
  regionCode?: string;
  departmentId: string;
  implementationCode: string;
  hotRank?: number | null;
  content: ItemContent;
}

/** Inserts an item and its first revision: a draft, or published when `published` is given. */
export async function insertItem(
  tx: Tx,
  ctx: AppContext,
  actor: StaffActor,
  input: {
    id?: string;
    regionCode: string;
    implementationCode: string;
    department: { id: string; name: string };
    hotRank: number | null;
    content: ItemContent;
    delegatedFrom?: { regionCode: string; id: string };
    published?: { effectiveOn: IsoDate; reason: string | null };
  },
): Promise<string> {
  const id = input.id ?? uuidv7();
  const now = ctx.clock.now();
  await tx.insert(items).values({
    regionCode: input.regionCode,
    id,
    implementationCode: input.implementationCode,
    departmentId: input.department.id,
    hotRank: input.hotRank,
    delegatedFromRegionCode: input.delegatedFrom?.regionCode ?? null,
    delegatedFromItemId: input.delegatedFrom?.id ?? null,
    createdAt: now,
  });
  await tx.insert(itemRevisions).values({
    regionCode: input.regionCode,
    id: uuidv7(),
    itemId: id,
    version: 1,
    state: input.published ? 'published' : 'draft',
    changeKind: 'created',
    reason: input.published?.reason ?? null,
    effectiveOn: input.published?.effectiveOn ?? null,
    ...revisionColumns(input.content, input.implementationCode, input.department.name),
    createdBy: actor.id,
    createdAt: now,
    publishedBy: input.published ? actor.id : null,
    publishedAt: input.published ? now : null,
  });
  return id;
}

/** Creates an item with its first revision as a draft (新增, not yet published). */
export async function createItem(ctx: AppContext, actor: StaffActor, input: NewItem, meta: WriteMeta) {
  assertCan(actor, 'catalog.manage');
  // The item belongs to its department's region unless the caller names the region.
  const [department] = await ctx.db
    .select()
    .from(departments)
    .where(
      and(
        eq(departments.id, input.departmentId),
        input.regionCode ? eq(departments.regionCode, input.regionCode) : undefined,
        withinRegionOf(departments.regionCode, actor),
      ),
    );
  if (!department) throw new AppError('NOT_FOUND', '您管辖的区划下没有这个部门');
  const regionCode = department.regionCode;
  assertCode(input.implementationCode);
  await assertValidContent(ctx.db, input.content);
  const created = await transact(
    ctx,
    async (tx) => {
      await assertCodeFree(tx, input.implementationCode);
      const id = await insertItem(tx, ctx, actor, {
        regionCode,
        implementationCode: input.implementationCode,
        department,
        hotRank: input.hotRank ?? null,
        content: input.content,
      });
      recordChange(tx, auditContextOf(ctx), {
        actor,
        action: 'catalog.item.created',
        targetType: 'item',
        targetId: id,
        regionCode,
        after: { implementationCode: input.implementationCode, content: input.content },
        summary: `新增事项草稿「${input.content.name}」（${input.implementationCode}）`,
        clientAddress: meta.clientAddress,
        event: { topic: 'catalog.item.created', payload: { itemId: id, regionCode } },
      });
      return id;
    },
    meta.idempotency,
  );
  return getItem(ctx, actor, created);
}

/** Saves the item's draft: the first edit after publishing starts a new revision (调整). */
export async function saveDraft(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: { content: ItemContent; departmentId?: string; hotRank?: number | null },
  meta: WriteMeta,
) {
  assertCan(actor, 'catalog.manage');
  const found = await loadItemInScope(ctx, actor, id);
  const item = found.item;
  let departmentName = found.departmentName;
  if (input.departmentId && input.departmentId !== item.departmentId) {
    const department = await store.findDepartment(ctx.db, item.regionCode, input.departmentId);
    if (!department) throw new AppError('NOT_FOUND', '该区划下没有这个部门');
    departmentName = department.name;
  }
  await assertValidContent(ctx.db, input.content);
  await transact(
    ctx,
    async (tx) => {
      const revisions = await store.listRevisions(tx, item);
      if (isClosing(latestPublished(revisions))) {
        throw new AppError('ITEM_CLOSED', '该事项已取消或已下放，不能再调整');
      }
      const draft = draftOf(revisions);
      const columns = revisionColumns(input.content, item.implementationCode, departmentName);
      if (draft) {
        await tx
          .update(itemRevisions)
          .set({ ...columns, createdBy: actor.id, createdAt: ctx.clock.now() })
          .where(and(eq(itemRevisions.regionCode, item.regionCode), eq(itemRevisions.id, draft.id)));
      } else {
        await tx.insert(itemRevisions).values({
          regionCode: item.regionCode,
          id: uuidv7(),
          itemId: item.id,
          version: revisions[0]!.version + 1,
          state: 'draft',
          changeKind: 'amended',
          ...columns,
          createdBy: actor.id,
          createdAt: ctx.clock.now(),
        });
      }
      if (input.departmentId !== undefined || input.hotRank !== undefined) {
        await tx
          .update(items)
          .set({
            departmentId: input.departmentId ?? item.departmentId,
            hotRank: input.hotRank === undefined ? item.hotRank : input.hotRank,
          })
          .where(and(eq(items.regionCode, item.regionCode), eq(items.id, item.id)));
      }
      recordChange(tx, auditContextOf(ctx), {
        actor,
        action: 'catalog.draft.saved',
        targetType: 'item',
        targetId: item.id,
        regionCode: item.regionCode,
        before: draft?.content ?? null,
        after: input.content,
        summary: `保存事项「${input.content.name}」的草稿`,
        clientAddress: meta.clientAddress,
        event: { topic: 'catalog.draft.saved', payload: { itemId: item.id, regionCode: item.regionCode } },
      });
    },
    meta.idempotency,
  );
  invalidateCatalog(ctx);
  return getItem(ctx, actor, id);
}

export async function discardDraft(ctx: AppContext, actor: StaffActor, id: string, meta: WriteMeta) {
  assertCan(actor, 'catalog.manage');
  const { item } = await loadItemInScope(ctx, actor, id);
  await transact(ctx, async (tx) => {
    const revisions = await store.listRevisions(tx, item);
    const draft = draftOf(revisions);
    if (!draft) throw new AppError('ITEM_NO_DRAFT', '该事项没有待发布的草稿');
    if (!latestPublished(revisions)) {
      throw new AppError('ITEM_NO_DRAFT', '从未发布的事项不能放弃唯一的草稿；如不再需要，请勿发布');
    }
    await tx
      .delete(itemRevisions)
      .where(and(eq(itemRevisions.regionCode, item.regionCode), eq(itemRevisions.id, draft.id)));
    recordChange(tx, auditContextOf(ctx), {
      actor,
      action: 'catalog.draft.discarded',
      targetType: 'item',
      targetId: item.id,
      regionCode: item.regionCode,
      before: draft.content,
      summary: `放弃事项「${draft.name}」的草稿（第 ${draft.version} 版）`,
      clientAddress: meta.clientAddress,
      event: { topic: 'catalog.draft.discarded', payload: { itemId: item.id, regionCode: item.regionCode } },
    });
  });
  return getItem(ctx, actor, id);
}

/**
 * Publishes the draft with an effective date. The previous published revision stays in force until
 * that date and is superseded from it.
 */
export async function publishDraft(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: { effectiveOn: IsoDate; reason?: string | null },
  meta: WriteMeta,
) {
  assertCan(actor, 'catalog.manage');
  const { item } = await loadItemInScope(ctx, actor, id);
  const today = todayIn(ctx);
  await transact(
    ctx,
    async (tx) => {
      const revisions = await store.listRevisions(tx, item);
      const draft = draftOf(revisions);
      if (!draft) throw new AppError('ITEM_NO_DRAFT', '该事项没有待发布的草稿');
      const latest = latestPublished(revisions);
      if (isClosing(latest)) throw new AppError('ITEM_CLOSED', '该事项已取消或已下放，不能再发布');
      assertEffectiveDate(input.effectiveOn, today, latest);
      const reason = input.reason?.trim() || null;
      if (latest && !reason) throw new AppError('ITEM_REASON_REQUIRED', '调整已发布的事项须填写调整原因');
      await assertValidContent(tx, draft.content);
      await publish(tx, ctx, actor, item, latest, {
        revisionId: draft.id,
        effectiveOn: input.effectiveOn,
        reason,
      });
      recordChange(tx, auditContextOf(ctx), {
        actor,
        action: 'catalog.revision.published',
        targetType: 'item',
        targetId: item.id,
        regionCode: item.regionCode,
        before: latest?.content ?? null,
        after: draft.content,
        summary: `发布事项「${draft.name}」第 ${draft.version} 版，${input.effectiveOn} 起生效`,
        clientAddress: meta.clientAddress,
        event: {
          topic: 'catalog.revision.published',
          payload: {
            itemId: item.id,
            regionCode: item.regionCode,
            version: draft.version,
            effectiveOn: input.effectiveOn,
          },
        },
      });
    },
    meta.idempotency,
  );
  invalidateCatalog(ctx);
  return getItem(ctx, actor, id);
}

/** Marks a draft revision published and ends the previous one's period on the same day. */
export async function publish(
  tx: Tx,
  ctx: AppContext,
  actor: StaffActor,
  item: ItemRow,
  latest: RevisionRow | undefined,
  input: { revisionId: string; effectiveOn: IsoDate; reason: string | null },
) {
  if (latest) {
    await tx
      .update(itemRevisions)
      .set({ effectiveUntil: input.effectiveOn })
      .where(and(eq(itemRevisions.regionCode, item.regionCode), eq(itemRevisions.id, latest.id)));
  }
  await tx
    .update(itemRevisions)
    .set({
      state: 'published',
      effectiveOn: input.effectiveOn,
      reason: input.reason,
      publishedBy: actor.id,
      publishedAt: ctx.clock.now(),
    })
    .where(and(eq(itemRevisions.regionCode, item.regionCode), eq(itemRevisions.id, input.revisionId)));
}

export async function closingRevision(
  tx: Tx,
  ctx: AppContext,
  actor: StaffActor,
  item: ItemRow,
  input: { effectiveOn: IsoDate; reason: string },
  kind: 'abolished' | 'delegated',
  delegatedTo?: { regionCode: string; itemId: string },
) {
  const today = todayIn(ctx);
  const revisions = await store.listRevisions(tx, item);
  const latest = latestPublished(revisions);
  if (!latest) throw new AppError('ITEM_NOT_PUBLISHED', '事项尚未发布，无需取消或下放；草稿不发布即可');
  if (isClosing(latest)) throw new AppError('ITEM_CLOSED', '该事项已取消或已下放');
  if (draftOf(revisions)) throw new AppError('ITEM_HAS_DRAFT', '该事项有未发布的草稿，请先发布或放弃草稿');
  assertEffectiveDate(input.effectiveOn, today, latest);
  if (!input.reason.trim()) throw new AppError('ITEM_REASON_REQUIRED', '取消或下放事项须填写原因');
  const revisionId = uuidv7();
  await tx.insert(itemRevisions).values({
    regionCode: item.regionCode,
    id: revisionId,
    itemId: item.id,
    version: revisions[0]!.version + 1,
    state: 'draft',
    changeKind: kind,
    content: latest.content,
    name: latest.name,
    category: latest.category,
    subjects: latest.subjects,
    themes: latest.themes,
    searchText: latest.searchText,
    keywords: latest.keywords,
    handlingKind: latest.handlingKind,
    statutoryLimitDays: latest.statutoryLimitDays,
    promisedLimitDays: latest.promisedLimitDays,
    visitsRequired: latest.visitsRequired,
    onlineDepth: latest.onlineDepth,
    delegatedToRegionCode: delegatedTo?.regionCode ?? null,
    delegatedToItemId: delegatedTo?.itemId ?? null,
    createdBy: actor.id,
    createdAt: ctx.clock.now(),
  });
  await publish(tx, ctx, actor, item, latest, {
    revisionId,
    effectiveOn: input.effectiveOn,
    reason: input.reason.trim(),
  });
  return latest;
}

/** 取消: from the effective date the item takes no new applications; cases already accepted continue. */
export async function abolishItem(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: { effectiveOn: IsoDate; reason: string },
  meta: WriteMeta,
) {
  assertCan(actor, 'catalog.manage');
  const { item } = await loadItemInScope(ctx, actor, id);
  await transact(
    ctx,
    async (tx) => {
      const latest = await closingRevision(tx, ctx, actor, item, input, 'abolished');
      recordChange(tx, auditContextOf(ctx), {
        actor,
        action: 'catalog.item.abolished',
        targetType: 'item',
        targetId: item.id,
        regionCode: item.regionCode,
        before: latest.content,
        summary: `取消事项「${latest.name}」，${input.effectiveOn} 起生效：${input.reason.trim()}`,
        clientAddress: meta.clientAddress,
        event: {
          topic: 'catalog.item.abolished',
          payload: { itemId: item.id, regionCode: item.regionCode, effectiveOn: input.effectiveOn },
        },
      });
    },
    meta.idempotency,
  );
  invalidateCatalog(ctx);
  return getItem(ctx, actor, id);
}

export const LEVEL_OF_REGION = { province: 2, city: 3, county: 4, township: 5, village: 6 } as const;

/** The delegation itself, inside the caller's transaction: the closing revision and the receiving item. */
export async function delegateInTransaction(
  tx: Tx,
  ctx: AppContext,
  actor: StaffActor,
  item: ItemRow,
  target: typeof regions.$inferSelect,
  department: { id: string; name: string },
  input: { effectiveOn: IsoDate; reason: string; implementationCode: string },
) {
  const newId = uuidv7();
  const latest = await closingRevision(tx, ctx, actor, item, input, 'delegated', {
    regionCode: target.code,
    itemId: newId,
  });
  await insertItem(tx, ctx, actor, {
    id: newId,
    regionCode: target.code,
    implementationCode: input.implementationCode,
    department,
    hotRank: null,
    content: { ...latest.content, exerciseLevel: LEVEL_OF_REGION[target.level] },
    delegatedFrom: item,
    published: { effectiveOn: input.effectiveOn, reason: `承接下放：${input.reason.trim()}` },
  });
  return { latest, newId };
}

/**
 * 下放: the item is implemented by a region below from the effective date. The source item's last
 * revision records where it went; the receiving region gets its own item, published from the same day,
 * with the same content at its exercise level.
 */
export async function delegateItem(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: {
    effectiveOn: IsoDate;
    reason: string;
    toRegionCode: string;
    toDepartmentId: string;
    implementationCode: string;
  },
  meta: WriteMeta,
) {
  assertCan(actor, 'catalog.manage');
  const { item } = await loadItemInScope(ctx, actor, id);
  const [target] = await ctx.db.select().from(regions).where(eq(regions.code, input.toRegionCode));
  if (!target || target.code === item.regionCode || !isWithinRegion(target.code, item.regionCode)) {
    throw new AppError('ITEM_DELEGATION_INVALID', '只能下放给本区划的下级区划');
  }
  const department = await store.findDepartment(ctx.db, target.code, input.toDepartmentId);
  if (!department) throw new AppError('NOT_FOUND', '承接区划下没有这个部门');
  assertCode(input.implementationCode);
  await transact(
    ctx,
    async (tx) => {
      await assertCodeFree(tx, input.implementationCode);
      const { latest, newId } = await delegateInTransaction(tx, ctx, actor, item, target, department, input);
      recordChange(tx, auditContextOf(ctx), {
        actor,
        action: 'catalog.item.delegated',
        targetType: 'item',
        targetId: item.id,
        regionCode: item.regionCode,
        before: latest.content,
        after: { toRegionCode: target.code, toItemId: newId, implementationCode: input.implementationCode },
        summary: `事项「${latest.name}」下放至${target.name}，${input.effectiveOn} 起生效：${input.reason.trim()}`,
        clientAddress: meta.clientAddress,
        event: {
          topic: 'catalog.item.delegated',
          payload: {
            itemId: item.id,
            regionCode: item.regionCode,
            toRegionCode: target.code,
            toItemId: newId,
          },
        },
      });
    },
    meta.idempotency,
  );
  invalidateCatalog(ctx);
  return getItem(ctx, actor, id);
}

/** Creates or renames a theme (主题). */
export async function saveTheme(
  ctx: AppContext,
  actor: StaffActor,
  theme: {
    code: string;
    name: string;
    audience: 'natural_person' | 'legal_person';
    description: string;
    sortOrder: number;
  },
  meta: WriteMeta,
) {
  assertCan(actor, 'catalog.manage');
  // Themes are shared by the whole county: its admins (or those above) change them, not a township's.
  assertOwnsRegionData(
    actor,
    regionAtLevel(actor.regionCode, 'county'),
    '主题为全县共用，只能由县级及以上管理员维护',
  );
  await transact(ctx, async (tx) => {
    const [before] = await tx.select().from(themes).where(eq(themes.code, theme.code));
    await tx.insert(themes).values(theme).onConflictDoUpdate({ target: themes.code, set: theme });
    recordChange(tx, auditContextOf(ctx), {
      actor,
      action: 'catalog.theme.saved',
      targetType: 'theme',
      targetId: theme.code,
      regionCode: actor.regionCode,
      before: before ?? null,
      after: theme,
      summary: `${before ? '修改' : '新增'}主题「${theme.name}」`,
      clientAddress: meta.clientAddress,
      event: { topic: 'catalog.theme.saved', payload: { code: theme.code } },
    });
  });
  return theme;
}

/** The items a window accepts; replaces the whole set. Items must be open in the window's region or above. */
export async function setWindowItems(
  ctx: AppContext,
  actor: StaffActor,
  windowId: string,
  itemIds: string[],
  meta: WriteMeta,
) {
  assertCan(actor, 'org.manage');
  const [window] = await ctx.db
    .select()
    .from(windows)
    .where(and(eq(windows.id, windowId), withinRegionOf(windows.regionCode, actor)));
  if (!window) throw new AppError('NOT_FOUND', '未找到该窗口');
  const wanted = [...new Set(itemIds)];
  const found = wanted.length
    ? await ctx.db
        .select({ regionCode: items.regionCode, id: items.id })
        .from(items)
        .where(inArray(items.id, wanted))
    : [];
  const usable = found.filter(
    (item) =>
      isWithinRegion(window.regionCode, item.regionCode) ||
      isWithinRegion(item.regionCode, window.regionCode),
  );
  if (usable.length !== wanted.length) {
    throw new AppError('NOT_FOUND', '部分事项不存在或不属于该窗口所在区划');
  }
  await transact(
    ctx,
    async (tx) => {
      const before = await tx
        .select({ itemId: windowItems.itemId })
        .from(windowItems)
        .where(and(eq(windowItems.regionCode, window.regionCode), eq(windowItems.windowId, window.id)));
      await tx
        .delete(windowItems)
        .where(and(eq(windowItems.regionCode, window.regionCode), eq(windowItems.windowId, window.id)));
      if (usable.length) {
        await tx.insert(windowItems).values(
          usable.map((item) => ({
            regionCode: window.regionCode,
            windowId: window.id,
            itemRegionCode: item.regionCode,
            itemId: item.id,
          })),
        );
      }
      recordChange(tx, auditContextOf(ctx), {
        actor,
        action: 'org.window.items_set',
        targetType: 'window',
        targetId: window.id,
        regionCode: window.regionCode,
        before: before.map((row) => row.itemId).sort(),
        after: wanted.sort(),
        summary: `设置 ${window.number} 号窗口可受理的事项（${wanted.length} 项）`,
        clientAddress: meta.clientAddress,
        event: {
          topic: 'org.window.updated',
          payload: { windowId: window.id, regionCode: window.regionCode },
        },
      });
    },
    meta.idempotency,
  );
  invalidateCatalog(ctx);
  return listWindowItems(ctx, actor, windowId);
}

export async function listWindowItems(ctx: AppContext, actor: StaffActor, windowId: string) {
  assertCan(actor, 'catalog.read');
  const [window] = await ctx.db
    .select()
    .from(windows)
    .where(and(eq(windows.id, windowId), withinRegionOf(windows.regionCode, actor)));
  if (!window) throw new AppError('NOT_FOUND', '未找到该窗口');
  const today = todayIn(ctx);
  const rows = await ctx.db
    .select({ id: items.id, implementationCode: items.implementationCode, name: itemRevisions.name })
    .from(windowItems)
    .innerJoin(items, and(eq(items.regionCode, windowItems.itemRegionCode), eq(items.id, windowItems.itemId)))
    .innerJoin(
      itemRevisions,
      and(
        eq(itemRevisions.regionCode, items.regionCode),
        eq(itemRevisions.itemId, items.id),
        store.inForceOn(today),
      ),
    )
    .where(and(eq(windowItems.regionCode, window.regionCode), eq(windowItems.windowId, window.id)))
    .orderBy(asc(items.implementationCode));
  return { windowId, items: rows };
}
