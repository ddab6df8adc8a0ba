import { App as AntApp, Form, Input, InputNumber, Select } from 'antd';
import type { ReactElement } from 'react';
import type { Department, DepartmentFields, Region, StationingMode } from '../api/org-api.ts';
import { useCreateDepartment, useUpdateDepartment } from '../hooks/use-org.ts';
import { regionLevelLabel, STATIONING_MODES, stationingModeLabel } from '../labels.ts';
import { PHONE_PATTERN } from './center-form-modal.tsx';
import { EntityFormModal } from './entity-form-modal.tsx';

export type DepartmentDialog = { kind: 'create' } | { kind: 'edit'; department: Department } | null;

interface DepartmentValues {
  regionCode: string;
  name: string;
  shortName: string;
  stationingMode: StationingMode;
  phone?: string;
  sortOrder?: number | null;
}

const STATIONING_MODE_HELP: Record<StationingMode, string> = {
  whole_unit: '部门的审批职能和人员整体进驻中心',
  approval_office: '部门的审批科室进驻中心集中办理',
  key_staff: '部门派首席代表进驻，现场审批或授权办理',
  general_window: '不设专门窗口，由综合窗口代收件后转部门办理',
};

export function DepartmentFormModal({
  dialog,
  regions,
  defaultRegionCode,
  onClose,
}: {
  dialog: DepartmentDialog;
  /** Regions of the caller's scope a department may belong to. */
  regions: readonly Region[];
  defaultRegionCode: string;
  onClose: () => void;
}): ReactElement {
  const create = useCreateDepartment();
  const update = useUpdateDepartment();
  const { message } = AntApp.useApp();
  const editing = dialog?.kind === 'edit' ? dialog.department : null;
  const current = editing ? update : create;
  const mutation = {
    isPending: current.isPending,
    error: current.error,
    reset: () => {
      create.reset();
      update.reset();
    },
  };

  return (
    <EntityFormModal<DepartmentValues>
      open={dialog !== null}
      title={editing ? `编辑 · ${editing.name}` : '新增部门'}
      okText={editing ? '保存' : '新增'}
      mutation={mutation}
      initialValues={
        editing
          ? {
              regionCode: editing.regionCode,
              name: editing.name,
              shortName: editing.shortName,
              stationingMode: editing.stationingMode,
              phone: editing.phone ?? '',
              sortOrder: editing.sortOrder,
            }
          : { regionCode: defaultRegionCode, stationingMode: 'approval_office' }
      }
      fieldOfError={{ DEPARTMENT_NAME_TAKEN: 'name' }}
      onClose={onClose}
      onSubmit={(values, idempotencyKey) => {
        const fields: DepartmentFields = {
          name: values.name.trim(),
          shortName: values.shortName.trim(),
          stationingMode: values.stationingMode,
          phone: values.phone?.trim() ? values.phone.trim() : null,
          ...(values.sortOrder !== undefined && values.sortOrder !== null
            ? { sortOrder: values.sortOrder }
            : {}),
        };
        const done = {
          onSuccess: (department: Department) => {
            void message.success(editing ? '已保存' : `已新增${department.name}`);
            onClose();
          },
        };
        if (editing) update.mutate({ id: editing.id, input: fields }, done);
        else create.mutate({ regionCode: values.regionCode, ...fields, idempotencyKey }, done);
      }}
    >
      <Form.Item label="所属区划" name="regionCode" rules={[{ required: true, message: '请选择所属区划' }]}>
        <Select
          disabled={editing !== null}
          showSearch={{ optionFilterProp: 'label' }}
          options={regions.map((region) => ({
            value: region.code,
            label: `${region.name}（${regionLevelLabel(region.level)}）`,
          }))}
        />
      </Form.Item>
      <Form.Item
        label="部门全称"
        name="name"
        extra="同一区划内不能重名"
        rules={[
          { required: true, whitespace: true, message: '请输入部门全称' },
          { max: 80, message: '全称不超过80个字符' },
        ]}
      >
        <Input autoComplete="off" placeholder="如 栖云县市场监督管理局" />
      </Form.Item>
      <Form.Item
        label="简称"
        name="shortName"
        rules={[
          { required: true, whitespace: true, message: '请输入简称' },
          { max: 20, message: '简称不超过20个字符' },
        ]}
      >
        <Input autoComplete="off" placeholder="如 市场监管" style={{ width: 220 }} />
      </Form.Item>
      <Form.Item
        label="进驻方式"
        name="stationingMode"
        rules={[{ required: true, message: '请选择进驻方式' }]}
      >
        <Select
          options={STATIONING_MODES.map((mode) => ({
            value: mode,
            label: (
              <span className="ow-option-with-help">
                {stationingModeLabel(mode)}
                <small>{STATIONING_MODE_HELP[mode]}</small>
              </span>
            ),
          }))}
          labelRender={({ value }) => stationingModeLabel(value as StationingMode)}
        />
      </Form.Item>
      <Form.Item
        label="咨询电话"
        name="phone"
        rules={[{ pattern: PHONE_PATTERN, message: '请输入正确的电话号码，如 0649-66120110' }]}
      >
        <Input autoComplete="off" inputMode="tel" style={{ width: 260 }} />
      </Form.Item>
      <Form.Item label="排序" name="sortOrder" extra="列表从小到大排列；不填则排在本区划最后">
        <InputNumber min={0} max={9999} precision={0} style={{ width: 140 }} />
      </Form.Item>
    </EntityFormModal>
  );
}
