import { EditOutlined } from '@ant-design/icons';
import { Button, Table, Tag, type TableColumnsType } from 'antd';
import type { ReactElement } from 'react';
import { Link } from 'react-router';
import type { Center } from '../api/org-api.ts';
import { centerKindLabel, sortCenters } from '../labels.ts';

/** Every center of the network; the name links to its halls and windows. */
export function CentersTable({
  centers,
  detailPath,
  onEdit,
  isEditable = () => true,
}: {
  centers: Center[];
  detailPath: (id: string) => string;
  /** Present for org admins. */
  onEdit?: ((center: Center) => void) | undefined;
  /** Whether a center lies within the admin's regions. */
  isEditable?: (center: Center) => boolean;
}): ReactElement {
  const columns: TableColumnsType<Center> = [
    {
      title: '名称',
      dataIndex: 'name',
      render: (name: string, center) => <Link to={detailPath(center.id)}>{name}</Link>,
    },
    {
      title: '类型',
      dataIndex: 'kind',
      width: 140,
      filters: [
        { text: '政务服务中心', value: 'government_service_center' },
        { text: '便民服务中心', value: 'convenience_center' },
        { text: '便民服务站', value: 'agency_point' },
      ],
      onFilter: (value, center) => center.kind === value,
      render: (kind: Center['kind']) => (
        <Tag
          color={
            kind === 'government_service_center' ? 'blue' : kind === 'convenience_center' ? 'cyan' : 'default'
          }
        >
          {centerKindLabel(kind)}
        </Tag>
      ),
    },
    { title: '行政区划', dataIndex: 'regionName', width: 120 },
    { title: '地址', dataIndex: 'address', responsive: ['md'] },
    { title: '咨询电话', dataIndex: 'phone', width: 150, render: (phone: string | null) => phone ?? '—' },
    ...(onEdit
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 80,
            render: (_: unknown, center: Center) =>
              isEditable(center) ? (
                <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEdit(center)}>
                  编辑
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <Table<Center>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={sortCenters(centers)}
      pagination={false}
      scroll={{ x: 720 }}
      locale={{ emptyText: '尚未登记服务中心' }}
    />
  );
}
