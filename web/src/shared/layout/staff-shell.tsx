import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Grid, Layout, Menu, Tag } from 'antd';
import { useState, type ReactElement, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';

export interface ShellMenuItem {
  /** The path the entry opens; also the key matched against the location. */
  path: string;
  label: string;
  icon: ReactNode;
}

export interface ShellFaceLink {
  to: string;
  label: string;
  icon?: ReactNode;
}

export interface StaffShellProps {
  /** “工作台” or “管理后台”, shown beside the product name. */
  faceTitle: string;
  menuItems: readonly ShellMenuItem[];
  displayName: string;
  roleLabels: readonly string[];
  faceLinks: readonly ShellFaceLink[];
  /** Entries under the user's name, e.g. 修改密码. */
  userMenuItems?: readonly { key: string; label: string; icon?: ReactNode; onClick: () => void }[];
  onSignOut: () => void;
  isSigningOut: boolean;
  children: ReactNode;
}

/** The longest menu path the location starts with, so /admin/centers/42 lights 机构与窗口. */
export function selectMenuKey(pathname: string, items: readonly ShellMenuItem[]): string | undefined {
  return items
    .filter((item) => pathname === item.path || pathname.startsWith(`${item.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}

/** The frame of the staff faces: sider menu, a header with who is signed in, and the page. */
export function StaffShell({
  faceTitle,
  menuItems,
  displayName,
  roleLabels,
  faceLinks,
  userMenuItems = [],
  onSignOut,
  isSigningOut,
  children,
}: StaffShellProps): ReactElement {
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const isNarrow = !screens.lg;
  const [collapsed, setCollapsed] = useState<boolean | undefined>(undefined);
  const isCollapsed = collapsed ?? isNarrow;
  const selectedKey = selectMenuKey(pathname, menuItems);

  return (
    <Layout className="ow-shell">
      <Layout.Sider
        className="ow-shell-sider"
        width={208}
        breakpoint="lg"
        collapsedWidth={0}
        collapsed={isCollapsed}
        onCollapse={(next) => setCollapsed(next)}
        zeroWidthTriggerStyle={{ top: 12 }}
      >
        <Link to={menuItems[0]?.path ?? '/'} className="ow-shell-brand">
          <span className="ow-shell-logo" aria-hidden>
            一
          </span>
          <span>
            一窗通
            <small>{faceTitle}</small>
          </span>
        </Link>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selectedKey ? [selectedKey] : []}
          items={menuItems.map((item) => ({
            key: item.path,
            icon: item.icon,
            label: <Link to={item.path}>{item.label}</Link>,
          }))}
          onClick={() => {
            if (isNarrow) setCollapsed(true);
          }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="ow-shell-header">
          <div className="ow-shell-header-title">{faceTitle}</div>
          <nav className="ow-shell-face-links" aria-label="切换">
            {faceLinks.map((link) => (
              <Link key={link.to} to={link.to}>
                {link.icon} {link.label}
              </Link>
            ))}
          </nav>
          <div className="ow-shell-user">
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'roles', label: roleLabels.join('、') || '无角色', disabled: true },
                  { type: 'divider' },
                  ...userMenuItems.map((item) => ({
                    key: item.key,
                    label: item.label,
                    icon: item.icon,
                    onClick: item.onClick,
                  })),
                ],
              }}
            >
              <Button type="text" className="ow-shell-user-name" aria-label={`${displayName}，账号菜单`}>
                <UserOutlined aria-hidden /> {displayName}{' '}
                <DownOutlined aria-hidden style={{ fontSize: 10 }} />
              </Button>
            </Dropdown>
            {screens.md && (
              <span className="ow-shell-roles">
                {roleLabels.map((label) => (
                  <Tag key={label} color="blue" variant="filled">
                    {label}
                  </Tag>
                ))}
              </span>
            )}
            <Button
              type="text"
              icon={<LogoutOutlined />}
              loading={isSigningOut}
              onClick={onSignOut}
              aria-label="退出登录"
            >
              {screens.sm ? '退出登录' : null}
            </Button>
          </div>
        </Layout.Header>
        <Layout.Content className="ow-shell-content">{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
