import { PlusOutlined, TagsOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Tabs } from 'antd';
import { useEffect, useMemo, useState, type ReactElement } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { Category } from '../../../domain/catalog/item-content.ts';
import { CATEGORY_LABELS } from '../../../domain/catalog/labels.ts';
import { isWithinRegion } from '../../../domain/org/regions.ts';
import { useSignedInStaff } from '../features/auth/hooks/use-auth.ts';
import { canManageCatalog } from '../shared/permissions.ts';
import type { AdminItemQuery, ItemStatus } from '../features/catalog/api/catalog-api.ts';
import { AdminItemsTable } from '../features/catalog/components/admin-items-table.tsx';
import { ExportCatalogButton, ImportCatalogModal } from '../features/catalog/components/catalog-workbook.tsx';
import { useAdminItems } from '../features/catalog/hooks/use-catalog.ts';
import { ThemesManager } from '../features/catalog/components/themes-manager.tsx';
import { useDebouncedValue } from '../shared/use-debounced-value.ts';
import { ITEM_STATUS_LABELS, ITEM_STATUS_TABS } from '../features/catalog/labels.ts';
import { useDepartments } from '../features/org/hooks/use-org.ts';
import { PageHeader } from '../shared/layout/page-header.tsx';
import { EmptyState, ErrorState } from '../shared/page-states.tsx';

const ALL = 'all';
const CATEGORY_OPTIONS = (Object.keys(CATEGORY_LABELS) as Category[]).map((value) => ({
  value,
  label: CATEGORY_LABELS[value],
}));

/** The list's filters as the URL holds them, so a reload or the back button keeps the view. */
function queryFromParams(params: URLSearchParams): AdminItemQuery & { page: number; pageSize: number } {
  const status = params.get('status');
  const category = params.get('category');
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  return {
    q: params.get('q') || undefined,
    status: ITEM_STATUS_TABS.includes(status as ItemStatus) ? (status as ItemStatus) : undefined,
    department: params.get('department') || undefined,
    category: category && category in CATEGORY_LABELS ? (category as Category) : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: [20, 50, 100].includes(pageSize) ? pageSize : 20,
  };
}

function paramsFromQuery(query: AdminItemQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    if ((key === 'page' && value === 1) || (key === 'pageSize' && value === 20)) continue;
    params.set(key, String(value));
  }
  return params;
}

/** /admin/catalog — 事项管理. */
export function AdminCatalogPage(): ReactElement {
  const me = useSignedInStaff();
  const mayManage = canManageCatalog(me);
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => queryFromParams(searchParams), [searchParams]);
  const [text, setText] = useState(query.q ?? '');
  const typed = useDebouncedValue(text.trim(), 300);
  const [importing, setImporting] = useState(false);
  const [managingThemes, setManagingThemes] = useState(false);
  const departments = useDepartments();

  const update = (change: Partial<AdminItemQuery>, options: { replace?: boolean } = {}) =>
    setSearchParams(paramsFromQuery({ ...query, page: 1, ...change }), { replace: options.replace ?? false });

  useEffect(() => {
    if (typed !== (query.q ?? '')) update({ q: typed || undefined }, { replace: true });
    // Only a pause in typing searches; the other filters update the URL themselves.
  }, [typed]);

  const list = useAdminItems(query);
  // The tab counts ignore the chosen tab: the list's own counts cover only the rows it kept.
  const { status: _status, page: _page, pageSize: _pageSize, ...countQuery } = query;
  const everything = useAdminItems(
    { ...countQuery, page: 1, pageSize: 1 },
    { enabled: Boolean(query.status) },
  );
  const counts = (query.status ? everything.data?.counts : list.data?.counts) ?? {};
  const allCount = query.status ? everything.data?.total : list.data?.total;

  const tabLabel = (label: string, count: number | undefined) =>
    count === undefined ? label : `${label}（${count}）`;

  let body: ReactElement;
  if (list.isError) body = <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data && list.data.total === 0 && !list.isFetching)
    body = (
      <EmptyState
        description={query.q || query.department || query.category ? '没有符合条件的事项' : '还没有事项'}
      >
        {mayManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/admin/catalog/new')}>
            新增事项
          </Button>
        )}
      </EmptyState>
    );
  else
    body = (
      <AdminItemsTable
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={query.page}
        pageSize={query.pageSize}
        loading={list.isFetching}
        onPageChange={(page, pageSize) => update({ page, pageSize })}
      />
    );

  return (
    <div className="ow-page">
      <ThemesManager open={managingThemes} onClose={() => setManagingThemes(false)} />
      <PageHeader
        title="事项管理"
        subtitle="政务服务事项目录：新增、调整、取消和下放都以新版本发布，已受理的办件按原版本继续办理。"
        extra={
          <Space wrap>
            {mayManage && (
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                导入 Excel
              </Button>
            )}
            {mayManage && (
              <Button icon={<TagsOutlined />} onClick={() => setManagingThemes(true)}>
                主题服务
              </Button>
            )}
            <ExportCatalogButton />
            {mayManage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => void navigate('/admin/catalog/new')}
              >
                新增事项
              </Button>
            )}
          </Space>
        }
      />
      <Card variant="borderless">
        <div className="ow-catalog-toolbar">
          <Input.Search
            allowClear
            value={text}
            onChange={(event) => setText(event.target.value)}
            onSearch={(value) => setText(value)}
            placeholder="事项名称、编码或关键词"
            aria-label="搜索事项"
            className="ow-catalog-toolbar-search"
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="全部部门"
            aria-label="实施部门"
            value={query.department}
            onChange={(department?: string) => update({ department })}
            loading={departments.isPending}
            options={(departments.data ?? [])
              .filter((department) => isWithinRegion(department.regionCode, me.regionCode))
              .map((department) => ({ value: department.id, label: department.name }))}
            className="ow-catalog-toolbar-select"
          />
          <Select
            allowClear
            placeholder="全部类型"
            aria-label="事项类型"
            value={query.category}
            onChange={(category?: Category) => update({ category })}
            options={CATEGORY_OPTIONS}
            className="ow-catalog-toolbar-select"
          />
        </div>
        <Tabs
          activeKey={query.status ?? ALL}
          onChange={(key) => update({ status: key === ALL ? undefined : (key as ItemStatus) })}
          items={[
            { key: ALL, label: tabLabel('全部', allCount) },
            ...ITEM_STATUS_TABS.map((status) => ({
              key: status,
              label: tabLabel(
                ITEM_STATUS_LABELS[status],
                allCount === undefined ? undefined : (counts[status] ?? 0),
              ),
            })),
          ]}
        />
        {body}
      </Card>
      {mayManage && <ImportCatalogModal open={importing} onClose={() => setImporting(false)} />}
    </div>
  );
}
