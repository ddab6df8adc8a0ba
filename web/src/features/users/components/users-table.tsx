import { EditOutlined, KeyOutlined, StopOutlined, CheckCircleOutlined } from '@ant-design/icons';
import {
  App as AntApp,
  Button,
  Input,
  Popconfirm,
  Space,
  Table,
  Tag,
  Tooltip,
  type TableColumnsType,
} from 'antd';
import { useMemo, useState, type ReactElement } from 'react';
import { describeError } from '../../../shared/api.ts';
import type { OneTimeSecret } from '../../../shared/one-time-secret-modal.tsx';
import {
  canManageUsers,
  MANAGEMENT_ROLES,
  roleLabel,
  STAFF_ROLES,
  type Permitted,
} from '../../../shared/permissions.ts';
import type { StaffUser } from '../api/users-api.ts';
import { useResetUserPassword, useUpdateUser } from '../hooks/use-users.ts';
import { editableFields, editActionLabel } from '../permissions.ts';

type UserStatus = 'active' | 'inactive' | 'locked' | 'must_change_password';

const STATUS_FILTERS: { text: string; value: UserStatus }[] = [
  { text: '正常', value: 'active' },
  { text: '已停用', value: 'inactive' },
  { text: '已锁定', value: 'locked' },
  { text: '待修改密码', value: 'must_change_password' },
];

function hasStatus(user: StaffUser, status: UserStatus): boolean {
  switch (status) {
    case 'active':
      return user.isActive && !user.isLocked;
    case 'inactive':
      return !user.isActive;
    case 'locked':
      return user.isLocked;
    case 'must_change_password':
      return user.mustChangePassword;
    default: {
      const unknown: never = status;
      return Boolean(unknown);
    }
  }
}

function StatusTags({ user }: { user: StaffUser }): ReactElement {
  return (
    <span className="ow-tag-list">
      {!user.isActive ? <Tag>已停用</Tag> : !user.isLocked && <Tag color="green">正常</Tag>}
      {user.isLocked && (
        <Tooltip title="连续输错密码被暂时锁定；重置密码可立即解锁">
          <Tag color="red">已锁定</Tag>
        </Tooltip>
      )}
      {user.mustChangePassword && (
        <Tooltip title="使用初始密码或重置后的临时密码，登录后须先修改密码">
          <Tag color="orange">待修改密码</Tag>
        </Tooltip>
      )}
    </span>
  );
}

export interface UsersTableProps {
  users: StaffUser[];
  actor: Permitted & { id: string };
  centerName: (id: string | null) => string;
  departmentName: (id: string | null) => string | null;
  onEdit: (user: StaffUser) => void;
  /** A temporary password from a reset, to show once. */
  onSecret: (secret: OneTimeSecret) => void;
}

