import { App as AntApp, Form, Input } from 'antd';
import type { ReactElement } from 'react';
import { checkChildRegion, regionLevelLabel, regionPrefix } from '../../../../../domain/org/index.ts';
import type { Region } from '../api/org-api.ts';
import { useCreateRegion, useRenameRegion } from '../hooks/use-org.ts';
import { EntityFormModal } from './entity-form-modal.tsx';

/** What the region dialog does: add a township or village under `parent`, or rename `region`. */
export type RegionDialog = { kind: 'add'; parent: Region } | { kind: 'rename'; region: Region } | null;

interface RegionValues {
  code: string;
  name: string;
}

const NAME_RULES = [
  { required: true, whitespace: true, message: '请输入名称' },
  { max: 40, message: '名称不超过40个字符' },
];

function childLevelOf(parent: Region): 'township' | 'village' | null {
  if (parent.level === 'county') return 'township';
  if (parent.level === 'township') return 'village';
  return null;
}

function AddRegionModal({ parent, onClose }: { parent: Region | null; onClose: () => void }) {
  const create = useCreateRegion();
  const { message } = AntApp.useApp();
  const level = parent ? childLevelOf(parent) : null;
  const prefix = parent ? regionPrefix(parent.code) : '';
  return (
    <EntityFormModal<RegionValues>
      open={parent !== null && level !== null}
      title={parent && level ? `在${parent.name}下新增${regionLevelLabel(level)}` : ''}
      okText="新增"
      mutation={create}
      initialValues={{ code: prefix }}
      fieldOfError={{ REGION_EXISTS: 'code', REGION_CODE_INVALID: 'code', REGION_NAME_TAKEN: 'name' }}
      onClose={onClose}
      onSubmit={(values, idempotencyKey) => {
        if (!parent || !level) return;
        create.mutate(
          {
            parentCode: parent.code,
            code: values.code.trim(),
            name: values.name.trim(),
            level,
            idempotencyKey,
          },
          {
            onSuccess: (region) => {
              void message.success(`已新增${region.name}`);
              onClose();
            },
          },
        );
      }}
    >
      <Form.Item label="名称" name="name" rules={NAME_RULES}>
        <Input autoComplete="off" placeholder={level === 'township' ? '如 青石镇' : '如 竹林村'} />
      </Form.Item>
      <Form.Item
        label="区划代码"
        name="code"
        extra={
          level === 'township'
            ? `12位：${prefix} + 3位镇（乡、街道）序号 + 000`
            : `12位：${prefix} + 3位村（社区）序号`
        }
        rules={[
          { required: true, message: '请输入区划代码' },
          { pattern: /^\d{12}$/, message: '区划代码应为12位数字' },
          {
            validator: async (_, value: string | undefined) => {
              if (!parent || !level || !value || !/^\d{12}$/.test(value)) return;
              const problem = checkChildRegion({ code: value, level, parent });
              if (problem) throw new Error(problem.message);
            },
          },
        ]}
      >
        <Input inputMode="numeric" maxLength={12} className="ow-mono" />
      </Form.Item>
    </EntityFormModal>
  );
}

function RenameRegionModal({ region, onClose }: { region: Region | null; onClose: () => void }) {
  const rename = useRenameRegion();
  const { message } = AntApp.useApp();
  return (
    <EntityFormModal<RegionValues>
      open={region !== null}
      title={region ? `重命名 · ${region.name}` : ''}
      mutation={rename}
      initialValues={{ name: region?.name ?? '' }}
      fieldOfError={{ REGION_NAME_TAKEN: 'name' }}
      onClose={onClose}
      onSubmit={(values) => {
        if (!region) return;
        rename.mutate(
          { code: region.code, name: values.name.trim() },
          {
            onSuccess: () => {
              void message.success('已重命名');
              onClose();
            },
          },
        );
      }}
    >
      <Form.Item label="区划代码">
        <span className="ow-mono">{region?.code}</span>
      </Form.Item>
      <Form.Item label="名称" name="name" rules={NAME_RULES}>
        <Input autoComplete="off" />
      </Form.Item>
    </EntityFormModal>
  );
}

/** Adds a township or village, or renames a region. */
export function RegionFormModal({
  dialog,
  onClose,
}: {
  dialog: RegionDialog;
  onClose: () => void;
}): ReactElement {
  return (
    <>
      <AddRegionModal parent={dialog?.kind === 'add' ? dialog.parent : null} onClose={onClose} />
      <RenameRegionModal region={dialog?.kind === 'rename' ? dialog.region : null} onClose={onClose} />
    </>
  );
}
