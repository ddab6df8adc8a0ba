import { App as AntApp, Form, Input, Radio, Select, Switch } from 'antd';
import { useMemo, type ReactElement } from 'react';
import { regionLineage } from '../../../../../domain/org/index.ts';
import type { CenterLayout, Department, WindowFields, WindowKind } from '../api/org-api.ts';
import { useCreateWindow, useUpdateWindow } from '../hooks/use-org.ts';
import { floorLabel } from '../labels.ts';
import { EntityFormModal } from './entity-form-modal.tsx';

/** A window being edited: what the form needs of it. */
export interface EditableWindow {
  id: string;
  number: string;
  name: string;
  kind: WindowKind;
  zoneId: string;
  departmentId: string | null;
  isOpen: boolean;
}

export type WindowDialog = { kind: 'create' } | { kind: 'edit'; window: EditableWindow } | null;

interface WindowValues {
  number: string;
  name: string;
  kind: WindowKind;
  zoneId: string;
  departmentId?: string | null;
  isOpen?: boolean;
}

/** The same rule as the server's: letters, digits and hyphens, up to 10, e.g. 12 or A3. */
const WINDOW_NUMBER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{0,9}$/;

function toFields(values: WindowValues): WindowFields {
  return {
    number: values.number.trim(),
    name: values.name.trim(),
    kind: values.kind,
    zoneId: values.zoneId,
    departmentId: values.kind === 'specialized' ? (values.departmentId ?? null) : null,
  };
}

/** Only what changed, so the audit log says what was done. */
function changedFields(before: EditableWindow, after: WindowFields): Partial<WindowFields> {
  const changes: Partial<WindowFields> = {};
  if (after.number !== before.number) changes.number = after.number;
  if (after.name !== before.name) changes.name = after.name;
  if (after.kind !== before.kind) changes.kind = after.kind;
  if (after.zoneId !== before.zoneId) changes.zoneId = after.zoneId;
  if (after.departmentId !== before.departmentId) changes.departmentId = after.departmentId;
  return changes;
}

export function WindowFormModal({
  layout,
  departments,
  dialog,
  onClose,
}: {
  layout: CenterLayout;
  departments: readonly Department[];
  dialog: WindowDialog;
  onClose: () => void;
}): ReactElement {
  const create = useCreateWindow();
  const update = useUpdateWindow();
  const { message } = AntApp.useApp();
  const editing = dialog?.kind === 'edit' ? dialog.window : null;
  const current = editing ? update : create;
  const mutation = {
    isPending: current.isPending,
    error: current.error,
    reset: () => {
      create.reset();
      update.reset();
    },
  };

  // A window serves a department of its center's region or a region above it (the server's rule).
  const departmentOptions = useMemo(() => {
    const lineage = regionLineage(layout.center.regionCode);
    return departments
      .filter((department) => lineage.includes(department.regionCode))
      .map((department) => ({ value: department.id, label: department.name }));
  }, [departments, layout.center.regionCode]);
  const zoneOptions = layout.halls.map((hall) => ({
    label: hall.name,
    title: hall.name,
    options: layout.zones
      .filter((zone) => zone.hallId === hall.id)
      .map((zone) => ({ value: zone.id, label: `${floorLabel(zone.floor)} · ${zone.name}` })),
  }));

  return (
    <EntityFormModal<WindowValues>
      open={dialog !== null}
      title={editing ? `编辑 ${editing.number} 号窗口` : '新增窗口'}
      okText={editing ? '保存' : '新增'}
      mutation={mutation}
      initialValues={
        editing
          ? {
              number: editing.number,
              name: editing.name,
              kind: editing.kind,
              zoneId: editing.zoneId,
              departmentId: editing.departmentId,
            }
          : { kind: 'general', isOpen: true, ...(layout.zones[0] ? { zoneId: layout.zones[0].id } : {}) }
      }
      fieldOfError={{
        WINDOW_NUMBER_TAKEN: 'number',
        WINDOW_ZONE_INVALID: 'zoneId',
        WINDOW_DEPARTMENT_INVALID: 'departmentId',
      }}
      onClose={onClose}
      onSubmit={(values, idempotencyKey) => {
        const fields = toFields(values);
        const done = {
          onSuccess: () => {
            void message.success(editing ? '已保存' : `已新增 ${fields.number} 号窗口`);
            onClose();
          },
        };
        if (!editing) {
          create.mutate(
            { centerId: layout.center.id, ...fields, isOpen: values.isOpen ?? true, idempotencyKey },
            done,
          );
          return;
        }
        const input = changedFields(editing, fields);
        if (Object.keys(input).length === 0) {
          void message.info('没有修改');
          onClose();
          return;
        }
        update.mutate({ id: editing.id, input }, done);
      }}
    >
      <Form.Item
        label="窗口号"
        name="number"
        extra="显示在窗口上方的编号，同一中心内不能重复"
        rules={[
          { required: true, whitespace: true, message: '请输入窗口号' },
          { pattern: WINDOW_NUMBER_PATTERN, message: '窗口号为1–10位字母、数字或“-”，如 12、A3' },
        ]}
      >
        <Input autoComplete="off" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        label="名称"
        name="name"
        rules={[
          { required: true, whitespace: true, message: '请输入窗口名称' },
          { max: 60, message: '名称不超过60个字符' },
        ]}
      >
        <Input autoComplete="off" placeholder="如 综合受理、不动产登记综合受理" />
      </Form.Item>
      <Form.Item label="功能区" name="zoneId" rules={[{ required: true, message: '请选择功能区' }]}>
        <Select options={zoneOptions} placeholder="先在“大厅与功能区”中登记功能区" />
      </Form.Item>
      <Form.Item
        label="类型"
        name="kind"
        extra="综合窗口一窗受理多个部门的事项，不属于特定部门；专业窗口由一个进驻部门负责"
        rules={[{ required: true }]}
      >
        <Radio.Group
          optionType="button"
          options={[
            { value: 'general', label: '综合窗口' },
            { value: 'specialized', label: '专业窗口' },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(before, after) => before.kind !== after.kind}>
        {({ getFieldValue }) =>
          getFieldValue('kind') === 'specialized' ? (
            <Form.Item
              label="进驻部门"
              name="departmentId"
              rules={[{ required: true, message: '专业窗口须指定进驻部门' }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="选择负责该窗口的部门"
                options={departmentOptions}
              />
            </Form.Item>
          ) : null
        }
      </Form.Item>
      {!editing && (
        <Form.Item label="开放" name="isOpen" valuePropName="checked">
          <Switch checkedChildren="开放" unCheckedChildren="暂停" />
        </Form.Item>
      )}
    </EntityFormModal>
  );
}
