import { FilterOutlined, SearchOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Grid, Input, Pagination, Spin } from 'antd';
import { useEffect, useMemo, useState, type ReactElement } from 'react';
import { useSearchParams } from 'react-router';
import { CatalogPortalFrame } from '../features/catalog/components/catalog-portal-frame.tsx';
import { ActiveFilterTags, ItemFilterFields } from '../features/catalog/components/item-filters.tsx';
import { ItemResultList } from '../features/catalog/components/item-result-card.tsx';
import { useItemSearch, useThemes } from '../features/catalog/hooks/use-catalog.ts';
import { useDebouncedValue } from '../shared/use-debounced-value.ts';
import {
  countActiveFilters,
  filtersFromSearchParams,
  searchParamsFromFilters,
  withFilters,
  type ItemFilters,
} from '../features/catalog/search-params.ts';
import { useDepartments } from '../features/org/hooks/use-org.ts';
import { EmptyState, ErrorState, LoadingState } from '../shared/page-states.tsx';

const PAGE_SIZE = 20;

/** /portal/items: search results with filters, all of it in the URL so a list can be shared. */
export function PortalItemsPage(): ReactElement {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearchParams(searchParams), [searchParams]);
  const [text, setText] = useState(filters.q);
  const typed = useDebouncedValue(text.trim(), 250);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const screens = Grid.useBreakpoint();
  const isWide = Boolean(screens.md);
  const themes = useThemes();
  const departments = useDepartments();
  const search = useItemSearch({
    q: filters.q || undefined,
    department: filters.department,
    category: filters.category,
    theme: filters.theme,
    subject: filters.subject,
    page: filters.page,
    pageSize: PAGE_SIZE,
  });

  const apply = (next: ItemFilters, options: { replace?: boolean } = {}) =>
    setSearchParams(searchParamsFromFilters(next), { replace: options.replace ?? false });
  const changeFilters = (change: Parameters<typeof withFilters>[1]) => apply(withFilters(filters, change));

  // Typing searches as one goes; each pause replaces the URL rather than stacking history entries.
  useEffect(() => {
    if (typed !== filters.q.trim()) apply(withFilters(filters, { q: typed }), { replace: true });
    // Only a new pause in typing should search, not a change of the other filters.
  }, [typed]);
  // The back button or a shared link changes the query: the box follows.
  useEffect(() => {
    setText((current) => (current.trim() === filters.q.trim() ? current : filters.q));
  }, [filters.q]);

  const departmentOptions = (departments.data ?? []).map((d) => ({ id: d.id, name: d.name }));
  const themeList = themes.data ?? [];
  const activeCount = countActiveFilters(filters);

  let body: ReactElement;
  if (search.isPending) body = <LoadingState rows={6} label="正在查找事项…" />;
  else if (search.isError)
    body = <ErrorState error={search.error} title="查找失败" onRetry={() => void search.refetch()} />;
  else if (search.data.total === 0)
    body = (
      <EmptyState
        description={
          filters.q
            ? `没有找到与“${filters.q}”有关的事项，可以换个说法或减少筛选条件`
            : '没有符合条件的事项，可以减少筛选条件'
        }
      >
        {filters.page > 1 ? (
          <Button onClick={() => apply({ ...filters, page: 1 })}>回到第一页</Button>
        ) : (
          activeCount > 0 && <Button onClick={() => apply({ q: filters.q, page: 1 })}>清除筛选条件</Button>
        )}
      </EmptyState>
    );
  else
    body = (
      <>
        <ItemResultList items={search.data.items} />
        {search.data.total > PAGE_SIZE && (
          <Pagination
            className="ow-item-pagination"
            current={filters.page}
            pageSize={PAGE_SIZE}
            total={search.data.total}
            showSizeChanger={false}
            simple={!isWide}
            onChange={(page) => {
              apply({ ...filters, page });
              window.scrollTo({ top: 0 });
            }}
          />
        )}
      </>
    );

  return (
    <CatalogPortalFrame
      title="办事事项"
      subtitle="查找要办的事，查看办事指南：要带什么材料、多久办好、到哪里办。"
    >
      <section className="ow-portal-section ow-item-search-page" aria-label="查找事项">
        <form
          className="ow-item-search-form"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            apply(withFilters(filters, { q: text.trim() }));
          }}
        >
          <Input
            size="large"
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder="事项名称或关键词"
            aria-label="搜索办事事项"
            allowClear
            prefix={<SearchOutlined aria-hidden />}
            maxLength={100}
          />
          {!isWide && (
            <Badge count={activeCount} size="small">
              <Button size="large" icon={<FilterOutlined aria-hidden />} onClick={() => setDrawerOpen(true)}>
                筛选
              </Button>
            </Badge>
          )}
        </form>
        {isWide && (
          <ItemFilterFields
            layout="row"
            filters={filters}
            onChange={changeFilters}
            departments={departmentOptions}
            themes={themeList}
          />
        )}
        {!isWide && (
          <ActiveFilterTags
            filters={filters}
            onChange={changeFilters}
            departments={departmentOptions}
            themes={themeList}
          />
        )}
      </section>

      <section
        className="ow-portal-section"
        aria-labelledby="item-results-title"
        aria-busy={search.isFetching}
      >
        <div className="ow-portal-section-head">
          <h2 id="item-results-title">查找结果</h2>
          <span className="ow-portal-count">
            {search.isFetching && search.isPlaceholderData && <Spin size="small" />}{' '}
            {search.data ? `共 ${search.data.total} 个事项` : ''}
          </span>
        </div>
        {body}
      </section>

      <Drawer
        title="筛选事项"
        placement="bottom"
        size="auto"
        open={drawerOpen && !isWide}
        onClose={() => setDrawerOpen(false)}
        footer={
          <div className="ow-drawer-footer">
            <Button
              size="large"
              onClick={() => apply({ q: filters.q, page: 1 })}
              disabled={activeCount === 0}
            >
              清除
            </Button>
            <Button size="large" type="primary" onClick={() => setDrawerOpen(false)}>
              查看 {search.data?.total ?? ''} 个结果
            </Button>
          </div>
        }
      >
        <ItemFilterFields
          layout="stack"
          filters={filters}
          onChange={changeFilters}
          departments={departmentOptions}
          themes={themeList}
        />
      </Drawer>
    </CatalogPortalFrame>
  );
}
