import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { IsoDate } from '../../../../domain/calendar/index.ts';
import type { Category, Fee, LegalBasis } from '../../../../domain/catalog/index.ts';
import { itemRevisions, items, themes } from '../schema.ts';
import { listDepartments, listOpenWindowsAccepting, listRegions } from '../../org/index.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { regionPrefix, withinRegionOf } from '../../../platform/policy.ts';
import { todayIn } from '../../calendar/index.ts';
import { revisionStatus } from '../../../../domain/catalog/index.ts';
import { inForceOn, listItemForms, openOn, type RevisionRow } from '../store.ts';

/*
 * What citizens read: items open today (in force, neither abolished nor delegated), their service
 * guides, themes and the public lists. Nothing here needs a session.
 */

const content = itemRevisions.content;
const summaryColumns = {
  id: items.id,
  regionCode: items.regionCode,
  implementationCode: items.implementationCode,
  name: itemRevisions.name,
  category: itemRevisions.category,
  departmentId: items.departmentId,
  subjects: itemRevisions.subjects,
  themes: itemRevisions.themes,
  hotRank: items.hotRank,
  handlingKind: itemRevisions.handlingKind,
  promisedLimitDays: itemRevisions.promisedLimitDays,
  statutoryLimitDays: itemRevisions.statutoryLimitDays,
  visitsRequired: itemRevisions.visitsRequired,
  onlineDepth: itemRevisions.onlineDepth,
};

function openItems(today: IsoDate) {
  return {
    from: items,
    revision: and(
      eq(itemRevisions.regionCode, items.regionCode),
      eq(itemRevisions.itemId, items.id),
      openOn(today),
    ),
  };
}

/**
 * The organisation's names of departments and regions, by key: a county has a few dozen departments,
 * so lists name them in memory rather than joining the organisation's tables.
 */
async function orgNames(ctx: AppContext) {
  const [departmentRows, regionRows] = await Promise.all([listDepartments(ctx.db), listRegions(ctx.db)]);
  const departments = new Map(departmentRows.map((row) => [`${row.regionCode}:${row.id}`, row]));
  const regions = new Map(regionRows.map((row) => [row.code, row.name]));
  return {
    department: (item: { regionCode: string; departmentId: string }) =>
      departments.get(`${item.regionCode}:${item.departmentId}`),
    regionName: (code: string) => regions.get(code) ?? '',
  };
}

/** Items of a region's subtree, or of every region when none is asked for. */
const inRegion = (regionCode: string | undefined) =>
  regionCode ? withinRegionOf(items.regionCode, { regionCode }) : undefined;

/** A public list's rows with their department's name, by the department's place in the hall, then code. */
function namedByDepartment<
  Row extends { regionCode: string; departmentId: string; implementationCode: string },
>(rows: Row[], names: Awaited<ReturnType<typeof orgNames>>, first: (a: Row, b: Row) => number = () => 0) {
  const byDepartment = byDepartmentThenCode(names);
  return rows
    .sort((a, b) => first(a, b) || byDepartment(a, b))
    .map((row) => ({ ...row, departmentName: names.department(row)?.name ?? '' }));
}

