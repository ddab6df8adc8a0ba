import { Badge, Table, Tag, type TableColumnsType } from 'antd';
import type { ReactElement } from 'react';
import type { ServiceWindow, WindowKind, Zone } from '../api/org-api.ts';
import { floorLabel, windowKindLabel } from '../labels.ts';

interface WindowRow extends ServiceWindow {
  zoneId: string;
  zoneLabel: string;
  floor: number;
}

function toRows(zones: readonly Zone[]): WindowRow[] {
  return zones
    .flatMap((zone) =>
      zone.windows.map((window) => ({
        ...window,
        zoneId: zone.id,
        zoneLabel: `${floorLabel(zone.floor)} · ${zone.name}`,
        floor: zone.floor,
      })),
    )
    .sort((a, b) => a.number.localeCompare(b.number, 'zh-CN', { numeric: true }));
}

/** The windows of one center, with filters by zone, kind and department. */
export function WindowsTable({ zones }: { zones: Zone[] }): ReactElement {
  const rows = toRows(zones);
  const departmentNames = [
    ...new Set(rows.map((row) => row.departmentName).filter((n): n is string => Boolean(n))),
  ];
  const columns: TableColumnsType<WindowRow> = [
    {
      title: '窗口号',
      dataIndex: 'number',
      width: 88,
      sorter: (a, b) => a.number.localeCompare(b.number, 'zh-CN', { numeric: true }),
      render: (number: string) => <strong>{number}</strong>,
    },
    { title: '名称', dataIndex: 'name' },
    {
      title: '类型',
      dataIndex: 'kind',
      width: 110,
      filters: [
        { text: '综合窗口', value: 'general' },
        { text: '专业窗口', value: 'specialized' },
      ],
      onFilter: (value, row) => row.kind === value,
      render: (kind: WindowKind) => (
        <Tag color={kind === 'general' ? 'blue' : 'default'}>{windowKindLabel(kind)}</Tag>
      ),
    },
    {
      title: '所属区域',
      dataIndex: 'zoneLabel',
      width: 180,
      filters: zones.map((zone) => ({ text: `${floorLabel(zone.floor)} · ${zone.name}`, value: zone.id })),
      onFilter: (value, row) => row.zoneId === value,
    },
    {
      title: '进驻部门',
      dataIndex: 'departmentName',
      filters: [
        ...departmentNames.map((name) => ({ text: name, value: name })),
        { text: '（综合受理，不限部门）', value: '' },
      ],
      filterSearch: true,
      onFilter: (value, row) => (row.departmentName ?? '') === value,
      render: (name: string | null) => name ?? <span className="ow-muted">综合受理</span>,
    },
    {
      title: '状态',
      dataIndex: 'isOpen',
      width: 96,
      filters: [
        { text: '开放', value: true },
        { text: '暂停', value: false },
      ],
      onFilter: (value, row) => row.isOpen === value,
      render: (isOpen: boolean) =>
        isOpen ? <Badge status="success" text="开放" /> : <Badge status="default" text="暂停" />,
    },
  ];
  return (
    <Table<WindowRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 760 }}
      locale={{ emptyText: '该中心尚未登记窗口' }}
    />
  );
}
