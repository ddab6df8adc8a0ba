import type {
  Category,
  Fee,
  ItemContent,
  LegalBasis,
  Subject,
} from '../../../../../domain/catalog/item-content.ts';
import type { ContentProblem } from '../../../../../domain/catalog/check.ts';
import type { HandlingKind } from '../../../../../domain/clock/types.ts';
import type { Static } from 'typebox';
import type {
  DelegateBody as DelegationInput,
  DraftBody,
  ImportReport,
  ItemDetail,
  ItemList as AdminItemList,
  ItemListQuery,
  ItemRow,
  NewItemBody as NewItemInput,
  RevisionDetail,
  RevisionSummary,
} from '../../../../../server/modules/catalog/schemas.ts';
import { api, ApiError, sendBinary } from '../../../shared/api.ts';

/*
 * The catalog API (server/modules/catalog/routes/): what citizens read without signing in, and
 * what catalog admins manage.
 */

export type ItemStatus = 'draft' | 'scheduled' | 'in_force' | 'abolished' | 'delegated';
export type RevisionStatus = ItemStatus | 'superseded';
export type ChangeKind = 'created' | 'amended' | 'abolished' | 'delegated';

/** An open item as search and lists show it. */
export interface ItemSummary {
  id: string;
  regionCode: string;
  regionName: string;
  implementationCode: string;
  name: string;
  category: Category;
  departmentId: string;
  departmentName: string;
  subjects: Subject[];
  themes: string[];
  hotRank: number | null;
  handlingKind: HandlingKind;
  promisedLimitDays: number | null;
  statutoryLimitDays: number;
  visitsRequired: number;
  onlineDepth: number[];
}

export interface Theme {
  code: string;
  name: string;
  audience: Subject;
  description: string;
  sortOrder: number;
  itemCount: number;
}

export interface ThemeFields {
  name: string;
  audience: Subject;
  description: string;
  sortOrder: number;
}

export function saveTheme(
  code: string,
  fields: ThemeFields,
): Promise<{ theme: ThemeFields & { code: string } }> {
  return api.put(`/api/admin/catalog/themes/${encodeURIComponent(code)}`, fields);
}

export interface GuideWindow {
  centerId: string;
  centerName: string;
  address: string;
  openingHours: string;
  hallName: string | null;
  floor: number | null;
  zoneName: string | null;
  number: string;
  windowName: string;
}

/** 表格下载: a blank form or a filled-in sample of one material (by name). */
export interface GuideForm {
  id: string;
  materialName: string;
  kind: 'blank' | 'sample';
  fileName: string;
  contentType: string;
  size: number;
}

/** Where a guide's form downloads from. */
export function formDownloadUrl(itemId: string, formId: string): string {
  return `/api/catalog/items/${encodeURIComponent(itemId)}/forms/${encodeURIComponent(formId)}`;
}

/** 办事指南: the in-force revision of an item with the windows that accept it. */
export interface ServiceGuide {
  id: string;
  regionCode: string;
  regionName: string;
  implementationCode: string;
  departmentName: string;
  departmentPhone: string | null;
  version: number;
  effectiveOn: string;
  content: ItemContent;
  upcoming: { changeKind: ChangeKind; effectiveOn: string; status: RevisionStatus } | null;
  windows: GuideWindow[];
  forms: GuideForm[];
}

export interface ItemSearchQuery {
  q?: string;
  department?: string;
  category?: Category;
  theme?: string;
  subject?: Subject;
  page?: number;
  pageSize?: number;
}

export interface PowerListEntry {
  id: string;
  regionCode: string;
  implementationCode: string;
  basicCode: string;
  name: string;
  category: Category;
  departmentName: string;
  exerciseLevel: number;
  legalBasis: LegalBasis[];
}

export interface ResponsibilityListEntry {
  id: string;
  implementationCode: string;
  name: string;
  category: Category;
  departmentName: string;
  responsibilities: string[];
  legalBasis: LegalBasis[];
  complaintPhone: string;
}