/** Staff accounts with a search, role and status filters, and what the signed-in admin may do to each. */
export function UsersTable({
  users,
  actor,
  centerName,
  departmentName,
  onEdit,
  onSecret,
}: UsersTableProps): ReactElement {
  const [search, setSearch] = useState('');
  const update = useUpdateUser();
  const reset = useResetUserPassword();
  const { message } = AntApp.useApp();
  const managesAccounts = canManageUsers(actor);

  const rows = useMemo(() => {
    const text = search.trim().toLowerCase();
    const sorted = [...users].sort(
      (a, b) => Number(b.isActive) - Number(a.isActive) || a.username.localeCompare(b.username),
    );
    if (!text) return sorted;
    return sorted.filter(
      (user) => user.username.toLowerCase().includes(text) || user.displayName.toLowerCase().includes(text),
    );
  }, [users, search]);

  const resetPassword = (user: StaffUser) =>
    reset.mutateAsync(user.id).then(
      ({ temporaryPassword, secretNotice }) =>
        onSecret({
          title: '密码已重置',
          label: '临时密码',
          subject: `${user.displayName}（${user.username}）`,
          secret: temporaryPassword,
          warning: secretNotice ?? '临时密码只显示这一次，关闭后无法再次查看',
          note: '请当面或通过安全渠道告知本人。对方原有的登录已全部失效，使用临时密码登录后必须立即修改密码。',
        }),
      (error: unknown) => message.error(describeError(error)),
    );

  const setActive = (user: StaffUser, isActive: boolean) =>
    update.mutateAsync({ id: user.id, input: { isActive } }).then(
      () => message.success(isActive ? `已启用 ${user.displayName}` : `已停用 ${user.displayName}`),
      (error: unknown) => message.error(describeError(error)),
    );

  const columns: TableColumnsType<StaffUser> = [
    {
      title: '姓名',
      dataIndex: 'displayName',
      width: 140,
      render: (name: string, user) => (
        <span className="ow-user-name">
          {name}
          {user.id === actor.id && (
            <Tag color="blue" variant="filled">
              本人
            </Tag>
          )}
        </span>
      ),
    },
    {
      title: '用户名',
      dataIndex: 'username',
      width: 130,
      responsive: ['sm'],
      render: (username: string) => <span className="ow-mono">{username}</span>,
    },
    {
      title: '角色',
      dataIndex: 'roles',
      filters: STAFF_ROLES.map((role) => ({ text: roleLabel(role), value: role })),
      onFilter: (value, user) => user.roles.includes(String(value)),
      render: (roles: string[]) =>
        roles.length === 0 ? (
          <span className="ow-muted">未分配</span>
        ) : (
          <span className="ow-tag-list">
            {roles.map((role) => (
              <Tag key={role} color={MANAGEMENT_ROLES.includes(role) ? 'purple' : 'blue'}>
                {roleLabel(role)}
              </Tag>
            ))}
          </span>
        ),
    },
    {
      title: '所在中心 / 部门',
      key: 'unit',
      width: 220,
      responsive: ['lg'],
      render: (_, user) => {
        const department = departmentName(user.departmentId);
        return (
          <span className="ow-user-unit">
            {centerName(user.centerId)}
            {department && <small>{department}</small>}
          </span>
        );
      },
    },
    {
      title: '状态',
      key: 'status',
      width: 150,
      filters: STATUS_FILTERS,
      onFilter: (value, user) => hasStatus(user, value as UserStatus),
      render: (_, user) => <StatusTags user={user} />,
    },
    {
      title: '操作',
      key: 'actions',
      width: managesAccounts ? 250 : 110,
      render: (_, user) => {
        const isSelf = user.id === actor.id;
        const editLabel = editActionLabel(editableFields(actor, user));
        return (
          <Space size={0} wrap>
            {editLabel && (
              <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEdit(user)}>
                {editLabel}
              </Button>
            )}
            {managesAccounts && !isSelf && (
              <Popconfirm
                title={`重置 ${user.displayName} 的密码？`}
                description="将生成临时密码，对方现有的登录全部失效。"
                okText="重置"
                cancelText="取消"
                onConfirm={() => resetPassword(user)}
              >
                <Button type="link" size="small" icon={<KeyOutlined />}>
                  重置密码
                </Button>
              </Popconfirm>
            )}
            {managesAccounts && !isSelf && (
              <Popconfirm
                title={
                  user.isActive ? `停用 ${user.displayName} 的账号？` : `启用 ${user.displayName} 的账号？`
                }
                description={
                  user.isActive ? '停用后无法登录，现有登录立即失效。' : '启用后可使用原密码登录。'
                }
                okText={user.isActive ? '停用' : '启用'}
                okButtonProps={{ danger: user.isActive }}
                cancelText="取消"
                onConfirm={() => setActive(user, !user.isActive)}
              >
                <Button
                  type="link"
                  size="small"
                  danger={user.isActive}
                  icon={user.isActive ? <StopOutlined /> : <CheckCircleOutlined />}
                >
                  {user.isActive ? '停用' : '启用'}
                </Button>
              </Popconfirm>
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <>
      <Input.Search
        className="ow-table-search"
        allowClear
        placeholder="按姓名或用户名查找"
        onChange={(event) => setSearch(event.target.value)}
        onSearch={setSearch}
      />
      <Table<StaffUser>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        rowClassName={(user) => (user.isActive ? '' : 'ow-row-inactive')}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: search ? `没有姓名或用户名包含“${search}”的用户` : '本辖区还没有用户' }}
        footer={() =>
          `共 ${users.length} 个账号，其中已停用 ${users.filter((user) => !user.isActive).length} 个`
        }
      />
    </>
  );
}
