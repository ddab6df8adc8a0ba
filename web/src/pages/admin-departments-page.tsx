import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useMemo, useState, type ReactElement } from 'react';
import { centerKindForLevel, isWithinRegion } from '../../../domain/org/index.ts';
import { useSignedInStaff } from '../features/auth/hooks/use-auth.ts';
import { canManageOrganisation } from '../shared/permissions.ts';
import {
  DepartmentFormModal,
  type DepartmentDialog,
} from '../features/org/components/department-form-modal.tsx';
import { DepartmentsTable } from '../features/org/components/departments-table.tsx';
import { useDepartments, useRegions } from '../features/org/hooks/use-org.ts';
import { mayManageRegion } from '../features/org/permissions.ts';
import { PageHeader } from '../shared/layout/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../shared/page-states.tsx';

export function AdminDepartmentsPage(): ReactElement {
  const me = useSignedInStaff();
  const departments = useDepartments();
  const regions = useRegions();
  const editable = canManageOrganisation(me);
  const [dialog, setDialog] = useState<DepartmentDialog>(null);

  const regionNames = useMemo(
    () => new Map((regions.data ?? []).map((region) => [region.code, region.name])),
    [regions.data],
  );
  const regionName = (code: string) => regionNames.get(code) ?? code;
  // Departments belong to regions that have centers: the county, its townships and villages.
  const ownRegions = useMemo(
    () =>
      (regions.data ?? []).filter(
        (region) => isWithinRegion(region.code, me.regionCode) && centerKindForLevel(region.level) !== null,
      ),
    [regions.data, me.regionCode],
  );

  const createButton = editable && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
      新增部门
    </Button>
  );

  let body: ReactElement;
  if (departments.isPending) body = <LoadingState rows={8} />;
  else if (departments.isError)
    body = <ErrorState error={departments.error} onRetry={() => void departments.refetch()} />;
  else if (departments.data.length === 0)
    body = <EmptyState description="尚未登记进驻部门">{createButton}</EmptyState>;
  else
    body = (
      <DepartmentsTable
        departments={departments.data}
        regionName={regionName}
        onEdit={editable ? (department) => setDialog({ kind: 'edit', department }) : undefined}
        isEditable={(department) => mayManageRegion(me, department.regionCode)}
      />
    );
  return (
    <div className="ow-page">
      <PageHeader
        title="进驻部门"
        subtitle="在政务服务中心设窗口或由综合窗口代收件的部门及其进驻方式；镇（乡、街道）的部门在本级便民服务中心办理。"
        extra={createButton}
      />
      <Card variant="borderless">{body}</Card>
      {editable && (
        <DepartmentFormModal
          dialog={dialog}
          regions={ownRegions}
          defaultRegionCode={me.regionCode}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
