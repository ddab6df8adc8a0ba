import { Alert, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useMemo, type ReactElement } from 'react';
import { describeError } from '../../../shared/api.ts';
import { useIdempotencyKey } from '../../../shared/use-idempotency-key.ts';
import type { Center } from '../../org/api/org-api.ts';
import type { CreatedDevice, DeviceScope } from '../api/devices-api.ts';
import { useCreateDevice } from '../hooks/use-devices.ts';
import { DEVICE_SCOPES, deviceScopeLabel } from '../labels.ts';

interface CreateDeviceValues {
  centerId: string;
  name: string;
  scopes: DeviceScope[];
}

/** A token for a kiosk, calling screen or evaluation pad; the server shows the token once. */
export function CreateDeviceModal({
  open,
  defaultCenterId,
  centers,
  onClose,
  onCreated,
}: {
  open: boolean;
  defaultCenterId: string | null;
  /** The centers a device may belong to, in the order to offer them; undefined while loading. */
  centers: readonly Center[] | undefined;
  onClose: () => void;
  onCreated: (created: CreatedDevice) => void;
}): ReactElement {
  const [form] = Form.useForm<CreateDeviceValues>();
  const create = useCreateDevice();
  const idempotencyKey = useIdempotencyKey();
  const centerOptions = useMemo(
    () => (centers ?? []).map((center) => ({ value: center.id, label: center.name })),
    [centers],
  );

  return (
    <Modal
      open={open}
      title="新建设备令牌"
      okText="创建"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={() => {
        if (!create.isPending) onClose();
      }}
      confirmLoading={create.isPending}
      mask={{ closable: false }}
      destroyOnHidden
      afterOpenChange={(visible) => {
        if (visible) return;
        form.resetFields();
        create.reset();
        idempotencyKey.renew();
      }}
    >
      <Form<CreateDeviceValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ scopes: [], ...(defaultCenterId ? { centerId: defaultCenterId } : {}) }}
        disabled={create.isPending}
        onValuesChange={() => {
          idempotencyKey.renew();
          if (create.isError) create.reset();
        }}
        onFinish={(values) =>
          create.mutate(
            {
              input: { centerId: values.centerId, name: values.name.trim(), scopes: values.scopes },
              idempotencyKey: idempotencyKey.current(),
            },
            { onSuccess: onCreated },
          )
        }
      >
        {create.isError && (
          <Alert className="ow-form-alert" type="error" showIcon title={describeError(create.error)} />
        )}
        <Form.Item
          label="所在中心"
          name="centerId"
          rules={[{ required: true, message: '请选择设备所在的中心' }]}
        >
          <Select
            placeholder="选择中心"
            options={centerOptions}
            loading={centers === undefined}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item
          label="设备名称"
          name="name"
          extra="写明位置，便于日后识别和吊销"
          rules={[
            { required: true, whitespace: true, message: '请输入设备名称' },
            { max: 60, message: '设备名称不超过60个字符' },
          ]}
        >
          <Input placeholder="如 一楼大厅取号机1号" autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="用途"
          name="scopes"
          style={{ marginBottom: 0 }}
          rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一种用途' }]}
        >
          <Checkbox.Group
            options={DEVICE_SCOPES.map((scope) => ({ value: scope, label: deviceScopeLabel(scope) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
