import { Alert, Button, Form, Input } from 'antd';
import type { ReactElement } from 'react';
import { validateStaffPassword } from '../../../../../domain/validators/password.ts';
import { describeError } from '../../../shared/api.ts';
import type { PasswordChange } from '../api/auth-api.ts';
import { useChangePassword } from '../hooks/use-auth.ts';

interface ChangePasswordValues extends PasswordChange {
  confirmPassword: string;
}

/** Current password, a new one under the same policy the server applies, and a confirmation. */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }): ReactElement {
  const [form] = Form.useForm<ChangePasswordValues>();
  const change = useChangePassword();
  return (
    <Form<ChangePasswordValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      disabled={change.isPending}
      onFinish={({ currentPassword, newPassword }) =>
        change.mutate(
          { currentPassword, newPassword },
          {
            onSuccess: () => {
              form.resetFields();
              onChanged();
            },
          },
        )
      }
      onValuesChange={() => {
        if (change.isError) change.reset();
      }}
    >
      {change.isError && (
        <Form.Item>
          <Alert type="error" showIcon title={describeError(change.error)} />
        </Form.Item>
      )}
      <Form.Item
        label="当前密码"
        name="currentPassword"
        rules={[{ required: true, message: '请输入当前密码' }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label="新密码"
        name="newPassword"
        extra="至少8位，包含大写字母、小写字母、数字、特殊字符中的至少三类"
        rules={[
          { required: true, message: '请输入新密码' },
          {
            validator: async (_, value: string | undefined) => {
              if (!value) return;
              const result = validateStaffPassword(value);
              if (!result.ok) throw new Error(result.message);
            },
          },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="确认新密码"
        name="confirmPassword"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: async (_, value: string | undefined) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error('两次输入的新密码不一致');
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          修改密码
        </Button>
      </Form.Item>
    </Form>
  );
}
