import { describe, expect, it } from 'vitest';
import {
  countActiveFilters,
  filtersFromSearchParams,
  itemSearchUrl,
  searchParamsFromFilters,
  withFilters,
} from './search-params.ts';

const DEPARTMENT = '0192f3a4-5b6c-7d8e-9f01-23456789abcd';

describe('the item search URL', () => {
  it('builds a shareable link with only the filters that are set', () => {
    expect(itemSearchUrl({ q: ' 营业执照 ', page: 1 })).toBe(
      `/portal/items?q=${encodeURIComponent('营业执照')}`,
    );
    expect(itemSearchUrl({ theme: 'start_business' })).toBe('/portal/items?theme=start_business');
    expect(itemSearchUrl({})).toBe('/portal/items');
    expect(searchParamsFromFilters({ q: '', subject: 'legal_person', page: 3 }).toString()).toBe(
      'subject=legal_person&page=3',
    );
  });

  it('reads back what it wrote', () => {
    const filters = {
      q: '开公司',
      department: DEPARTMENT,
      category: 'licensing' as const,
      theme: 'start_business',
      subject: 'legal_person' as const,
      page: 2,
    };
    expect(filtersFromSearchParams(searchParamsFromFilters(filters))).toEqual(filters);
  });

  it('drops malformed parameters instead of sending them to the server', () => {
    const params = new URLSearchParams('category=unknown&subject=robot&department=1;drop&page=-4&theme=A B');
    expect(filtersFromSearchParams(params)).toEqual({ q: '', page: 1 });
  });

  it('starts again from page 1 when a filter changes, and forgets cleared filters', () => {
    const current = { q: '社保', subject: 'natural_person' as const, page: 4 };
    expect(withFilters(current, { category: 'benefit' })).toEqual({
      q: '社保',
      subject: 'natural_person',
      category: 'benefit',
      page: 1,
    });
    expect(withFilters(current, { subject: undefined })).toEqual({ q: '社保', page: 1 });
  });

  it('counts the drawer filters, not the query', () => {
    expect(countActiveFilters({ q: '户口', page: 1 })).toBe(0);
    expect(countActiveFilters({ q: '', theme: 'birth', subject: 'natural_person', page: 1 })).toBe(2);
  });
});
