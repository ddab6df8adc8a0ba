import { App as AntApp, Form, Input, Select } from 'antd';
import type { ReactElement } from 'react';
import { isWithinRegion, regionLineage } from '../../../../../domain/org/index.ts';
import type { Center, Department, OrgStaff } from '../api/org-api.ts';
import { useAssignStaff } from '../hooks/use-org.ts';
import { sortCenters } from '../labels.ts';
import { EntityFormModal } from './entity-form-modal.tsx';

/** Adjust one person's center and department, or bring someone into `centerId`. */
export type StaffAssignmentDialog =
  { kind: 'edit'; person: OrgStaff } | { kind: 'add'; centerId: string } | null;

interface AssignmentValues {
  staffId: string;
  centerId?: string | null;
  departmentId?: string | null;
}

export function StaffAssignmentModal({
  dialog,
  staff,
  centers,
  departments,
  onClose,
}: {
  dialog: StaffAssignmentDialog;
  /** Staff of the admin's regions. */
  staff: readonly OrgStaff[];
  /** Centers of the admin's regions. */
  centers: readonly Center[];
  departments: readonly Department[];
  onClose: () => void;
}): ReactElement {
  const assign = useAssignStaff();
  const { message } = AntApp.useApp();
  const person = dialog?.kind === 'edit' ? dialog.person : null;
  const targetCenterId = dialog?.kind === 'add' ? dialog.centerId : null;
  const byId = new Map(staff.map((entry) => [entry.id, entry]));
  const targetCenter = centers.find((c) => c.id === targetCenterId);
  // Someone may join a center that lies within their own regions (the server's rule).
  const candidates = staff.filter(
    (entry) =>
      entry.isActive &&
      entry.centerId !== targetCenterId &&
      (!targetCenter || isWithinRegion(targetCenter.regionCode, entry.regionCode)),
  );

  return (
    <EntityFormModal<AssignmentValues>
      open={dialog !== null}
      title={person ? `调整所在中心和部门 · ${person.displayName}` : '添加本中心工作人员'}
      mutation={assign}
      initialValues={
        person
          ? { staffId: person.id, centerId: person.centerId, departmentId: person.departmentId }
          : { centerId: targetCenterId, departmentId: null }
      }
      fieldOfError={{ STAFF_CENTER_INVALID: 'centerId', STAFF_DEPARTMENT_INVALID: 'departmentId' }}
      onClose={onClose}
      onSubmit={(values) => {
        const target = byId.get(values.staffId);
        assign.mutate(
          {
            staffId: values.staffId,
            input: { centerId: values.centerId ?? null, departmentId: values.departmentId ?? null },
          },
          {
            onSuccess: () => {
              void message.success(`已调整${target?.displayName ?? ''}的所在中心和部门`);
              onClose();
            },
          },
        );
      }}
    >
      {person ? (
        <>
          <Form.Item name="staffId" hidden>
            <Input />
          </Form.Item>
          <Form.Item label="工作人员">
            {person.displayName} <span className="ow-mono ow-muted">{person.username}</span>
          </Form.Item>
        </>
      ) : (
        <Form.Item
          label="工作人员"
          name="staffId"
          extra="本辖区内尚未分配到本中心的在用账号；新账号请在“用户与角色”中创建"
          rules={[{ required: true, message: '请选择工作人员' }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="按姓名或用户名查找"
            options={candidates.map((entry) => ({
              value: entry.id,
              label: `${entry.displayName}（${entry.username}）`,
            }))}
          />
        </Form.Item>
      )}
      <Form.Item
        noStyle
        shouldUpdate={(before, after) =>
          before.staffId !== after.staffId || before.centerId !== after.centerId
        }
      >
        {({ getFieldValue, setFieldValue }) => {
          const chosen = byId.get(getFieldValue('staffId') as string);
          const centerId = getFieldValue('centerId') as string | null | undefined;
          const center = centers.find((c) => c.id === centerId);
          // The server's rules: a center within the person's regions; a department of that center's
          // region or one above it.
          const centerOptions = sortCenters(
            centers.filter((c) => !chosen || isWithinRegion(c.regionCode, chosen.regionCode)),
          ).map((c) => ({ value: c.id, label: c.name }));
          const departmentsFor = (centerRegion: string | undefined) => {
            const unitRegion = centerRegion ?? chosen?.regionCode;
            const lineage = unitRegion ? regionLineage(unitRegion) : [];
            return departments.filter((d) => lineage.includes(d.regionCode));
          };
          const departmentOptions = departmentsFor(center?.regionCode).map((d) => ({
            value: d.id,
            label: d.name,
          }));
          return (
            <>
              <Form.Item label="所在中心" name="centerId">
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder="不属于特定中心"
                  options={centerOptions}
                  onChange={(nextCenterId: string | undefined) => {
                    // A department the new center may not have is cleared rather than refused.
                    const next = centers.find((c) => c.id === nextCenterId);
                    const departmentId = getFieldValue('departmentId') as string | null | undefined;
                    if (departmentId && !departmentsFor(next?.regionCode).some((d) => d.id === departmentId))
                      setFieldValue('departmentId', null);
                  }}
                />
              </Form.Item>
              <Form.Item label="所属部门" name="departmentId" extra="所在中心所在区划或其上级区划的部门">
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder="不属于特定部门"
                  options={departmentOptions}
                />
              </Form.Item>
            </>
          );
        }}
      </Form.Item>
    </EntityFormModal>
  );
}
