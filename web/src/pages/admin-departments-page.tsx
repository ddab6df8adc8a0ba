import { Card } from 'antd';
import type { ReactElement } from 'react';
import { DepartmentsTable } from '../features/org/components/departments-table.tsx';
import { useDepartments } from '../features/org/hooks/use-org.ts';
import { PageHeader } from '../shared/layout/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../shared/page-states.tsx';

export function AdminDepartmentsPage(): ReactElement {
  const departments = useDepartments();
  let body: ReactElement;
  if (departments.isPending) body = <LoadingState rows={8} />;
  else if (departments.isError)
    body = <ErrorState error={departments.error} onRetry={() => void departments.refetch()} />;
  else if (departments.data.length === 0) body = <EmptyState description="尚未登记进驻部门" />;
  else body = <DepartmentsTable departments={departments.data} />;
  return (
    <div className="ow-page">
      <PageHeader title="进驻部门" subtitle="在政务服务中心设窗口或由综合窗口代收件的部门及其进驻方式。" />
      <Card variant="borderless">{body}</Card>
    </div>
  );
}