export interface FeeListEntry {
  id: string;
  implementationCode: string;
  name: string;
  category: Category;
  departmentName: string;
  fees: Fee[];
}

// The admin side's contracts come from the server's schemas, written once (server/modules/catalog/schemas.ts).
export type {
  AdminItemList,
  DelegationInput,
  ImportReport,
  ItemDetail,
  ItemRow,
  NewItemInput,
  RevisionDetail,
  RevisionSummary,
};
export type RevisionWithContent = ItemDetail['revisions'][number] & { content: ItemContent };
export type ItemActions = ItemDetail['actions'];
export type ContentChange = RevisionDetail['changes'][number];
export type AdminItemQuery = Static<typeof ItemListQuery>;
export type DraftInput = Omit<DraftBody, 'departmentId' | 'hotRank'> & {
  departmentId: string;
  hotRank: number | null;
};

/** One problem in an uploaded workbook; row 0 means the whole sheet. */
export interface ImportProblem {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});
const itemPath = (id: string) => `/api/admin/catalog/items/${encodeURIComponent(id)}`;
const idempotent = (key?: string) => (key ? { headers: { 'Idempotency-Key': key } } : undefined);

// ---- Public ----

export function searchItems(
  query: ItemSearchQuery,
  signal?: AbortSignal,
): Promise<{ total: number; items: ItemSummary[] }> {
  return api.get('/api/catalog/items', { query: { ...query }, ...withSignal(signal) });
}

export async function fetchHotItems(limit: number, signal?: AbortSignal): Promise<ItemSummary[]> {
  const { items } = await api.get<{ items: ItemSummary[] }>('/api/catalog/hot-items', {
    query: { limit },
    ...withSignal(signal),
  });
  return items;
}

export async function fetchThemes(signal?: AbortSignal): Promise<Theme[]> {
  const { themes } = await api.get<{ themes: Theme[] }>('/api/catalog/themes', withSignal(signal));
  return themes;
}

export function fetchServiceGuide(id: string, signal?: AbortSignal): Promise<ServiceGuide> {
  return api.get(`/api/catalog/items/${encodeURIComponent(id)}/guide`, withSignal(signal));
}

export type PublicListKind = 'power' | 'responsibility' | 'fees';

/** The filters of a public list; the page is left out of the export. */
export interface PublicListQuery {
  department?: string;
  category?: Category;
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface PublicListPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  departments: { name: string; count: number }[];
  categories: { category: Category; count: number }[];
}

export interface PublicListEntries {
  power: PowerListEntry;
  responsibility: ResponsibilityListEntry;
  fees: FeeListEntry;
}

