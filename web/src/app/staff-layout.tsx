import {
  ApartmentOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  HomeOutlined,
  KeyOutlined,
  ProfileOutlined,
  SettingOutlined,
  ShopOutlined,
  TabletOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Result } from 'antd';
import { Suspense, type ReactElement } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import {
  canOpenAdmin,
  canOpenAdminArea,
  roleLabel,
  type AdminArea,
  type Permitted,
} from '../shared/permissions.ts';
import { useSession, useSignedInStaff, useSignOut } from '../features/auth/hooks/use-auth.ts';
import { ChangePasswordForm } from '../features/auth/components/change-password-form.tsx';
import { isApiError } from '../shared/api.ts';
import {
  selectMenuKey,
  StaffShell,
  type ShellFaceLink,
  type ShellMenuItem,
} from '../shared/layout/staff-shell.tsx';
import { ErrorState, FullPageLoading, LoadingState } from '../shared/page-states.tsx';

export type StaffFace = 'workbench' | 'admin';

interface StaffMenuItem extends ShellMenuItem {
  /** The part of 管理后台 the entry belongs to; the workbench's entries are open to all staff. */
  area?: AdminArea;
}

/** Only pages that exist get an entry; each staff member sees the entries their roles open. */
const MENUS: Record<StaffFace, readonly StaffMenuItem[]> = {
  workbench: [{ path: '/workbench', label: '首页', icon: <HomeOutlined /> }],
  admin: [
    { path: '/admin/centers', label: '机构与窗口', icon: <ApartmentOutlined />, area: 'organisation' },
    { path: '/admin/departments', label: '进驻部门', icon: <BankOutlined />, area: 'organisation' },
    { path: '/admin/calendar', label: '工作日历', icon: <CalendarOutlined />, area: 'organisation' },
    { path: '/admin/catalog', label: '事项管理', icon: <ProfileOutlined />, area: 'catalog' },
    { path: '/admin/users', label: '用户与角色', icon: <TeamOutlined />, area: 'users' },
    { path: '/admin/devices', label: '设备令牌', icon: <TabletOutlined />, area: 'devices' },
    { path: '/admin/audit', label: '审计日志', icon: <AuditOutlined />, area: 'audit' },
  ],
};

function menuFor(face: StaffFace, me: Permitted): StaffMenuItem[] {
  return MENUS[face].filter((item) => !item.area || canOpenAdminArea(me, item.area));
}

/** `/admin`: the first part of 管理后台 the signed-in staff member may open. */
export function AdminHomeRedirect(): ReactElement {
  const me = useSignedInStaff();
  return <Navigate to={menuFor('admin', me)[0]?.path ?? '/workbench'} replace />;
}

const FACE_TITLES: Record<StaffFace, string> = { workbench: '工作台', admin: '管理后台' };

function faceLinks(face: StaffFace, me: Permitted): ShellFaceLink[] {
  const links: ShellFaceLink[] = [];
  if (face === 'admin') links.push({ to: '/workbench', label: '工作台', icon: <AppstoreOutlined /> });
  if (face === 'workbench' && canOpenAdmin(me))
    links.push({ to: '/admin', label: '管理后台', icon: <SettingOutlined /> });
  links.push({ to: '/', label: '办事大厅', icon: <ShopOutlined /> });
  return links;
}

/**
 * The signed-in frame of 工作台 and 管理后台: asks the server who is signed in, sends strangers to
 * the login page with the way back, and keeps 管理后台 to the roles that may open it.
 */
export function StaffLayout({ face }: { face: StaffFace }): ReactElement {
  const me = useSession();
  const signOut = useSignOut();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const location = useLocation();

  if (me.isPending) return <FullPageLoading label="正在确认登录状态…" />;
  if (me.isError) {
    if (isApiError(me.error, 401)) {
      const next = `${location.pathname}${location.search}`;
      return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
    }
    return (
      <div className="ow-centered-page">
        <ErrorState error={me.error} title="无法确认登录状态" onRetry={() => void me.refetch()} />
      </div>
    );
  }

  const { user, mustChangePassword } = me.data;
  const menuItems = menuFor(face, user);
  // A page of an area the roles do not open is refused here too, not only hidden from the menu.
  const pageItem = MENUS[face].find((item) => item.path === selectMenuKey(location.pathname, MENUS[face]));
  const mayEnterFace = face === 'workbench' || canOpenAdmin(user);
  const mayEnter = mayEnterFace && (!pageItem?.area || canOpenAdminArea(user, pageItem.area));

  let content: ReactElement;
  if (mustChangePassword) {
    // The server refuses everything else until then (PASSWORD_CHANGE_REQUIRED).
    content = (
      <div className="ow-required-password">
        <Alert
          className="ow-form-alert"
          type="warning"
          showIcon
          title="请先修改密码"
          description="您使用的是初始密码或密码已被重置，修改后才能继续使用。"
        />
        <Card variant="borderless">
          <ChangePasswordForm onChanged={() => void message.success('密码已修改')} />
        </Card>
      </div>
    );
  } else if (mayEnter) {
    content = (
      <Suspense fallback={<LoadingState rows={6} />}>
        <Outlet />
      </Suspense>
    );
  } else if (!mayEnterFace) {
    content = (
      <Result
        status="403"
        title="无权访问管理后台"
        subTitle="管理后台仅向中心管理员、系统管理员、电子监察人员、安全管理员和审计管理员开放。如需权限，请联系安全管理员。"
        extra={
          <Button type="primary" onClick={() => void navigate('/workbench')}>
            返回工作台
          </Button>
        }
      />
    );
  } else {
    content = (
      <Result
        status="403"
        title={`无权访问“${pageItem?.label ?? '此页面'}”`}
        subTitle="您的角色不能使用此功能。如需权限，请联系安全管理员。"
        extra={
          <Button type="primary" onClick={() => void navigate(menuItems[0]?.path ?? '/workbench')}>
            返回管理后台
          </Button>
        }
      />
    );
  }

  return (
    <StaffShell
      faceTitle={FACE_TITLES[face]}
      menuItems={mayEnterFace && !mustChangePassword ? menuItems : []}
      displayName={user.displayName}
      roleLabels={user.roles.map(roleLabel)}
      faceLinks={faceLinks(face, user)}
      userMenuItems={[
        {
          key: 'password',
          label: '修改密码',
          icon: <KeyOutlined />,
          onClick: () => void navigate('/workbench/password'),
        },
      ]}
      isSigningOut={signOut.isPending}
      onSignOut={() =>
        signOut.mutate(undefined, {
          // Leave even if the server could not be reached: the cookie expires on its own.
          onSettled: () => void navigate('/login', { replace: true }),
        })
      }
    >
      {content}
    </StaffShell>
  );
}

/** The staff frame inside antd's App context, which its messages and every staff page use. */
export function StaffLayoutWithApp({ face }: { face: StaffFace }): ReactElement {
  return (
    <AntApp>
      <StaffLayout face={face} />
    </AntApp>
  );
}
