import { ApartmentOutlined, BankOutlined, CalendarOutlined, ShopOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Row, Tag } from 'antd';
import dayjs from 'dayjs';
import { useMemo, type ReactElement } from 'react';
import { Link } from 'react-router';
import { useSignedInStaff } from '../features/auth/hooks/use-auth.ts';
import { canOpenAdmin, roleLabel } from '../features/auth/roles.ts';
import { TodayWorkingStatus } from '../features/calendar/components/today-working-status.tsx';
import { useCenters, useDepartments } from '../features/org/hooks/use-org.ts';
import { formatChineseDate, greetingFor, todayIsoDate } from '../shared/format.ts';

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
  const now = useMemo(() => dayjs(), []);
  const today = todayIsoDate(now);
  const centerName = nameOf(me.centerId, centers, '未分配');
  const departmentName = nameOf(me.departmentId, departments, '不属于特定部门');
  const isAdmin = canOpenAdmin(me.roles);

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
        {isAdmin && (
          <>
            <Col xs={24} sm={12} lg={6}>
              <Link to="/admin/centers" className="ow-shortcut">
                <ApartmentOutlined aria-hidden />
                <span>
                  <strong>机构与窗口</strong>
                  <small>服务中心、功能区与窗口</small>
                </span>
              </Link>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Link to="/admin/departments" className="ow-shortcut">
                <BankOutlined aria-hidden />
                <span>
                  <strong>进驻部门</strong>
                  <small>部门名称、进驻方式与电话</small>
                </span>
              </Link>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Link to="/admin/calendar" className="ow-shortcut">
                <CalendarOutlined aria-hidden />
                <span>
                  <strong>工作日历</strong>
                  <small>节假日安排与本地调整</small>
                </span>
              </Link>
            </Col>
          </>
        )}
      </Row>
    </div>
  );
}
