import { Alert, Form, Input, Modal, Select } from 'antd';
import { useMemo, type ReactElement } from 'react';
import { describeError } from '../../../shared/api.ts';
import { useIdempotencyKey } from '../../../shared/use-idempotency-key.ts';
import { canAssignRoles, type Permitted } from '../../../shared/permissions.ts';
import type { Center, Department } from '../../org/api/org-api.ts';
import type { CreatedUser } from '../api/users-api.ts';
import { useCreateUser } from '../hooks/use-users.ts';
import { RoleCheckboxes } from './role-checkboxes.tsx';

interface CreateUserValues {
  username: string;
  displayName: string;
  centerId?: string;
  departmentId?: string;
  regionCode: string;
  roles: string[];
}

export interface CreateUserModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: (created: CreatedUser) => void;
  /** The admin creating the account: their region is the default, their roles decide the grants. */
  actor: Permitted & { regionCode: string; centerId: string | null };
  /** The centers and departments to choose from, in the order to offer them; undefined while loading. */
  centers: readonly Center[] | undefined;
  departments: readonly Department[] | undefined;
}

const USERNAME_PATTERN = /^[a-z][a-z0-9_]{2,31}$/;

/**
 * A new staff account. The server answers with a temporary password that is shown once; the
 * submission carries one Idempotency-Key, so a double click or a retry creates one account.
 */
export function CreateUserModal({
  open,
  onClose,
  onCreated,
  actor,
  centers,
  departments,
}: CreateUserModalProps): ReactElement {
  const [form] = Form.useForm<CreateUserValues>();
  const create = useCreateUser();
  // One key per submission: the same values sent twice are the same request.
  const idempotencyKey = useIdempotencyKey();
  const mayGrant = canAssignRoles(actor);
  const regionCode = Form.useWatch('regionCode', form);

  const centerOptions = useMemo(
    () => (centers ?? []).map((center) => ({ value: center.id, label: center.name })),
    [centers],
  );
  const departmentOptions = useMemo(() => {
    const all = departments ?? [];
    const local = all.filter((department) => department.regionCode === regionCode);
    return (local.length > 0 ? local : all).map((department) => ({
      value: department.id,
      label: department.name,
    }));
  }, [departments, regionCode]);

  const initialValues: Partial<CreateUserValues> = {
    regionCode: actor.regionCode,
    roles: [],
    ...(actor.centerId ? { centerId: actor.centerId } : {}),
  };

  const close = () => {
    if (!create.isPending) onClose();
  };

  return (
    <Modal
      open={open}
      title="新建用户"
      okText="创建"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={close}
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
      <Form<CreateUserValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={initialValues}
        disabled={create.isPending}
        onValuesChange={() => {
          // Different values are a different submission.
          idempotencyKey.renew();
          if (create.isError) create.reset();
        }}
        onFinish={(values) =>
          create.mutate(
            {
              input: {
                username: values.username.trim(),
                displayName: values.displayName.trim(),
                regionCode: values.regionCode.trim(),
                roles: mayGrant ? values.roles : [],
                centerId: values.centerId ?? null,
                departmentId: values.departmentId ?? null,
              },
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
          label="用户名"
          name="username"
          extra="用于登录，创建后不能修改"
          rules={[
            { required: true, whitespace: true, message: '请输入用户名' },
            {
              pattern: USERNAME_PATTERN,
              message: '以小写字母开头，3–32位小写字母、数字或下划线',
            },
          ]}
        >
          <Input placeholder="如 zhangwei" autoComplete="off" spellCheck={false} autoCapitalize="none" />
        </Form.Item>
        <Form.Item
          label="姓名"
          name="displayName"
          rules={[
            { required: true, whitespace: true, message: '请输入姓名' },
            { max: 40, message: '姓名不超过40个字符' },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="所在中心" name="centerId">
          <Select
            allowClear
            placeholder="不属于特定中心"
            options={centerOptions}
            loading={centers === undefined}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={(centerId: string | undefined) => {
              const center = centers?.find((entry) => entry.id === centerId);
              if (center) form.setFieldValue('regionCode', center.regionCode);
            }}
          />
        </Form.Item>
        <Form.Item label="所属部门" name="departmentId">
          <Select
            allowClear
            placeholder="不属于特定部门"
            options={departmentOptions}
            loading={departments === undefined}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item
          label="行政区划代码"
          name="regionCode"
          extra="12位代码，须在本人辖区内；选择中心后自动填写"
          rules={[
            { required: true, whitespace: true, message: '请输入行政区划代码' },
            { pattern: /^\d{12}$/, message: '行政区划代码应为12位数字' },
          ]}
        >
          <Input inputMode="numeric" maxLength={12} />
        </Form.Item>
        {mayGrant ? (
          <Form.Item label="角色" name="roles">
            <RoleCheckboxes actor={actor} />
          </Form.Item>
        ) : (
          <Alert
            type="info"
            showIcon
            title="账号创建后，由安全管理员分配角色"
            description="按照三员分立的要求，系统管理员不授予角色。"
          />
        )}
      </Form>
    </Modal>
  );
}
