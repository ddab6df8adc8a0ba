import { Table } from 'antd';
import type { ReactElement } from 'react';
import { Link } from 'react-router';
import { CATEGORY_LABELS } from '../../../../../domain/catalog/labels.ts';
import type { ItemRow } from '../api/catalog-api.ts';
import { ItemStatusTag } from './item-tags.tsx';

/** 事项管理's table: one row per item in the admin's regions, drafts and closed ones included. */
export function AdminItemsTable({
  items,
  total,
  page,
  pageSize,
  loading,
  onPageChange,
}: {
  items: readonly ItemRow[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}): ReactElement {
  return (
    <Table<ItemRow>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={[...items]}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        showTotal: (count) => `共 ${count} 个事项`,
        onChange: onPageChange,
      }}
      columns={[
        {
          title: '实施编码',
          dataIndex: 'implementationCode',
          width: 230,
          render: (code: string) => <span className="ow-mono">{code}</span>,
        },
        {
          title: '事项名称',
          dataIndex: 'name',
          render: (name: string, item) => <Link to={`/admin/catalog/${item.id}`}>{name}</Link>,
        },
        {
          title: '事项类型',
          dataIndex: 'category',
          width: 120,
          render: (category: ItemRow['category']) => CATEGORY_LABELS[category],
        },
        { title: '实施部门', dataIndex: 'departmentName', width: 140 },
        {
          title: '版本',
          dataIndex: 'version',
          width: 80,
          render: (version: number) => <span className="ow-nowrap">第 {version} 版</span>,
        },
        {
          title: '状态',
          dataIndex: 'status',
          width: 90,
          render: (status: ItemRow['status']) => <ItemStatusTag status={status} />,
        },
        {
          title: '热门排序',
          dataIndex: 'hotRank',
          width: 90,
          render: (rank: number | null) => rank ?? <span className="ow-muted">—</span>,
        },
      ]}
    />
  );
}
