import type { ReactElement } from 'react';
import { Card } from 'antd';
import { CentersTable } from '../features/org/components/centers-table.tsx';
import { useCenters } from '../features/org/hooks/use-org.ts';
import { PageHeader } from '../shared/layout/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../shared/page-states.tsx';

export function AdminCentersPage(): ReactElement {
  const centers = useCenters();
  let body: ReactElement;
  if (centers.isPending) body = <LoadingState rows={6} />;
  else if (centers.isError)
    body = <ErrorState error={centers.error} onRetry={() => void centers.refetch()} />;
  else if (centers.data.length === 0)
    body = <EmptyState description="尚未登记服务中心。请先运行初始化或导入机构数据。" />;
  else body = <CentersTable centers={centers.data} detailPath={(id) => `/admin/centers/${id}`} />;
  return (
    <div className="ow-page">
      <PageHeader title="机构与窗口" subtitle="三级服务网络中的服务中心；点击名称查看功能区与窗口。" />
      <Card variant="borderless">{body}</Card>
    </div>
  );
}
