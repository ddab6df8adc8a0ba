import { App as AntApp, Form, Input, Select } from 'antd';
import type { ReactElement } from 'react';
import { centerKindForLevel } from '../../../../../domain/org/index.ts';
import type { Center, Region } from '../api/org-api.ts';
import { useCreateCenter, useUpdateCenter } from '../hooks/use-org.ts';
import { centerKindLabel, regionLevelLabel } from '../labels.ts';
import { EntityFormModal } from './entity-form-modal.tsx';

/** Set up a center for a region (create), or edit a center's public details. */
export type CenterDialog = { kind: 'create'; region?: Region } | { kind: 'edit'; center: Center } | null;

interface CenterValues {
  regionCode: string;
  name: string;
  address: string;
  phone?: string;
  openingHours: string;
}

/** The same rule as the server's: digits with the usual separators, several numbers joined by 、 */
export const PHONE_PATTERN = /^[0-9+(][0-9+() \-、，,转]{2,39}$/;

function CenterFields(): ReactElement {
  return (
    <>
      <Form.Item
        label="名称"
        name="name"
        rules={[
          { required: true, whitespace: true, message: '请输入名称' },
          { max: 60, message: '名称不超过60个字符' },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label="地址"
        name="address"
        rules={[
          { required: true, whitespace: true, message: '请输入地址' },
          { max: 200, message: '地址不超过200个字符' },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label="咨询电话"
        name="phone"
        extra="可填多个，用“、”分隔；不填则显示“暂未公布”"
        rules={[{ pattern: PHONE_PATTERN, message: '请输入正确的电话号码，如 0649-66123345' }]}
      >
        <Input autoComplete="off" inputMode="tel" />
      </Form.Item>
      <Form.Item
        label="办公时间"
        name="openingHours"
        rules={[
          { required: true, whitespace: true, message: '请输入办公时间' },
          { max: 200, message: '办公时间不超过200个字符' },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
      </Form.Item>
    </>
  );
}

export function CenterFormModal({
  dialog,
  regionsWithoutCenter,
  onClose,
}: {
  dialog: CenterDialog;
  /** Regions of the caller's scope where a center may still be set up. */
  regionsWithoutCenter: readonly Region[];
  onClose: () => void;
}): ReactElement {
  const create = useCreateCenter();
  const update = useUpdateCenter();
  const { message } = AntApp.useApp();
  const editing = dialog?.kind === 'edit' ? dialog.center : null;
  const phone = (value: string | undefined) => (value?.trim() ? value.trim() : null);

  return (
    <>
      <EntityFormModal<CenterValues>
        open={dialog?.kind === 'create'}
        title="设立服务中心"
        okText="设立"
        mutation={create}
        initialValues={dialog?.kind === 'create' && dialog.region ? { regionCode: dialog.region.code } : {}}
        fieldOfError={{ CENTER_EXISTS: 'regionCode', CENTER_REGION_LEVEL_INVALID: 'regionCode' }}
        onClose={onClose}
        onSubmit={(values, idempotencyKey) =>
          create.mutate(
            {
              regionCode: values.regionCode,
              name: values.name.trim(),
              address: values.address.trim(),
              phone: phone(values.phone),
              openingHours: values.openingHours.trim(),
              idempotencyKey,
            },
            {
              onSuccess: (center) => {
                void message.success(`已设立${center.name}`);
                onClose();
              },
            },
          )
        }
      >
        <Form.Item
          label="行政区划"
          name="regionCode"
          extra="县设政务服务中心，镇（乡、街道）设便民服务中心，村（社区）设便民服务站；每个区划一个"
          rules={[{ required: true, message: '请选择行政区划' }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="选择尚未设立服务中心的区划"
            options={regionsWithoutCenter.map((region) => ({
              value: region.code,
              label: `${region.name}（${regionLevelLabel(region.level)} · ${centerKindLabel(centerKindForLevel(region.level)!)}）`,
            }))}
          />
        </Form.Item>
        <CenterFields />
      </EntityFormModal>
      <EntityFormModal<CenterValues>
        open={editing !== null}
        title={editing ? `编辑 · ${editing.name}` : ''}
        mutation={update}
        initialValues={
          editing
            ? {
                name: editing.name,
                address: editing.address,
                phone: editing.phone ?? '',
                openingHours: editing.openingHours,
              }
            : {}
        }
        onClose={onClose}
        onSubmit={(values) => {
          if (!editing) return;
          update.mutate(
            {
              id: editing.id,
              input: {
                name: values.name.trim(),
                address: values.address.trim(),
                phone: phone(values.phone),
                openingHours: values.openingHours.trim(),
              },
            },
            {
              onSuccess: () => {
                void message.success('已保存');
                onClose();
              },
            },
          );
        }}
      >
        <CenterFields />
      </EntityFormModal>
    </>
  );
}
