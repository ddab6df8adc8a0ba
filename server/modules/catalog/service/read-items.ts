import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { IsoDate } from '../../../../domain/calendar/index.ts';
import {
  diffItemContent,
  earliestEffectiveDate,
  itemStatus,
  revisionStatus,
  type Category,
  type ItemStatus,
} from '../../../../domain/catalog/index.ts';
import type { Executor } from '../../../db/connection.ts';
import { itemRevisions, items } from '../schema.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { assertCan as assertPermission, withinRegionOf, type StaffActor } from '../../../platform/policy.ts';
import { todayIn } from '../../calendar/index.ts';
import { listDepartments } from '../../org/index.ts';
import { staffNames } from '../../users/index.ts';
import { assertCan, presentActions } from '../policy.ts';
import type { ItemDetail } from '../schemas.ts';
import * as store from '../store.ts';
import type { RevisionRow } from '../store.ts';
import { draftOf, latestPublished } from './revisions.ts';

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

/** The item within the caller's regions, or 404: callers outside them cannot learn it exists. */
export async function findItemInScope(db: Executor, actor: StaffActor, id: string) {
  const found = await store.findItem(db, id, withinRegionOf(items.regionCode, actor));
  if (!found) throw new AppError('NOT_FOUND', '未找到该事项');
  return found;
}

/** An item as the catalog admin sees it: status, the in-force and draft content, history and allowed actions. */
export async function getItem(ctx: AppContext, actor: StaffActor, id: string) {
  return presentItem(ctx, ctx.db, actor, id);
}

/**
 * The item as the caller sees it, read through `db` — inside a write's transaction, so the response
 * a retry with the same Idempotency-Key gets back is what this write did.
 */
export async function presentItem(
  ctx: AppContext,
  db: Executor,
  actor: StaffActor,
  id: string,
): Promise<ItemDetail> {
  const found = await findItemInScope(db, actor, id);
  const revisions = await store.listRevisions(db, found.item);
  const record = { regionCode: found.item.regionCode, revisions };
  assertCan(actor, 'read', record);
  const today = todayIn(ctx);
  const names = await staffNames(
    db,
    revisions.map((revision) => revision.publishedBy),
  );
  const current = revisions.find((revision) => {
    const s = revisionStatus(revision, today);
    return s === 'in_force' || s === 'abolished' || s === 'delegated';
  });
  const draft = draftOf(revisions);
  const latest = latestPublished(revisions);
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
    status: itemStatus(revisions, today),
    name: (draft ?? latest ?? revisions[0]!).name,
    current: current ? { ...presentRevision(current, today, names), content: current.content } : null,
    draft: draft ? { ...presentRevision(draft, today, names), content: draft.content } : null,
    revisions: revisions.map((revision) => presentRevision(revision, today, names)),
    version: found.item.version,
    ...presentActions(actor, record),
    earliestEffectiveOn: earliestEffectiveDate(revisions, today),
  };
}

/** A revision's content and what changed from the revision before it. */
export async function getRevision(ctx: AppContext, actor: StaffActor, itemId: string, revisionId: string) {
  assertPermission(actor, 'catalog.read');
  const found = await findItemInScope(ctx.db, actor, itemId);
  const revisions = await store.listRevisions(ctx.db, found.item);
  const index = revisions.findIndex((revision) => revision.id === revisionId);
  if (index < 0) throw new AppError('NOT_FOUND', '未找到该版本');
  const revision = revisions[index]!;
  const previous = revisions.slice(index + 1).find((r) => r.state === 'published');
  const names = await staffNames(ctx.db, [revision.publishedBy]);
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
  assertPermission(actor, 'catalog.read');
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
  const [rows, departmentRows] = await Promise.all([
    ctx.db
      .select({
        id: items.id,
        regionCode: items.regionCode,
        implementationCode: items.implementationCode,
        departmentId: items.departmentId,
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
      .where(
        and(
          withinRegionOf(items.regionCode, actor),
          query.departmentId ? eq(items.departmentId, query.departmentId) : undefined,
          query.category ? eq(itemRevisions.category, query.category) : undefined,
          // search_text is stored lower-cased and terms are lowered: LIKE, several times faster than ILIKE on CJK.
          ...terms.map((term) => like(itemRevisions.searchText, `%${escapeLike(term)}%`)),
        ),
      )
      .orderBy(asc(items.implementationCode)),
    listDepartments(ctx.db),
  ]);
  const shortNames = new Map(departmentRows.map((department) => [department.id, department.shortName]));
  const withStatus = rows
    .filter((row) => !query.status || row.status === query.status)
    .map((row) => ({ ...row, departmentName: shortNames.get(row.departmentId) ?? '' }));
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
