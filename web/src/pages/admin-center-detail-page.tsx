import { EditOutlined, PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Tag } from 'antd';
import { useMemo, useState, type ReactElement } from 'react';
import { useParams } from 'react-router';
import { isWithinRegion } from '../../../domain/org/index.ts';
import { useSignedInStaff } from '../features/auth/hooks/use-auth.ts';
import { CenterFormModal, type CenterDialog } from '../features/org/components/center-form-modal.tsx';
import { CenterStaffPanel } from '../features/org/components/center-staff-panel.tsx';
import {
  HallFormModal,
  ZoneFormModal,
  type HallDialog,
  type ZoneDialog,
} from '../features/org/components/hall-zone-modals.tsx';
import { HallZonesPanel } from '../features/org/components/hall-zones-panel.tsx';
import {
  StaffAssignmentModal,
  type StaffAssignmentDialog,
} from '../features/org/components/staff-assignment-modal.tsx';
import { WindowFormModal, type WindowDialog } from '../features/org/components/window-form-modal.tsx';
import { WindowsTable } from '../features/org/components/windows-table.tsx';
import { useCenterLayout, useCenters, useDepartments, useOrgStaff } from '../features/org/hooks/use-org.ts';
import {
  centerKindLabel,
  describeWindowNumbers,
  floorLabel,
  groupZonesByFloor,
} from '../features/org/labels.ts';
import { mayManageRegion } from '../features/org/permissions.ts';
import { isApiError } from '../shared/api.ts';
import { PageHeader } from '../shared/layout/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../shared/page-states.tsx';

