import { and, asc, eq, ilike, ne, sql, type SQL } from 'drizzle-orm';
import type { IsoDate } from '../../../domain/calendar/index.ts';
import type { Category, Fee, ItemContent, LegalBasis } from '../../../domain/catalog/index.ts';
import {
  centers,
  departments,
  halls,
  itemRevisions,
  items,
  regions,
  themes,
  windowItems,
  windows,
  zones,
} from '../../db/schema.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { regionPrefix } from '../../platform/policy.ts';
import { todayIn } from '../calendar/service.ts';
import { escapeLike, revisionStatus } from './service.ts';
import { inForceOn, openOn, type RevisionRow } from './store.ts';

/*
 * What citizens read: items open today (in force, neither abolished nor delegated), their service
 * guides, themes and the public lists. Nothing here needs a session.
 */

const content = itemRevisions.content;
const summaryColumns = {
  id: items.id,
  regionCode: items.regionCode,
  regionName: regions.name,
  implementationCode: items.implementationCode,
  name: itemRevisions.name,
  category: itemRevisions.category,
  departmentId: items.departmentId,
  departmentName: departments.name,
  subjects: itemRevisions.subjects,
  themes: itemRevisions.themes,
  hotRank: items.hotRank,
  handlingKind: sql<ItemContent['handlingKind']>`${content}->>'handlingKind'`,
  promisedLimitDays: sql<number | null>`(${content}->>'promisedLimitDays')::int`,
  statutoryLimitDays: sql<number>`(${content}->>'statutoryLimitDays')::int`,
  visitsRequired: sql<number>`(${content}->>'visitsRequired')::int`,
  onlineDepth: sql<number[]>`${content}->'onlineDepth'`,
};

function openItems(today: IsoDate) {
  return {
    from: items,
    revision: and(
      eq(itemRevisions.regionCode, items.regionCode),
      eq(itemRevisions.itemId, items.id),
      openOn(today),
    ),
    department: and(eq(departments.regionCode, items.regionCode), eq(departments.id, items.departmentId)),
  };
}

export interface ItemSearch {
  q?: string;
  regionCode?: string;
  departmentId?: string;
  category?: Category;
  theme?: string;
  subject?: string;
  page?: number;
  pageSize?: number;
}

/**
 * Search as the user types: every word must appear in the name, keywords, codes, department or
 * result. Names that start with the query come first, then names containing it, then hot items.
 */