function listSearch(query: PublicListQuery, withPage: boolean): string {
  const params = new URLSearchParams();
  if (query.department) params.set('department', query.department);
  if (query.category) params.set('category', query.category);
  if (query.q?.trim()) params.set('q', query.q.trim());
  if (withPage && query.page && query.page > 1) params.set('page', String(query.page));
  if (withPage && query.pageSize) params.set('pageSize', String(query.pageSize));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function fetchPublicList<K extends PublicListKind>(
  kind: K,
  query: PublicListQuery,
  signal?: AbortSignal,
): Promise<PublicListPage<PublicListEntries[K]>> {
  return api.get(`/api/catalog/lists/${kind}${listSearch(query, true)}`, withSignal(signal));
}

/** The address of the list's Excel export for these filters (a plain download link). */
export function publicListExportUrl(kind: PublicListKind, query: PublicListQuery): string {
  return `/api/catalog/lists/${kind}/export${listSearch(query, false)}`;
}

/** Why a guide cannot be shown: the item was abolished or delegated (404 ITEM_NOT_IN_FORCE). */
export function notInForceDetails(
  error: unknown,
): { status: 'abolished' | 'delegated'; delegatedToItemId: string | null } | null {
  if (!(error instanceof ApiError) || error.code !== 'ITEM_NOT_IN_FORCE') return null;
  const details = (error.details ?? {}) as { status?: string; delegatedToItemId?: string | null };
  return {
    status: details.status === 'delegated' ? 'delegated' : 'abolished',
    delegatedToItemId: details.delegatedToItemId ?? null,
  };
}

// ---- Admin ----

export function fetchAdminItems(query: AdminItemQuery, signal?: AbortSignal): Promise<AdminItemList> {
  return api.get('/api/admin/catalog/items', { query: { ...query }, ...withSignal(signal) });
}

export async function fetchAdminItem(id: string, signal?: AbortSignal): Promise<ItemDetail> {
  const { item } = await api.get<{ item: ItemDetail }>(itemPath(id), withSignal(signal));
  return item;
}

export function fetchRevision(
  itemId: string,
  revisionId: string,
  signal?: AbortSignal,
): Promise<RevisionDetail> {
  return api.get(`${itemPath(itemId)}/revisions/${encodeURIComponent(revisionId)}`, withSignal(signal));
}

export async function createItem(input: NewItemInput, idempotencyKey?: string): Promise<ItemDetail> {
  const { item } = await api.post<{ item: ItemDetail }>(
    '/api/admin/catalog/items',
    input,
    idempotent(idempotencyKey),
  );
  return item;
}

export async function saveDraft(id: string, input: DraftInput): Promise<ItemDetail> {
  const { item } = await api.put<{ item: ItemDetail }>(`${itemPath(id)}/draft`, input);
  return item;
}

export async function discardDraft(id: string): Promise<ItemDetail> {
  const { item } = await api.delete<{ item: ItemDetail }>(`${itemPath(id)}/draft`);
  return item;
}

export async function publishDraft(
  id: string,
  input: { effectiveOn: string; reason: string | null },
  idempotencyKey?: string,
): Promise<ItemDetail> {
  const { item } = await api.post<{ item: ItemDetail }>(
    `${itemPath(id)}/publish`,
    input,
    idempotent(idempotencyKey),
  );
  return item;
}

export async function abolishItem(
  id: string,
  input: { effectiveOn: string; reason: string },
  idempotencyKey?: string,
): Promise<ItemDetail> {
  const { item } = await api.post<{ item: ItemDetail }>(
    `${itemPath(id)}/abolish`,
    input,
    idempotent(idempotencyKey),
  );
  return item;
}

export async function delegateItem(
  id: string,
  input: DelegationInput,
  idempotencyKey?: string,
): Promise<ItemDetail> {
  const { item } = await api.post<{ item: ItemDetail }>(
    `${itemPath(id)}/delegate`,
    input,
    idempotent(idempotencyKey),
  );
  return item;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The catalog workbook as a file to save. */
export function downloadCatalogWorkbook(): Promise<Blob> {
  return sendBinary('GET', '/api/admin/catalog/export', { accept: XLSX });
}

/** Checks (dryRun) or imports a catalog workbook; a 422 CATALOG_IMPORT_INVALID lists every problem. */
export async function importCatalogWorkbook(file: Blob, options: { dryRun: boolean }): Promise<ImportReport> {
  const blob = await sendBinary('POST', '/api/admin/catalog/import', {
    query: { dryRun: String(options.dryRun) },
    body: file,
    contentType: XLSX,
  });
  return JSON.parse(await blob.text()) as ImportReport;
}

/** The per-row problems of a rejected workbook. */
export function importProblemsOf(error: unknown): ImportProblem[] {
  if (
    !(error instanceof ApiError) ||
    error.code !== 'CATALOG_IMPORT_INVALID' ||
    !Array.isArray(error.details)
  )
    return [];
  return error.details.filter(
    (entry): entry is ImportProblem =>
      typeof entry === 'object' && entry !== null && typeof (entry as ImportProblem).message === 'string',
  );
}

/** The per-field problems of a rejected item (422 ITEM_INVALID: `[{ path, message }]`). */
export function contentProblemsOf(error: unknown): ContentProblem[] {
  if (!(error instanceof ApiError) || error.code !== 'ITEM_INVALID' || !Array.isArray(error.details))
    return [];
  return error.details.filter(
    (entry): entry is ContentProblem =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as ContentProblem).path === 'string' &&
      typeof (entry as ContentProblem).message === 'string',
  );
}
