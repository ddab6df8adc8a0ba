import { SearchOutlined } from '@ant-design/icons';
import { Button, Form, Input, Result } from 'antd';
import { useEffect, type ReactElement } from 'react';
import { useNavigate, useParams } from 'react-router';
import { LicenseVerificationView } from '../features/licenses/components/license-verification-view.tsx';
import { useLicenseVerification } from '../features/licenses/hooks/use-licenses.ts';
import { describeError, isApiError } from '../shared/api.ts';
import { PortalSubpage } from '../shared/layout/portal-subpage.tsx';
import { ErrorState, LoadingState } from '../shared/page-states.tsx';

const CODE_PATTERN = /^[0-9A-Za-z\s-]{12,20}$/;

/** The code box: what is typed from the paper (dashes, spaces and lower case are fine). */
function CodeForm({ initial }: { initial?: string }): ReactElement {
  const navigate = useNavigate();
  return (
    <Form
      className="ow-license-form ow-portal-card"
      layout="vertical"
      requiredMark={false}
      initialValues={{ code: initial ?? '' }}
      onFinish={({ code }: { code: string }) =>
        void navigate(`/verify/${code.replace(/[\s-]/g, '').toUpperCase()}`)
      }
    >
      <Form.Item
        name="code"
        label="证照验证码"
        extra="验证码印在电子证照的二维码旁，共 12 位字母和数字。"
        rules={[
          { required: true, message: '请输入证照上的验证码' },
          { pattern: CODE_PATTERN, message: '验证码为 12 位字母和数字' },
        ]}
      >
        <Input
          size="large"
          placeholder="例如 7K3M-Q9TX-2B4D"
          autoComplete="off"
          inputMode="text"
          maxLength={20}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block icon={<SearchOutlined aria-hidden />}>
        核验
      </Button>
    </Form>
  );
}

/** /verify and /verify/:code — 电子证照核验, where the QR code on a printed license points. */
export function PortalVerifyPage(): ReactElement {
  const { code } = useParams();
  const verification = useLicenseVerification(code);

  useEffect(() => {
    const previous = document.title;
    document.title = '电子证照核验 - 一窗通';
    return () => {
      document.title = previous;
    };
  }, []);

  const frame = (children: ReactElement) => (
    <PortalSubpage title="电子证照核验" subtitle="核对证照真伪、有效期和状态">
      {children}
    </PortalSubpage>
  );

  if (!code) return frame(<CodeForm />);
  if (verification.isPending) return frame(<LoadingState rows={8} label="正在核验电子证照…" />);
  if (verification.isError) {
    const unknown = isApiError(verification.error, 404) || isApiError(verification.error, 400);
    return frame(
      <div className="ow-license">
        {unknown ? (
          <Result status="warning" title="未找到该电子证照" subTitle={describeError(verification.error)} />
        ) : (
          <ErrorState error={verification.error} onRetry={() => void verification.refetch()} />
        )}
        <CodeForm initial={code} />
      </div>,
    );
  }
  return frame(<LicenseVerificationView license={verification.data} />);
}
