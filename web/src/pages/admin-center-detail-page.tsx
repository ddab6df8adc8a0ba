import { Card, Descriptions, Tag } from 'antd';
import type { ReactElement } from 'react';
import { useParams } from 'react-router';
import { WindowsTable } from '../features/org/components/windows-table.tsx';
import { useCenterLayout } from '../features/org/hooks/use-org.ts';
import {
  centerKindLabel,
  describeWindowNumbers,
  floorLabel,
  groupZonesByFloor,
} from '../features/org/labels.ts';
import { isApiError } from '../shared/api.ts';
import { PageHeader } from '../shared/layout/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../shared/page-states.tsx';

export function AdminCenterDetailPage(): ReactElement {
  const { centerId } = useParams<{ centerId: string }>();
  const layout = useCenterLayout(centerId);
  const breadcrumb = [
    { label: '机构与窗口', to: '/admin/centers' },
    { label: layout.data?.center.name ?? '服务中心' },
  ];

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
      <Card variant="borderless" title="功能区" className="ow-card-gap">
        {zones.length === 0 ? (
          <EmptyState description="该中心尚未登记功能区" />
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
      <Card variant="borderless" title="窗口">
        {windowCount === 0 ? <EmptyState description="该中心尚未登记窗口" /> : <WindowsTable zones={zones} />}
      </Card>
    </div>
  );
}
