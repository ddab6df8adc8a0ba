import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, type InputRef } from 'antd';
import { useRef, type ReactElement } from 'react';
import { describeError } from '../../../shared/api.ts';
import type { Credentials, StaffSession } from '../api/auth-api.ts';
import { useSignIn } from '../hooks/use-auth.ts';

/** Username and password, with the same length limits as `POST /api/auth/login`. */
export function LoginForm({ onSignedIn }: { onSignedIn: (session: StaffSession) => void }): ReactElement {
  const [form] = Form.useForm<Credentials>();
  const signIn = useSignIn();
  const passwordRef = useRef<InputRef>(null);

  return (
    <Form
      form={form}
      layout="vertical"
      size="large"
      requiredMark={false}
      autoComplete="on"
      // Not disabled while signing in: a disabled form drops the focus to the page, and after a wrong
      // password the reader would have to find the form again. The button shows the wait instead.
      onFinish={(values) => {
        if (signIn.isPending) return;
        signIn.mutate(values, {
          onSuccess: onSignedIn,
          // Back to the password, selected, so the next try is typed straight away.
          onError: () => passwordRef.current?.focus({ cursor: 'all' }),
        });
      }}
      onValuesChange={() => {
        if (signIn.isError) signIn.reset();
      }}
    >
      {signIn.isError && (
        <Form.Item>
          <Alert type="error" showIcon role="alert" title={describeError(signIn.error)} />
        </Form.Item>
      )}
      <Form.Item
        label="用户名"
        name="username"
        rules={[
          { required: true, whitespace: true, message: '请输入用户名' },
          { max: 64, message: '用户名不超过64个字符' },
        ]}
      >
        <Input
          prefix={<UserOutlined aria-hidden />}
          placeholder="请输入用户名"
          autoComplete="username"
          autoFocus
        />
      </Form.Item>
      <Form.Item
        label="密码"
        name="password"
        rules={[
          { required: true, message: '请输入密码' },
          { max: 256, message: '密码不超过256个字符' },
        ]}
      >
        <Input.Password
          ref={passwordRef}
          prefix={<LockOutlined aria-hidden />}
          placeholder="请输入密码"
          autoComplete="current-password"
        />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
          登录
        </Button>
      </Form.Item>
    </Form>
  );
}
