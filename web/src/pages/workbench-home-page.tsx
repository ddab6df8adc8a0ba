import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  ProfileOutlined,
  ShopOutlined,
  TabletOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Card, Col, Descriptions, Row, Tag } from 'antd';
import { useMemo, type ReactElement, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useSignedInStaff } from '../features/auth/hooks/use-auth.ts';
import { canOpenAdminArea, roleLabel, type AdminArea } from '../shared/permissions.ts';
import { TodayWorkingStatus } from '../features/calendar/components/today-working-status.tsx';
import { useCenters, useDepartments } from '../features/org/hooks/use-org.ts';
import { formatChineseDate, greetingFor, hallTodayIsoDate } from '../shared/format.ts';

interface Shortcut {
  to: string;
  title: string;
  description: string;
  icon: ReactNode;
  area: AdminArea;
}

/** The parts of 管理后台 a staff member's roles open, as shortcuts. */
const ADMIN_SHORTCUTS: readonly Shortcut[] = [
  {
    to: '/admin/centers',
    title: '机构与窗口',
    description: '服务中心、功能区与窗口',
    icon: <ApartmentOutlined aria-hidden />,
    area: 'organisation',
  },
  {
    to: '/admin/departments',
    title: '进驻部门',
    description: '部门名称、进驻方式与电话',
    icon: <BankOutlined aria-hidden />,
    area: 'organisation',
  },
  {
    to: '/admin/calendar',
    title: '工作日历',
    description: '节假日安排与本地调整',
    icon: <CalendarOutlined aria-hidden />,
    area: 'organisation',
  },
  {
    to: '/admin/catalog',
    title: '事项管理',
    description: '政务服务事项、办事指南与动态调整',
    icon: <ProfileOutlined aria-hidden />,
    area: 'catalog',
  },
  {
    to: '/admin/users',
    title: '用户与角色',
    description: '工作人员账号、角色与密码重置',
    icon: <TeamOutlined aria-hidden />,
    area: 'users',
  },
  {
    to: '/admin/devices',
    title: '设备令牌',
    description: '取号机、叫号屏与评价器的接入令牌',
    icon: <TabletOutlined aria-hidden />,
    area: 'devices',
  },
  {
    to: '/admin/audit',
    title: '审计日志',
    description: '登录、账号与配置变更的记录',
    icon: <AuditOutlined aria-hidden />,
    area: 'audit',
  },
];

/** A name looked up from a list that may still be loading or may have failed. */
function nameOf(
  id: string | null,
  query: { isPending: boolean; isError: boolean; data?: readonly { id: string; name: string }[] | undefined },
  none: string,
): string {
  if (!id) return none;
  if (query.isPending) return '加载中…';
  return query.data?.find((entry) => entry.id === id)?.name ?? (query.isError ? '暂时无法获取' : '未找到');
}

export function WorkbenchHomePage(): ReactElement {
  const me = useSignedInStaff();
  const centers = useCenters();
  const departments = useDepartments();
  const now = useMemo(() => new Date(), []);
  const today = hallTodayIsoDate(now);
  const centerName = nameOf(me.centerId, centers, '未分配');
  const departmentName = nameOf(me.departmentId, departments, '不属于特定部门');
  const shortcuts = ADMIN_SHORTCUTS.filter((shortcut) => canOpenAdminArea(me, shortcut.area));

  return (
    <div className="ow-page">
      <Card className="ow-welcome" variant="borderless">
        <h1 className="ow-welcome-title">
          {greetingFor(now)}，{me.displayName}
        </h1>
        <p className="ow-welcome-date">
          今天是 {formatChineseDate(today)} <TodayWorkingStatus date={today} />
        </p>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 3 }}
          items={[
            { key: 'center', label: '所在中心', children: centerName },
            { key: 'department', label: '所属部门', children: departmentName },
            {
              key: 'roles',
              label: '角色',
              children: (
                <span>
                  {me.roles.map((role) => (
                    <Tag key={role} color="blue" variant="filled">
                      {roleLabel(role)}
                    </Tag>
                  ))}
                </span>
              ),
            },
          ]}
        />
      </Card>

      <h2 className="ow-section-title">常用入口</h2>
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} lg={6}>
          <Link to="/" className="ow-shortcut">
            <ShopOutlined aria-hidden />
            <span>
              <strong>办事大厅</strong>
              <small>查看群众看到的中心信息与大厅导览</small>
            </span>
          </Link>
        </Col>
        {shortcuts.map((shortcut) => (
          <Col key={shortcut.to} xs={24} sm={12} lg={6}>
            <Link to={shortcut.to} className="ow-shortcut">
              {shortcut.icon}
              <span>
                <strong>{shortcut.title}</strong>
                <small>{shortcut.description}</small>
              </span>
            </Link>
          </Col>
        ))}
      </Row>
    </div>
  );
}
