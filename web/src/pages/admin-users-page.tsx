import { UserAddOutlined } from '@ant-design/icons';
import { Alert, Button, Card } from 'antd';
import { useState, type ReactElement } from 'react';
import { useSignedInStaff } from '../features/auth/hooks/use-auth.ts';
import { canAssignRoles, canManageUsers, type Permitted } from '../shared/permissions.ts';
import { useCenters, useDepartments } from '../features/org/hooks/use-org.ts';
import { sortCenters } from '../features/org/labels.ts';
import type { StaffUser } from '../features/users/api/users-api.ts';
import { CreateUserModal } from '../features/users/components/create-user-modal.tsx';
import { EditUserModal } from '../features/users/components/edit-user-modal.tsx';
import { UsersTable } from '../features/users/components/users-table.tsx';
import { useUsers } from '../features/users/hooks/use-users.ts';
import { PageHeader } from '../shared/layout/page-header.tsx';
import { OneTimeSecretModal, type OneTimeSecret } from '../shared/one-time-secret-modal.tsx';
import { EmptyState, ErrorState, LoadingState } from '../shared/page-states.tsx';

/** 三员分立, in the words of the signed-in admin's own duties. */
function dutyNote(me: Permitted): string {
  const manages = canManageUsers(me);
  const assigns = canAssignRoles(me);
  // Whoever may grant the management roles is the security admin.
  if (assigns && me.grantableRoles.includes('security_admin') && !manages)
    return '您负责授予和收回角色，管理类角色只能由您授予；账号的创建、停用和密码重置由系统管理员或中心管理员办理。';
  if (manages && assigns)
    return '您可以创建账号、停用账号、重置密码，并授予业务角色；管理类角色须由安全管理员授予。不能修改自己的角色。';
  if (manages) return '您负责账号的创建、停用和密码重置；角色由安全管理员授予（三员分立）。';
  return '您可以查看本辖区的账号。';
}

export function AdminUsersPage(): ReactElement {
  const me = useSignedInStaff();
  const users = useUsers();
  const centers = useCenters();
  const departments = useDepartments();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<StaffUser | null>(null);
  const [secret, setSecret] = useState<OneTimeSecret | null>(null);
  const mayCreate = canManageUsers(me);

  const centerName = (id: string | null): string => {
    if (!id) return '不属于特定中心';
    return (
      centers.data?.find((center) => center.id === id)?.name ?? (centers.isPending ? '加载中…' : '未知中心')
    );
  };
  const departmentName = (id: string | null): string | null =>
    id ? (departments.data?.find((department) => department.id === id)?.name ?? null) : null;

  let body: ReactElement;
  if (users.isPending) body = <LoadingState rows={8} />;
  else if (users.isError) body = <ErrorState error={users.error} onRetry={() => void users.refetch()} />;
  else if (users.data.length === 0)
    body = (
      <EmptyState description="本辖区还没有用户">
        {mayCreate && (
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setCreating(true)}>
            新建用户
          </Button>
        )}
      </EmptyState>
    );
  else
    body = (
      <UsersTable
        users={users.data}
        actor={me}
        centerName={centerName}
        departmentName={departmentName}
        onEdit={setEditing}
        onSecret={setSecret}
      />
    );

  return (
    <div className="ow-page">
      <PageHeader
        title="用户与角色"
        subtitle="工作人员账号及其角色。账号管理、角色授予和审计分别由不同的管理员负责（三员分立）。"
        extra={
          mayCreate && (
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setCreating(true)}>
              新建用户
            </Button>
          )
        }
      />
      <Alert className="ow-card-gap" type="info" showIcon title={dutyNote(me)} />
      <Card variant="borderless">{body}</Card>
      {mayCreate && (
        <CreateUserModal
          open={creating}
          actor={me}
          centers={centers.data && sortCenters(centers.data)}
          departments={departments.data}
          onClose={() => setCreating(false)}
          onCreated={({ user, temporaryPassword, secretNotice }) => {
            setCreating(false);
            setSecret({
              title: '用户已创建',
              label: '临时密码',
              subject: `${user.displayName}（${user.username}）`,
              secret: temporaryPassword,
              warning: secretNotice ?? '临时密码只显示这一次，关闭后无法再次查看',
              note: '请当面或通过安全渠道告知本人。首次登录时必须修改密码。',
            });
          }}
        />
      )}
      <EditUserModal user={editing} actor={me} onClose={() => setEditing(null)} />
      <OneTimeSecretModal secret={secret} onClose={() => setSecret(null)} />
    </div>
  );
}
