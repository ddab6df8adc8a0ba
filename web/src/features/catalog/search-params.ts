import type { Category, Subject } from '../../../../domain/catalog/item-content.ts';
import { CATEGORY_LABELS, SUBJECT_LABELS } from '../../../../domain/catalog/labels.ts';

/*
 * The portal's item search lives in the URL (/portal/items?q=营业执照&subject=legal_person&page=2),
 * so a result list can be shared, bookmarked and reached with the back button.
 */

export interface ItemFilters {
  q: string;
  department?: string;
  category?: Category;
  theme?: string;
  subject?: Subject;
  page: number;
}

export const ITEM_SEARCH_PATH = '/portal/items';

const isCategory = (value: string | null): value is Category => value !== null && value in CATEGORY_LABELS;
const isSubject = (value: string | null): value is Subject => value !== null && value in SUBJECT_LABELS;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const THEME_CODE = /^[a-z][a-z0-9_]{1,49}$/;

/** The filters a URL carries; anything malformed is dropped rather than sent to the server. */
export function filtersFromSearchParams(params: URLSearchParams): ItemFilters {
  const filters: ItemFilters = { q: (params.get('q') ?? '').slice(0, 100), page: 1 };
  const department = params.get('department');
  if (department && UUID.test(department)) filters.department = department;
  const category = params.get('category');
  if (isCategory(category)) filters.category = category;
  const theme = params.get('theme');
  if (theme && THEME_CODE.test(theme)) filters.theme = theme;
  const subject = params.get('subject');
  if (isSubject(subject)) filters.subject = subject;
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page >= 1 && page <= 1000) filters.page = page;
  return filters;
}

/** The URL parameters of some filters, in a stable order, leaving out empty ones and page 1. */
export function searchParamsFromFilters(filters: Partial<ItemFilters>): URLSearchParams {
  const params = new URLSearchParams();
  const q = filters.q?.trim();
  if (q) params.set('q', q);
  if (filters.subject) params.set('subject', filters.subject);
  if (filters.theme) params.set('theme', filters.theme);
  if (filters.category) params.set('category', filters.category);
  if (filters.department) params.set('department', filters.department);
  if (filters.page && filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** The link to a result list, e.g. from the home page's search box or a theme card. */
export function itemSearchUrl(filters: Partial<ItemFilters>): string {
  const text = searchParamsFromFilters(filters).toString();
  return text ? `${ITEM_SEARCH_PATH}?${text}` : ITEM_SEARCH_PATH;
}

/** Filters changed by the user: any change other than the page starts again from page 1. */
export function withFilters(current: ItemFilters, change: Partial<Omit<ItemFilters, 'page'>>): ItemFilters {
  const next: ItemFilters = { ...current, ...change, page: 1 };
  for (const key of ['department', 'category', 'theme', 'subject'] as const) {
    if (!next[key]) delete next[key];
  }
  return next;
}

/** How many of the drawer's filters are set, for the badge on the 筛选 button. */
export function countActiveFilters(filters: ItemFilters): number {
  return [filters.department, filters.category, filters.theme, filters.subject].filter(Boolean).length;
}