export function AdminCenterDetailPage(): ReactElement {
  const { centerId } = useParams<{ centerId: string }>();
  const me = useSignedInStaff();
  const layout = useCenterLayout(centerId);
  const editable = layout.data ? mayManageRegion(me, layout.data.center.regionCode) : false;
  const staff = useOrgStaff({ enabled: editable });
  const departments = useDepartments();
  const centers = useCenters();
  const [centerDialog, setCenterDialog] = useState<CenterDialog>(null);
  const [hallDialog, setHallDialog] = useState<HallDialog>(null);
  const [zoneDialog, setZoneDialog] = useState<ZoneDialog>(null);
  const [windowDialog, setWindowDialog] = useState<WindowDialog>(null);
  const [staffDialog, setStaffDialog] = useState<StaffAssignmentDialog>(null);
  const breadcrumb = [
    { label: '机构与窗口', to: '/admin/centers' },
    { label: layout.data?.center.name ?? '服务中心' },
  ];
  const centersInScope = useMemo(
    () => (centers.data ?? []).filter((center) => isWithinRegion(center.regionCode, me.regionCode)),
    [centers.data, me.regionCode],
  );

  if (layout.isPending) {
    return (
      <div className="ow-page">
        <PageHeader title="服务中心" breadcrumb={breadcrumb} />
        <Card variant="borderless">
          <LoadingState rows={8} />
        </Card>
      </div>
    );
  }
  if (layout.isError) {
    return (
      <div className="ow-page">
        <PageHeader title="服务中心" breadcrumb={breadcrumb} />
        <Card variant="borderless">
          <ErrorState
            error={layout.error}
            title={isApiError(layout.error, 404) ? '找不到该服务中心' : '加载失败'}
            {...(isApiError(layout.error, 404) ? {} : { onRetry: () => void layout.refetch() })}
          />
        </Card>
      </div>
    );
  }

  const { center, halls, zones } = layout.data;
  const windowCount = zones.reduce((sum, zone) => sum + zone.windows.length, 0);
  const openCount = zones.reduce((sum, zone) => sum + zone.windows.filter((w) => w.isOpen).length, 0);
  const departmentName = (id: string | null) =>
    id ? (departments.data?.find((department) => department.id === id)?.name ?? null) : null;
  const windowNumber = (id: string) =>
    zones.flatMap((zone) => zone.windows).find((window) => window.id === id)?.number;
  const centerStaff = (staff.data ?? []).filter((person) => person.centerId === center.id);

  let staffBody: ReactElement;
  if (staff.isPending) staffBody = <LoadingState rows={4} />;
  else if (staff.isError)
    staffBody = <ErrorState compact error={staff.error} onRetry={() => void staff.refetch()} />;
  else
    staffBody = (
      <CenterStaffPanel
        staff={centerStaff}
        departmentName={departmentName}
        windowNumber={windowNumber}
        onEdit={(person) => setStaffDialog({ kind: 'edit', person })}
      />
    );

  return (
    <div className="ow-page">
      <PageHeader
        title={center.name}
        subtitle={
          <>
            <Tag color="blue">{centerKindLabel(center.kind)}</Tag>
            {center.regionName} · 窗口 {windowCount} 个，开放 {openCount} 个
          </>
        }
        breadcrumb={breadcrumb}
        extra={
          editable && (
            <Space wrap>
              <Button icon={<EditOutlined />} onClick={() => setCenterDialog({ kind: 'edit', center })}>
                编辑基本信息
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={zones.length === 0}
                title={zones.length === 0 ? '请先登记大厅和功能区' : undefined}
                onClick={() => setWindowDialog({ kind: 'create' })}
              >
                新增窗口
              </Button>
            </Space>
          )
        }
      />
      <Card variant="borderless" title="基本信息" className="ow-card-gap">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'address', label: '地址', children: center.address },
            { key: 'phone', label: '咨询电话', children: center.phone ?? '—' },
            { key: 'hours', label: '办公时间', span: 'filled', children: center.openingHours },
            {
              key: 'halls',
              label: '大厅',
              span: 'filled',
              children:
                halls.length > 0
                  ? halls.map((hall) => `${hall.name}（${hall.floorCount}层）`).join('；')
                  : '未登记大厅',
            },
          ]}
        />
      </Card>
      <Card
        variant="borderless"
        title={editable ? '大厅与功能区' : '功能区'}
        className="ow-card-gap"
        extra={
          editable && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setHallDialog({ kind: 'create' })}>
              新增大厅
            </Button>
          )
        }
      >
        {editable && halls.length > 0 ? (
          <HallZonesPanel
            layout={layout.data}
            onEditHall={(hall) => setHallDialog({ kind: 'edit', hall })}
            onAddZone={(hall) => setZoneDialog({ kind: 'create', hall })}
            onEditZone={(hall, zone) => setZoneDialog({ kind: 'edit', hall, zone })}
          />
        ) : zones.length === 0 ? (
          <EmptyState
            description={
              editable ? '该中心尚未登记大厅。请先新增大厅，再在大厅中登记功能区。' : '该中心尚未登记功能区'
            }
          />
        ) : (
          <div className="ow-zone-summary">
            {groupZonesByFloor(zones).map(({ floor, zones: floorZones }) =>
              floorZones.map((zone) => (
                <div key={zone.id} className="ow-zone-chip">
                  <span className="ow-zone-chip-floor">{floorLabel(floor)}</span>
                  <strong>{zone.name}</strong>
                  <span className="ow-muted">{describeWindowNumbers(zone.windows.map((w) => w.number))}</span>
                </div>
              )),
            )}
          </div>
        )}
      </Card>
      <Card variant="borderless" title="窗口" className={editable ? 'ow-card-gap' : undefined}>
        {windowCount === 0 ? (
          <EmptyState description="该中心尚未登记窗口" />
        ) : (
          <WindowsTable
            zones={zones}
            {...(editable
              ? {
                  editing: {
                    centerId: center.id,
                    staff: staff.data ?? [],
                    onEdit: (row) =>
                      setWindowDialog({
                        kind: 'edit',
                        window: {
                          id: row.id,
                          number: row.number,
                          name: row.name,
                          kind: row.kind,
                          zoneId: row.zoneId,
                          departmentId: row.departmentId,
                          isOpen: row.isOpen,
                        },
                      }),
                  },
                }
              : {})}
          />
        )}
      </Card>
      {editable && (
        <Card
          variant="borderless"
          title="本中心工作人员"
          extra={
            <Button
              size="small"
              icon={<UserAddOutlined />}
              onClick={() => setStaffDialog({ kind: 'add', centerId: center.id })}
            >
              添加人员
            </Button>
          }
        >
          {staffBody}
        </Card>
      )}
      {editable && (
        <>
          <CenterFormModal
            dialog={centerDialog}
            regionsWithoutCenter={[]}
            onClose={() => setCenterDialog(null)}
          />
          <HallFormModal centerId={center.id} dialog={hallDialog} onClose={() => setHallDialog(null)} />
          <ZoneFormModal dialog={zoneDialog} onClose={() => setZoneDialog(null)} />
          <WindowFormModal
            layout={layout.data}
            departments={departments.data ?? []}
            dialog={windowDialog}
            onClose={() => setWindowDialog(null)}
          />
          <StaffAssignmentModal
            dialog={staffDialog}
            staff={staff.data ?? []}
            centers={centersInScope}
            departments={departments.data ?? []}
            onClose={() => setStaffDialog(null)}
          />
        </>
      )}
    </div>
  );
}
