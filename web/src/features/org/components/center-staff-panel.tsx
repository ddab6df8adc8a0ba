import { EditOutlined } from '@ant-design/icons';
import { Button, Table, Tag, type TableColumnsType } from 'antd';
import type { ReactElement } from 'react';
import { roleLabel } from '../../../shared/permissions.ts';
import type { OrgStaff } from '../api/org-api.ts';

/** The staff assigned to one center: department, window on duty, and an action to move them. */
export function CenterStaffPanel({
  staff,
  departmentName,
  windowNumber,
  onEdit,
}: {
  staff: readonly OrgStaff[];
  departmentName: (id: string | null) => string | null;
  windowNumber: (id: string) => string | undefined;
  onEdit: (person: OrgStaff) => void;
}): ReactElement {
  const columns: TableColumnsType<OrgStaff> = [
    {
      title: '姓名',
      dataIndex: 'displayName',
      width: 110,
      render: (name: string) => <strong>{name}</strong>,
    },
    {
      title: '用户名',
      dataIndex: 'username',
      width: 130,
      responsive: ['md'],
      render: (username: string) => <span className="ow-mono">{username}</span>,
    },
    {
      title: '角色',
      dataIndex: 'roles',
      render: (roles: string[]) =>
        roles.length === 0 ? (
          <span className="ow-muted">未分配</span>
        ) : (
          <span className="ow-tag-list">
            {roles.map((role) => (
              <Tag key={role}>{roleLabel(role)}</Tag>
            ))}
          </span>
        ),
    },
    {
      title: '所属部门',
      dataIndex: 'departmentId',
      render: (id: string | null) => departmentName(id) ?? <span className="ow-muted">不属于特定部门</span>,
    },
    {
      title: '值班窗口',
      dataIndex: 'onDutyWindowId',
      width: 100,
      render: (id: string | null) => {
        const number = id ? windowNumber(id) : undefined;
        return number ? <Tag color="green">{number} 号窗口</Tag> : <span className="ow-muted">—</span>;
      },
    },
    {
      title: '状态',
      dataIndex: 'isActive',
      width: 80,
      render: (isActive: boolean) => (isActive ? <Tag color="green">正常</Tag> : <Tag>已停用</Tag>),
    },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      render: (_, person) => (
        <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEdit(person)}>
          调整
        </Button>
      ),
    },
  ];
  return (
    <Table<OrgStaff>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...staff]}
      rowClassName={(person) => (person.isActive ? '' : 'ow-row-inactive')}
      pagination={staff.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 760 }}
      locale={{ emptyText: '还没有工作人员分配到本中心' }}
    />
  );
}