export async function searchItems(ctx: AppContext, query: ItemSearch) {
  const today = todayIn(ctx);
  const joins = openItems(today);
  const q = (query.q ?? '').trim().toLowerCase();
  const terms = q.split(/\s+/).filter(Boolean);
  const where = and(
    query.regionCode ? sql`${items.regionCode} like ${`${regionPrefix(query.regionCode)}%`}` : undefined,
    query.departmentId ? eq(items.departmentId, query.departmentId) : undefined,
    query.category ? eq(itemRevisions.category, query.category) : undefined,
    query.theme ? sql`${query.theme} = any(${itemRevisions.themes})` : undefined,
    query.subject ? sql`${query.subject} = any(${itemRevisions.subjects})` : undefined,
    ...terms.map((term) => ilike(itemRevisions.searchText, `%${escapeLike(term)}%`)),
  );
  const pageSize = query.pageSize ?? 20;
  const page = query.page ?? 1;
  // Names that start with the query, then names containing it or items with it as a keyword.
  const order: SQL[] = q
    ? [
        sql`case when lower(${itemRevisions.name}) like ${`${escapeLike(q)}%`} then 0
          when lower(${itemRevisions.name}) like ${`%${escapeLike(q)}%`} or jsonb_exists(${content}->'keywords', ${q}) then 1
          else 2 end`,
      ]
    : [];
  const rows = await ctx.db
    .select({ ...summaryColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(joins.from)
    .innerJoin(itemRevisions, joins.revision)
    .innerJoin(departments, joins.department)
    .innerJoin(regions, eq(regions.code, items.regionCode))
    .where(where)
    .orderBy(
      ...order,
      sql`${items.hotRank} asc nulls last`,
      asc(itemRevisions.name),
      asc(items.implementationCode),
    )
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { total: rows[0]?.total ?? 0, items: rows.map(({ total: _total, ...row }) => row) };
}

/** 热门事项: featured items in their order. */
export async function hotItems(ctx: AppContext, limit: number) {
  const today = todayIn(ctx);
  const joins = openItems(today);
  return ctx.db
    .select(summaryColumns)
    .from(joins.from)
    .innerJoin(itemRevisions, joins.revision)
    .innerJoin(departments, joins.department)
    .innerJoin(regions, eq(regions.code, items.regionCode))
    .where(sql`${items.hotRank} is not null`)
    .orderBy(asc(items.hotRank), asc(items.implementationCode))
    .limit(limit);
}

/** Themes with how many open items each has. */
export async function themesWithCounts(ctx: AppContext) {
  const today = todayIn(ctx);
  return ctx.db
    .select({
      code: themes.code,
      name: themes.name,
      audience: themes.audience,
      description: themes.description,
      sortOrder: themes.sortOrder,
      itemCount: sql<number>`count(${itemRevisions.id})`.mapWith(Number),
    })
    .from(themes)
    .leftJoin(itemRevisions, and(sql`${themes.code} = any(${itemRevisions.themes})`, openOn(today)))
    .groupBy(themes.code)
    .orderBy(asc(themes.sortOrder), asc(themes.code));
}

/** 办事指南: the in-force revision of an item, its department and the windows that accept it. */
export async function serviceGuide(ctx: AppContext, itemId: string) {
  const today = todayIn(ctx);
  const [row] = await ctx.db
    .select({
      item: items,
      revision: itemRevisions,
      regionName: regions.name,
      departmentName: departments.name,
      departmentPhone: departments.phone,
    })
    .from(items)
    .innerJoin(
      itemRevisions,
      and(
        eq(itemRevisions.regionCode, items.regionCode),
        eq(itemRevisions.itemId, items.id),
        inForceOn(today),
      ),
    )
    .innerJoin(
      departments,
      and(eq(departments.regionCode, items.regionCode), eq(departments.id, items.departmentId)),
    )
    .innerJoin(regions, eq(regions.code, items.regionCode))
    .where(eq(items.id, itemId));
  if (!row) throw new AppError('NOT_FOUND', '未找到该事项，或该事项尚未生效');
  const revision = row.revision as RevisionRow;
  if (revision.changeKind === 'abolished') {
    throw new AppError(
      'ITEM_NOT_IN_FORCE',
      `该事项已于 ${revision.effectiveOn} 取消：${revision.reason ?? ''}`,
      {
        status: 'abolished',
      },
    );
  }
  if (revision.changeKind === 'delegated') {
    throw new AppError('ITEM_NOT_IN_FORCE', `该事项已于 ${revision.effectiveOn} 下放，请到承接地办理`, {
      status: 'delegated',
      delegatedToItemId: revision.delegatedToItemId,
    });
  }
  const [next] = await ctx.db
    .select({
      version: itemRevisions.version,
      changeKind: itemRevisions.changeKind,
      effectiveOn: itemRevisions.effectiveOn,
      state: itemRevisions.state,
      effectiveUntil: itemRevisions.effectiveUntil,
    })
    .from(itemRevisions)
    .where(
      and(
        eq(itemRevisions.regionCode, row.item.regionCode),
        eq(itemRevisions.itemId, row.item.id),
        eq(itemRevisions.state, 'published'),
        sql`${itemRevisions.effectiveOn} > ${today}`,
      ),
    )
    .orderBy(asc(itemRevisions.effectiveOn))
    .limit(1);
  const acceptingWindows = await ctx.db
    .select({
      centerId: centers.id,
      centerName: centers.name,
      address: centers.address,
      openingHours: centers.openingHours,
      hallName: halls.name,
      floor: zones.floor,
      zoneName: zones.name,
      number: windows.number,
      windowName: windows.name,
    })
    .from(windowItems)
    .innerJoin(
      windows,
      and(eq(windows.regionCode, windowItems.regionCode), eq(windows.id, windowItems.windowId)),
    )
    .innerJoin(centers, and(eq(centers.regionCode, windows.regionCode), eq(centers.id, windows.centerId)))
    .leftJoin(zones, and(eq(zones.regionCode, windows.regionCode), eq(zones.id, windows.zoneId)))
    .leftJoin(halls, and(eq(halls.regionCode, zones.regionCode), eq(halls.id, zones.hallId)))
    .where(
      and(
        eq(windowItems.itemRegionCode, row.item.regionCode),
        eq(windowItems.itemId, row.item.id),
        eq(windows.isOpen, true),
      ),
    )
    .orderBy(asc(centers.regionCode), asc(windows.number));
  return {
    id: row.item.id,
    regionCode: row.item.regionCode,
    regionName: row.regionName,
    implementationCode: row.item.implementationCode,
    departmentName: row.departmentName,
    departmentPhone: row.departmentPhone,
    version: revision.version,
    effectiveOn: revision.effectiveOn!,
    content: revision.content,
    upcoming: next
      ? { changeKind: next.changeKind, effectiveOn: next.effectiveOn!, status: revisionStatus(next, today) }
      : null,
    windows: acceptingWindows,
  };
}

/** 权力清单: every administrative power open today, by category and department. */
export async function powerList(ctx: AppContext, query: { regionCode?: string; category?: Category }) {
  const today = todayIn(ctx);
  const joins = openItems(today);
  const rows = await ctx.db
    .select({
      id: items.id,
      regionCode: items.regionCode,
      implementationCode: items.implementationCode,
      basicCode: sql<string>`${content}->>'basicCode'`,
      name: itemRevisions.name,
      category: itemRevisions.category,
      departmentName: departments.name,
      exerciseLevel: sql<number>`(${content}->>'exerciseLevel')::int`,
      legalBasis: sql<LegalBasis[]>`${content}->'legalBasis'`,
    })
    .from(joins.from)
    .innerJoin(itemRevisions, joins.revision)
    .innerJoin(departments, joins.department)
    .where(
      and(
        ne(itemRevisions.category, 'public_service'),
        query.regionCode ? sql`${items.regionCode} like ${`${regionPrefix(query.regionCode)}%`}` : undefined,
        query.category ? eq(itemRevisions.category, query.category) : undefined,
      ),
    )
    .orderBy(asc(itemRevisions.category), asc(departments.sortOrder), asc(items.implementationCode));
  return rows;
}

/** 责任清单: for each power, the department's duties, the basis and where to complain. */
export async function responsibilityList(ctx: AppContext, query: { regionCode?: string }) {
  const today = todayIn(ctx);
  const joins = openItems(today);
  return ctx.db
    .select({
      id: items.id,
      implementationCode: items.implementationCode,
      name: itemRevisions.name,
      category: itemRevisions.category,
      departmentName: departments.name,
      responsibilities: sql<string[]>`${content}->'responsibilities'`,
      legalBasis: sql<LegalBasis[]>`${content}->'legalBasis'`,
      complaintPhone: sql<string>`${content}->>'complaintPhone'`,
    })
    .from(joins.from)
    .innerJoin(itemRevisions, joins.revision)
    .innerJoin(departments, joins.department)
    .where(
      and(
        ne(itemRevisions.category, 'public_service'),
        query.regionCode ? sql`${items.regionCode} like ${`${regionPrefix(query.regionCode)}%`}` : undefined,
      ),
    )
    .orderBy(asc(departments.sortOrder), asc(items.implementationCode));
}

/** 收费目录清单: every fee of every open item, with its basis. Items outside it charge nothing. */
export async function feeCatalog(ctx: AppContext, query: { regionCode?: string }) {
  const today = todayIn(ctx);
  const joins = openItems(today);
  return ctx.db
    .select({
      id: items.id,
      implementationCode: items.implementationCode,
      name: itemRevisions.name,
      departmentName: departments.name,
      fees: sql<Fee[]>`${content}->'fees'`,
    })
    .from(joins.from)
    .innerJoin(itemRevisions, joins.revision)
    .innerJoin(departments, joins.department)
    .where(
      and(
        sql`jsonb_array_length(${content}->'fees') > 0`,
        query.regionCode ? sql`${items.regionCode} like ${`${regionPrefix(query.regionCode)}%`}` : undefined,
      ),
    )
    .orderBy(asc(departments.sortOrder), asc(items.implementationCode));
}
