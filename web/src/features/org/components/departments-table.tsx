import { EditOutlined } from '@ant-design/icons';
import { Button, Input, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState, type ReactElement } from 'react';
import type { Department, StationingMode } from '../api/org-api.ts';
import { STATIONING_MODES, stationingModeColor, stationingModeLabel } from '../labels.ts';

/** 进驻部门 with a name search, filters by region and 进驻方式, and an edit action for org admins. */
export function DepartmentsTable({
  departments,
  regionName,
  onEdit,
  isEditable = () => true,
}: {
  departments: Department[];
  regionName: (code: string) => string;
  /** Present for org admins. */
  onEdit?: ((department: Department) => void) | undefined;
  /** Whether a department lies within the admin's regions. */
  isEditable?: (department: Department) => boolean;
}): ReactElement {
  const [search, setSearch] = useState('');
  const rows = useMemo(() => {
    const text = search.trim();
    if (!text) return departments;
    return departments.filter((d) => d.name.includes(text) || d.shortName.includes(text));
  }, [departments, search]);

  const columns: TableColumnsType<Department> = [
    { title: '名称', dataIndex: 'name' },
    { title: '简称', dataIndex: 'shortName', width: 120 },
    {
      title: '所属区划',
      dataIndex: 'regionCode',
      width: 120,
      filters: [...new Set(departments.map((d) => d.regionCode))].map((code) => ({
        text: regionName(code),
        value: code,
      })),
      onFilter: (value, row) => row.regionCode === value,
      render: (code: string) => regionName(code),
    },
    {
      title: '进驻方式',
      dataIndex: 'stationingMode',
      width: 150,
      filters: STATIONING_MODES.map((mode) => ({ text: stationingModeLabel(mode), value: mode })),
      onFilter: (value, row) => row.stationingMode === value,
      render: (mode: StationingMode) => (
        <Tag color={stationingModeColor(mode)}>{stationingModeLabel(mode)}</Tag>
      ),
    },
    {
      title: '电话',
      dataIndex: 'phone',
      width: 150,
      render: (phone: string | null) => phone ?? '—',
    },
    ...(onEdit
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 80,
            render: (_: unknown, row: Department) =>
              isEditable(row) ? (
                <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEdit(row)}>
                  编辑
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <>
      <Input.Search
        className="ow-table-search"
        allowClear
        placeholder="按名称或简称查找"
        onChange={(event) => setSearch(event.target.value)}
        onSearch={setSearch}
      />
      <Table<Department>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: onEdit ? 860 : 760 }}
        locale={{ emptyText: search ? `没有名称包含“${search}”的部门` : '尚未登记进驻部门' }}
        footer={() => `共 ${departments.length} 个进驻部门`}
      />
    </>
  );
}
