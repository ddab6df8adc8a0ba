import { App as AntApp, Form, Input, InputNumber, Select } from 'antd';
import type { ReactElement } from 'react';
import type { Hall, Zone } from '../api/org-api.ts';
import { useCreateHall, useCreateZone, useUpdateHall, useUpdateZone } from '../hooks/use-org.ts';
import { floorLabel } from '../labels.ts';
import { EntityFormModal } from './entity-form-modal.tsx';

/** One modal serves create and edit: it shows the write in use and resets both. */
function eitherOf(
  current: { isPending: boolean; error: unknown },
  ...all: readonly { reset: () => void }[]
): { isPending: boolean; error: unknown; reset: () => void } {
  return { isPending: current.isPending, error: current.error, reset: () => all.forEach((m) => m.reset()) };
}

export type HallDialog = { kind: 'create' } | { kind: 'edit'; hall: Hall } | null;
export type ZoneDialog = { kind: 'create'; hall: Hall } | { kind: 'edit'; hall: Hall; zone: Zone } | null;

interface HallValues {
  name: string;
  floorCount: number;
}

interface ZoneValues {
  name: string;
  floor: number;
  sortOrder?: number | null;
}

export function HallFormModal({
  centerId,
  dialog,
  onClose,
}: {
  centerId: string;
  dialog: HallDialog;
  onClose: () => void;
}): ReactElement {
  const create = useCreateHall();
  const update = useUpdateHall();
  const { message } = AntApp.useApp();
  const editing = dialog?.kind === 'edit' ? dialog.hall : null;
  const mutation = eitherOf(editing ? update : create, create, update);
  return (
    <EntityFormModal<HallValues>
      open={dialog !== null}
      title={editing ? `编辑大厅 · ${editing.name}` : '新增大厅'}
      okText={editing ? '保存' : '新增'}
      mutation={mutation}
      initialValues={editing ? { name: editing.name, floorCount: editing.floorCount } : { floorCount: 1 }}
      fieldOfError={{ HALL_FLOORS_IN_USE: 'floorCount' }}
      onClose={onClose}
      onSubmit={(values, idempotencyKey) => {
        const input = { name: values.name.trim(), floorCount: values.floorCount };
        const done = {
          onSuccess: () => {
            void message.success(editing ? '已保存' : `已新增大厅「${input.name}」`);
            onClose();
          },
        };
        if (editing) update.mutate({ id: editing.id, input }, done);
        else create.mutate({ centerId, ...input, idempotencyKey }, done);
      }}
    >
      <Form.Item
        label="名称"
        name="name"
        rules={[
          { required: true, whitespace: true, message: '请输入大厅名称' },
          { max: 60, message: '名称不超过60个字符' },
        ]}
      >
        <Input autoComplete="off" placeholder="如 政务服务中心办事大厅" />
      </Form.Item>
      <Form.Item
        label="楼层数"
        name="floorCount"
        extra="功能区设在第1层至该层之间"
        rules={[{ required: true, message: '请输入楼层数' }]}
      >
        <InputNumber min={1} max={99} precision={0} suffix="层" style={{ width: 140 }} />
      </Form.Item>
    </EntityFormModal>
  );
}

export function ZoneFormModal({
  dialog,
  onClose,
}: {
  dialog: ZoneDialog;
  onClose: () => void;
}): ReactElement {
  const create = useCreateZone();
  const update = useUpdateZone();
  const { message } = AntApp.useApp();
  const hall = dialog?.hall ?? null;
  const editing = dialog?.kind === 'edit' ? dialog.zone : null;
  const mutation = eitherOf(editing ? update : create, create, update);
  const floors = Array.from({ length: hall?.floorCount ?? 1 }, (_, index) => index + 1);
  return (
    <EntityFormModal<ZoneValues>
      open={dialog !== null}
      title={editing ? `编辑功能区 · ${editing.name}` : hall ? `在「${hall.name}」新增功能区` : ''}
      okText={editing ? '保存' : '新增'}
      mutation={mutation}
      initialValues={
        editing ? { name: editing.name, floor: editing.floor, sortOrder: editing.sortOrder } : { floor: 1 }
      }
      fieldOfError={{ ZONE_NAME_TAKEN: 'name', ZONE_FLOOR_INVALID: 'floor' }}
      onClose={onClose}
      onSubmit={(values, idempotencyKey) => {
        if (!hall) return;
        const input = {
          name: values.name.trim(),
          floor: values.floor,
          ...(values.sortOrder !== undefined && values.sortOrder !== null
            ? { sortOrder: values.sortOrder }
            : {}),
        };
        const done = {
          onSuccess: () => {
            void message.success(editing ? '已保存' : `已新增功能区「${input.name}」`);
            onClose();
          },
        };
        if (editing) update.mutate({ id: editing.id, input }, done);
        else create.mutate({ hallId: hall.id, ...input, idempotencyKey }, done);
      }}
    >
      <Form.Item
        label="名称"
        name="name"
        rules={[
          { required: true, whitespace: true, message: '请输入功能区名称' },
          { max: 40, message: '名称不超过40个字符' },
        ]}
      >
        <Input autoComplete="off" placeholder="如 不动产登记区" />
      </Form.Item>
      <Form.Item label="楼层" name="floor" rules={[{ required: true, message: '请选择楼层' }]}>
        <Select options={floors.map((floor) => ({ value: floor, label: floorLabel(floor) }))} />
      </Form.Item>
      <Form.Item label="排序" name="sortOrder" extra="同一楼层内从小到大排列；不填则排在最后">
        <InputNumber min={0} max={9999} precision={0} style={{ width: 140 }} />
      </Form.Item>
    </EntityFormModal>
  );
}