/** In the order the public lists use: by the department's place in the hall, then by code. */
function byDepartmentThenCode(names: Awaited<ReturnType<typeof orgNames>>) {
  return (
    a: { regionCode: string; departmentId: string; implementationCode: string },
    b: { regionCode: string; departmentId: string; implementationCode: string },
  ) =>
    (names.department(a)?.sortOrder ?? 0) - (names.department(b)?.sortOrder ?? 0) ||
    (a.implementationCode < b.implementationCode ? -1 : a.implementationCode > b.implementationCode ? 1 : 0);
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

/*
 * Search, hot items and theme counts are served from a snapshot of the open catalog held in memory:
 * a few thousand short rows, so search as you type costs microseconds instead of a table scan per
 * keystroke. The snapshot belongs to one local day and is dropped on every catalog or organisation
 * change, through the module's event subscriptions (a write waits for this instance's delivery).
 */

type ItemSummary = Awaited<ReturnType<typeof loadOpenItems>>[number];
interface Snapshot {
  day: IsoDate;
  items: (ItemSummary & { searchText: string; keywords: string[]; lowerName: string })[];
  /** Every one- and two-character piece of each item's search text → the items containing it, ascending. */
  pieces: Map<string, number[]>;
  guides: Map<string, Promise<ServiceGuide>>;
}

function indexPieces(texts: string[]): Map<string, number[]> {
  const pieces = new Map<string, number[]>();
  texts.forEach((text, index) => {
    const seen = new Set<string>();
    for (let i = 0; i < text.length; i++) {
      seen.add(text[i]!);
      if (i + 1 < text.length) seen.add(text.slice(i, i + 2));
    }
    for (const piece of seen) {
      const list = pieces.get(piece);
      if (list) list.push(index);
      else pieces.set(piece, [index]);
    }
  });
  return pieces;
}

/** The items whose search text contains every term: the rarest piece of each term narrows, includes() confirms. */
function candidatesFor(snapshot: Snapshot, terms: string[]): Snapshot['items'] {
  if (terms.length === 0) return snapshot.items;
  let narrowest: number[] | undefined;
  for (const term of terms) {
    const candidates =
      term.length === 1 ? [term] : Array.from({ length: term.length - 1 }, (_, k) => term.slice(k, k + 2));
    for (const piece of candidates) {
      const list = snapshot.pieces.get(piece) ?? [];
      if (!narrowest || list.length < narrowest.length) narrowest = list;
    }
  }
  return narrowest!
    .map((index) => snapshot.items[index]!)
    .filter((item) => terms.every((term) => item.searchText.includes(term)));
}
const snapshots = new WeakMap<AppContext, { generation: number; snapshot?: Promise<Snapshot> }>();

/** Drops the cached catalog; the next read loads it again. */
export function invalidateCatalog(ctx: AppContext): void {
  const entry = snapshots.get(ctx);
  snapshots.set(ctx, { generation: (entry?.generation ?? 0) + 1 });
}

/** Guides show the centers, halls, zones and windows; nothing else in the snapshot does. */
export function dropCachedGuides(ctx: AppContext): void {
  void snapshots.get(ctx)?.snapshot?.then((snapshot) => snapshot.guides.clear());
}

async function loadOpenItems(ctx: AppContext, today: IsoDate) {
  const joins = openItems(today);
  const [rows, names] = await Promise.all([
    ctx.db
      .select({ ...summaryColumns, searchText: itemRevisions.searchText, keywords: itemRevisions.keywords })
      .from(joins.from)
      .innerJoin(itemRevisions, joins.revision)
      .orderBy(sql`${items.hotRank} asc nulls last`, asc(itemRevisions.name), asc(items.implementationCode)),
    orgNames(ctx),
  ]);
  return rows.map((row) => ({
    ...row,
    regionName: names.regionName(row.regionCode),
    departmentName: names.department(row)?.name ?? '',
  }));
}

async function snapshotOf(ctx: AppContext): Promise<Snapshot> {
  const day = todayIn(ctx);
  const entry = snapshots.get(ctx) ?? { generation: 0 };
  if (entry.snapshot) {
    const snapshot = await entry.snapshot;
    if (snapshot.day === day) return snapshot;
  }
  const loading = loadOpenItems(ctx, day).then((rows) => ({
    day,
    items: rows.map((row) => ({ ...row, lowerName: row.name.toLowerCase() })),
    pieces: indexPieces(rows.map((row) => row.searchText)),
    guides: new Map(),
  }));
  // Keep it only if nothing changed while it loaded.
  const current = snapshots.get(ctx) ?? { generation: 0 };
  if (current.generation === entry.generation) snapshots.set(ctx, { ...current, snapshot: loading });
  loading.catch(() => invalidateCatalog(ctx));
  return loading;
}

const publicSummary = ({
  searchText: _s,
  keywords: _k,
  lowerName: _l,
  ...summary
}: Snapshot['items'][number]) => summary;

/**
 * Search as the user types: every word must appear in the name, keywords, codes, department or
 * result. Names that start with the query come first, then names containing it or having it as a
 * keyword, then the rest; hot items first within each.
 */
export async function searchItems(ctx: AppContext, query: ItemSearch) {
  const snapshot = await snapshotOf(ctx);
  const q = (query.q ?? '').trim().toLowerCase();
  const terms = q.split(/\s+/).filter(Boolean);
  const prefix = query.regionCode ? regionPrefix(query.regionCode) : null;
  const matches = candidatesFor(snapshot, terms).filter(
    (item) =>
      (!prefix || item.regionCode.startsWith(prefix)) &&
      (!query.departmentId || item.departmentId === query.departmentId) &&
      (!query.category || item.category === query.category) &&
      (!query.theme || item.themes.includes(query.theme)) &&
      (!query.subject || (item.subjects as string[]).includes(query.subject)),
  );
  const rank = (item: Snapshot['items'][number]) =>
    item.lowerName.startsWith(q) ? 0 : item.lowerName.includes(q) || item.keywords.includes(q) ? 1 : 2;
  // The snapshot is already in hot-rank and name order; a stable sort by rank keeps it within ranks.
  const ordered = q
    ? [0, 1, 2].flatMap((wanted) => matches.filter((item) => rank(item) === wanted))
    : matches;
  const pageSize = query.pageSize ?? 20;
  const page = query.page ?? 1;
  return {
    total: ordered.length,
    items: ordered.slice((page - 1) * pageSize, page * pageSize).map(publicSummary),
  };
}

/** 热门事项: featured items in their order. */
export async function hotItems(ctx: AppContext, limit: number) {
  const snapshot = await snapshotOf(ctx);
  return snapshot.items
    .filter((item) => item.hotRank !== null)
    .slice(0, limit)
    .map(publicSummary);
}

/** Themes with how many open items each has. */
export async function themesWithCounts(ctx: AppContext) {
  const [snapshot, rows] = await Promise.all([
    snapshotOf(ctx),
    ctx.db.select().from(themes).orderBy(asc(themes.sortOrder), asc(themes.code)),
  ]);
  const counts = new Map<string, number>();
  for (const item of snapshot.items)
    for (const code of item.themes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return rows.map((theme) => ({ ...theme, itemCount: counts.get(theme.code) ?? 0 }));
}

export type ServiceGuide = Awaited<ReturnType<typeof loadServiceGuide>>;

/** 办事指南, kept with the snapshot once read (a guide changes only with the catalog or the hall). */
export async function serviceGuide(ctx: AppContext, itemId: string): Promise<ServiceGuide> {
  const snapshot = await snapshotOf(ctx);
  const cached = snapshot.guides.get(itemId);
  if (cached) return cached;
  const loading = loadServiceGuide(ctx, itemId);
  snapshot.guides.set(itemId, loading);
  loading.catch(() => snapshot.guides.delete(itemId));
  return loading;
}

/** The in-force revision of an item, its department and the windows that accept it. */
async function loadServiceGuide(ctx: AppContext, itemId: string) {
  const today = todayIn(ctx);
  const [row] = await ctx.db
    .select({
      item: items,
      revision: itemRevisions,
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
  const [acceptingWindows, names] = await Promise.all([
    listOpenWindowsAccepting(ctx.db, row.item),
    orgNames(ctx),
  ]);
  const department = names.department(row.item);
  // 表格下载: the forms of the materials this revision names.
  const materialNames = new Set(revision.content.materials.map((material) => material.name));
  const forms = (await listItemForms(ctx.db, row.item))
    .filter((form) => materialNames.has(form.materialName))
    .map((form) => ({
      id: form.id,
      materialName: form.materialName,
      kind: form.kind,
      fileName: form.fileName,
      contentType: form.contentType,
      size: form.size,
    }));
  return {
    id: row.item.id,
    regionCode: row.item.regionCode,
    regionName: names.regionName(row.item.regionCode),
    implementationCode: row.item.implementationCode,
    departmentName: department?.name ?? '',
    departmentPhone: department?.phone ?? null,
    version: revision.version,
    effectiveOn: revision.effectiveOn!,
    content: revision.content,
    upcoming: next
      ? { changeKind: next.changeKind, effectiveOn: next.effectiveOn!, status: revisionStatus(next, today) }
      : null,
    windows: acceptingWindows,
    forms,
  };
}

/** 权力清单: every administrative power open today, by category and department. */
export async function powerList(ctx: AppContext, query: { regionCode?: string; category?: Category }) {
  const joins = openItems(todayIn(ctx));
  const [rows, names] = await Promise.all([
    ctx.db
      .select({
        id: items.id,
        regionCode: items.regionCode,
        implementationCode: items.implementationCode,
        departmentId: items.departmentId,
        basicCode: sql<string>`${content}->>'basicCode'`,
        name: itemRevisions.name,
        category: itemRevisions.category,
        exerciseLevel: sql<number>`(${content}->>'exerciseLevel')::int`,
        legalBasis: sql<LegalBasis[]>`${content}->'legalBasis'`,
      })
      .from(joins.from)
      .innerJoin(itemRevisions, joins.revision)
      .where(
        and(
          ne(itemRevisions.category, 'public_service'),
          inRegion(query.regionCode),
          query.category ? eq(itemRevisions.category, query.category) : undefined,
        ),
      ),
    orgNames(ctx),
  ]);
  return namedByDepartment(rows, names, (a, b) =>
    a.category < b.category ? -1 : a.category > b.category ? 1 : 0,
  );
}

/** 责任清单: for each power, the department's duties, the basis and where to complain. */
export async function responsibilityList(ctx: AppContext, query: { regionCode?: string }) {
  const joins = openItems(todayIn(ctx));
  const [rows, names] = await Promise.all([
    ctx.db
      .select({
        id: items.id,
        regionCode: items.regionCode,
        implementationCode: items.implementationCode,
        departmentId: items.departmentId,
        name: itemRevisions.name,
        category: itemRevisions.category,
        responsibilities: sql<string[]>`${content}->'responsibilities'`,
        legalBasis: sql<LegalBasis[]>`${content}->'legalBasis'`,
        complaintPhone: sql<string>`${content}->>'complaintPhone'`,
      })
      .from(joins.from)
      .innerJoin(itemRevisions, joins.revision)
      .where(and(ne(itemRevisions.category, 'public_service'), inRegion(query.regionCode))),
    orgNames(ctx),
  ]);
  return namedByDepartment(rows, names);
}

/** 收费目录清单: every fee of every open item, with its basis. Items outside it charge nothing. */
export async function feeCatalog(ctx: AppContext, query: { regionCode?: string }) {
  const joins = openItems(todayIn(ctx));
  const [rows, names] = await Promise.all([
    ctx.db
      .select({
        id: items.id,
        regionCode: items.regionCode,
        implementationCode: items.implementationCode,
        departmentId: items.departmentId,
        name: itemRevisions.name,
        category: itemRevisions.category,
        fees: sql<Fee[]>`${content}->'fees'`,
      })
      .from(joins.from)
      .innerJoin(itemRevisions, joins.revision)
      .where(and(sql`jsonb_array_length(${content}->'fees') > 0`, inRegion(query.regionCode))),
    orgNames(ctx),
  ]);
  return namedByDepartment(rows, names);
}
