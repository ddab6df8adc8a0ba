import { ShopOutlined } from '@ant-design/icons';
import { Button, Card, Tabs } from 'antd';
import { useMemo, useState, type ReactElement } from 'react';
import { centerKindForLevel, isWithinRegion } from '../../../domain/org/index.ts';
import { useSignedInStaff } from '../features/auth/hooks/use-auth.ts';
import { canManageOrganisation } from '../shared/permissions.ts';
import { CenterFormModal, type CenterDialog } from '../features/org/components/center-form-modal.tsx';
import { CentersTable } from '../features/org/components/centers-table.tsx';
import { RegionFormModal, type RegionDialog } from '../features/org/components/region-form-modal.tsx';
import { RegionTree } from '../features/org/components/region-tree.tsx';
import { useCenters, useRegions } from '../features/org/hooks/use-org.ts';
import { mayManageRegion } from '../features/org/permissions.ts';
import { PageHeader } from '../shared/layout/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../shared/page-states.tsx';

const detailPath = (id: string) => `/admin/centers/${id}`;

export function AdminCentersPage(): ReactElement {
  const me = useSignedInStaff();
  const centers = useCenters();
  const regions = useRegions();
  const editable = canManageOrganisation(me);
  const [centerDialog, setCenterDialog] = useState<CenterDialog>(null);
  const [regionDialog, setRegionDialog] = useState<RegionDialog>(null);

  const regionsWithoutCenter = useMemo(() => {
    const withCenter = new Set((centers.data ?? []).map((center) => center.regionCode));
    return (regions.data ?? []).filter(
      (region) =>
        isWithinRegion(region.code, me.regionCode) &&
        centerKindForLevel(region.level) !== null &&
        !withCenter.has(region.code),
    );
  }, [centers.data, regions.data, me.regionCode]);

  let centersBody: ReactElement;
  if (centers.isPending) centersBody = <LoadingState rows={6} />;
  else if (centers.isError)
    centersBody = <ErrorState error={centers.error} onRetry={() => void centers.refetch()} />;
  else if (centers.data.length === 0)
    centersBody = (
      <EmptyState description="尚未登记服务中心。请先运行初始化或导入机构数据。">
        {editable && regionsWithoutCenter.length > 0 && (
          <Button type="primary" icon={<ShopOutlined />} onClick={() => setCenterDialog({ kind: 'create' })}>
            设立服务中心
          </Button>
        )}
      </EmptyState>
    );
  else
    centersBody = (
      <CentersTable
        centers={centers.data}
        detailPath={detailPath}
        onEdit={editable ? (center) => setCenterDialog({ kind: 'edit', center }) : undefined}
        isEditable={(center) => mayManageRegion(me, center.regionCode)}
      />
    );

  let regionsBody: ReactElement;
  if (regions.isPending || centers.isPending) regionsBody = <LoadingState rows={6} />;
  else if (regions.isError)
    regionsBody = <ErrorState error={regions.error} onRetry={() => void regions.refetch()} />;
  else if (centers.isError)
    regionsBody = <ErrorState error={centers.error} onRetry={() => void centers.refetch()} />;
  else
    regionsBody = (
      <RegionTree
        regions={regions.data}
        centers={centers.data}
        scopeCode={me.regionCode}
        editable={editable}
        centerPath={detailPath}
        onAddChild={(parent) => setRegionDialog({ kind: 'add', parent })}
        onRename={(region) => setRegionDialog({ kind: 'rename', region })}
        onCreateCenter={(region) => setCenterDialog({ kind: 'create', region })}
      />
    );

  return (
    <div className="ow-page">
      <PageHeader
        title="机构与窗口"
        subtitle={
          editable
            ? '三级服务网络中的服务中心与行政区划。点击中心名称维护大厅、功能区、窗口和人员。'
            : '三级服务网络中的服务中心；点击名称查看功能区与窗口。'
        }
        extra={
          editable && (
            <Button
              type="primary"
              icon={<ShopOutlined />}
              disabled={regionsWithoutCenter.length === 0}
              title={regionsWithoutCenter.length === 0 ? '本辖区各区划均已设立服务中心' : undefined}
              onClick={() => setCenterDialog({ kind: 'create' })}
            >
              设立服务中心
            </Button>
          )
        }
      />
      <Card variant="borderless">
        <Tabs
          items={[
            { key: 'centers', label: '服务中心', children: centersBody },
            { key: 'regions', label: '行政区划', children: regionsBody },
          ]}
        />
      </Card>
      {editable && (
        <>
          <CenterFormModal
            dialog={centerDialog}
            regionsWithoutCenter={regionsWithoutCenter}
            onClose={() => setCenterDialog(null)}
          />
          <RegionFormModal dialog={regionDialog} onClose={() => setRegionDialog(null)} />
        </>
      )}
    </div>
  );
}
