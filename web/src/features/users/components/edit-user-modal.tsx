import { Alert, App as AntApp, Form, Input, Modal } from 'antd';
import type { ReactElement } from 'react';
import { describeError } from '../../../shared/api.ts';
import type { StaffUser, UpdateUserInput } from '../api/users-api.ts';
import { useUpdateUser } from '../hooks/use-users.ts';
import { editableFields, editActionLabel } from '../permissions.ts';
import type { Permitted } from '../../../shared/permissions.ts';
import { RoleCheckboxes } from './role-checkboxes.tsx';

interface EditUserValues {
  displayName?: string;
  roles?: string[];
}

function UserEditForm({
  user,
  actor,
  update,
  onDone,
}: {
  user: StaffUser;
  actor: Permitted & { id: string };
  update: ReturnType<typeof useUpdateUser>;
  onDone: () => void;
}): ReactElement {
  const [form] = Form.useForm<EditUserValues>();
  const { message } = AntApp.useApp();
  const fields = editableFields(actor, user);

  const submit = (values: EditUserValues) => {
    // Only the fields on the form come back: a field the admin may not change is not rendered.
    const input: UpdateUserInput = {};
    if (
      fields.displayName &&
      values.displayName !== undefined &&
      values.displayName.trim() !== user.displayName
    )
      input.displayName = values.displayName.trim();
    const roles = values.roles;
    if (
      fields.roles &&
      roles !== undefined &&
      (roles.length !== user.roles.length || roles.some((role) => !user.roles.includes(role)))
    )
      input.roles = roles;
    if (Object.keys(input).length === 0) {
      void message.info('没有修改');
      onDone();
      return;
    }
    update.mutate(
      { id: user.id, input },
      {
        onSuccess: () => {
          void message.success(input.roles ? '角色已更新' : '已保存');
          onDone();
        },
      },
    );
  };

  return (
    <Form<EditUserValues>
      form={form}
      id="ow-edit-user-form"
      layout="vertical"
      requiredMark={false}
      initialValues={{ displayName: user.displayName, roles: user.roles }}
      disabled={update.isPending}
      onValuesChange={() => {
        if (update.isError) update.reset();
      }}
      onFinish={submit}
    >
      {update.isError && (
        <Alert className="ow-form-alert" type="error" showIcon title={describeError(update.error)} />
      )}
      <Form.Item label="用户名">
        <span className="ow-mono">{user.username}</span>
      </Form.Item>
      {fields.displayName ? (
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
      ) : (
        <Form.Item label="姓名">{user.displayName}</Form.Item>
      )}
      {fields.roles ? (
        <Form.Item label="角色" name="roles" style={{ marginBottom: 0 }}>
          <RoleCheckboxes actor={actor} />
        </Form.Item>
      ) : (
        actor.id === user.id && (
          <Alert type="info" showIcon title="不能修改自己的角色，如需调整请联系安全管理员" />
        )
      )}
    </Form>
  );
}

/** 编辑 / 分配角色 / 修改姓名: only the fields the signed-in admin may change are editable. */
export function EditUserModal({
  user,
  actor,
  onClose,
}: {
  user: StaffUser | null;
  actor: Permitted & { id: string };
  onClose: () => void;
}): ReactElement {
  const update = useUpdateUser();
  const title = user ? (editActionLabel(editableFields(actor, user)) ?? '用户') : '';
  return (
    <Modal
      open={user !== null}
      title={user ? `${title} · ${user.displayName}` : ''}
      okText="保存"
      cancelText="取消"
      okButtonProps={{ htmlType: 'submit', form: 'ow-edit-user-form' }}
      confirmLoading={update.isPending}
      onCancel={() => {
        if (!update.isPending) onClose();
      }}
      afterOpenChange={(visible) => {
        if (!visible) update.reset();
      }}
      mask={{ closable: false }}
      destroyOnHidden
    >
      {user && <UserEditForm key={user.id} user={user} actor={actor} update={update} onDone={onClose} />}
    </Modal>
  );
}
