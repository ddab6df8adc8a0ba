import { MailOutlined, MobileOutlined, SafetyOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Form, Input, Space } from 'antd';
import { useState, type ReactElement } from 'react';
import { validateMobileNumber } from '../../../../../domain/validators/index.ts';
import { describeError, isApiError } from '../../../shared/api.ts';
import { formatHallDateTime } from '../../../shared/format.ts';
import type { Applicant } from '../api/applicant-auth-api.ts';
import { resendDeadline } from '../sign-in.ts';
import {
  useApplicantSignIn,
  useDevOutboxAvailable,
  useRequestSmsCode,
  useSecondsLeft,
} from '../hooks/use-applicant-auth.ts';
import { DevOutboxDrawer } from './dev-outbox-drawer.tsx';

interface SmsSignInValues {
  mobile: string;
  code: string;
}

/** A rate-limit answer's wait, when it is short enough to count down on the button. */
function retryAfterSeconds(error: unknown): number | null {
  if (!isApiError(error, 429)) return null;
  const details = error.details as { retryAfterSeconds?: unknown } | undefined;
  const seconds = details?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 && seconds <= 120 ? seconds : null;
}

function isValidMobile(value: string | undefined): value is string {
  return typeof value === 'string' && validateMobileNumber(value.trim()).ok;
}

/**
 * 办事人 sign-in by SMS code: the mobile number (checked as the server checks it), 获取验证码 with
 * the wait the server asks for, the 6-digit code, 登录. On a development server, a link opens the
 * outbox with the code.
 */
export function SmsSignInForm({ onSignedIn }: { onSignedIn: (applicant: Applicant) => void }): ReactElement {
  const [form] = Form.useForm<SmsSignInValues>();
  const sendCode = useRequestSmsCode();
  const signIn = useApplicantSignIn();
  const devOutbox = useDevOutboxAvailable();
  const { message } = AntApp.useApp();
  // The server limits codes per number: another number need not wait.
  const [wait, setWait] = useState<{ mobile: string; until: number } | null>(null);
  const [sent, setSent] = useState<{ mobile: string; expiresAt: string } | null>(null);
  const [outboxOpen, setOutboxOpen] = useState(false);
  const mobileValue = Form.useWatch('mobile', form);
  const validMobile = isValidMobile(mobileValue) ? mobileValue.trim() : null;
  const waitSeconds = useSecondsLeft(
    wait && (validMobile === null || wait.mobile === validMobile) ? wait.until : null,
  );

  const requestCode = async () => {
    try {
      await form.validateFields(['mobile']);
    } catch {
      return;
    }
    const mobile = (form.getFieldValue('mobile') as string).trim();
    signIn.reset();
    sendCode.mutate(mobile, {
      onSuccess: (result) => {
        setWait({ mobile, until: resendDeadline(result.resendAvailableAt, Date.now()) });
        setSent({ mobile, expiresAt: result.expiresAt });
        void message.success('验证码已发送，请查收短信');
        form.getFieldInstance('code')?.focus?.();
      },
      onError: (error) => {
        const seconds = retryAfterSeconds(error);
        if (seconds !== null) setWait({ mobile, until: Date.now() + seconds * 1000 });
      },
    });
  };

  const waiting = waitSeconds > 0;
  const error = sendCode.error ?? signIn.error;

  return (
    <>
      <Form<SmsSignInValues>
        form={form}
        layout="vertical"
        size="large"
        requiredMark={false}
        disabled={signIn.isPending}
        onValuesChange={(changed: Partial<SmsSignInValues>) => {
          if (signIn.isError) signIn.reset();
          if ('mobile' in changed && sendCode.isError) sendCode.reset();
        }}
        onFinish={(values) =>
          signIn.mutate({ mobile: values.mobile.trim(), code: values.code.trim() }, { onSuccess: onSignedIn })
        }
      >
        {error && (
          <Form.Item>
            <Alert type="error" showIcon title={describeError(error)} />
          </Form.Item>
        )}
        <Form.Item
          label="手机号"
          name="mobile"
          validateTrigger="onBlur"
          rules={[
            { required: true, whitespace: true, message: '请输入手机号' },
            {
              validator: async (_, value: string | undefined) => {
                if (!value?.trim()) return;
                const result = validateMobileNumber(value.trim());
                if (!result.ok) throw new Error(result.message);
              },
            },
          ]}
        >
          <Input
            prefix={<MobileOutlined aria-hidden />}
            placeholder="请输入11位手机号"
            inputMode="numeric"
            autoComplete="tel-national"
            maxLength={11}
            autoFocus
          />
        </Form.Item>
        <Form.Item
          label="验证码"
          required
          extra={
            sent && sent.mobile === validMobile
              ? `验证码已发送至 ${sent.mobile.slice(0, 3)}****${sent.mobile.slice(7)}，${formatHallDateTime(sent.expiresAt).slice(11, 16)} 前有效`
              : undefined
          }
        >
          <Space.Compact block>
            <Form.Item
              name="code"
              noStyle
              rules={[
                { required: true, message: '请输入验证码' },
                { pattern: /^\d{6}$/, message: '验证码为6位数字' },
              ]}
            >
              <Input
                prefix={<SafetyOutlined aria-hidden />}
                placeholder="6位验证码"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                aria-label="验证码"
              />
            </Form.Item>
            <Button
              className="ow-sms-button"
              onClick={() => void requestCode()}
              loading={sendCode.isPending}
              disabled={waiting || signIn.isPending}
            >
              {waiting ? `${waitSeconds}秒后重发` : sent ? '重新获取' : '获取验证码'}
            </Button>
          </Space.Compact>
        </Form.Item>
        <Form.Item style={{ marginBottom: 0 }}>
          <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
            登录
          </Button>
        </Form.Item>
      </Form>
      {devOutbox.data === true && (
        <>
          <Button
            type="link"
            size="small"
            className="ow-dev-link"
            icon={<MailOutlined aria-hidden />}
            onClick={() => setOutboxOpen(true)}
          >
            开发环境：查看短信
          </Button>
          <DevOutboxDrawer
            open={outboxOpen}
            mobile={validMobile}
            onClose={() => setOutboxOpen(false)}
            onUseCode={(code) => {
              form.setFieldValue('code', code);
              setOutboxOpen(false);
            }}
          />
        </>
      )}
    </>
  );
}
