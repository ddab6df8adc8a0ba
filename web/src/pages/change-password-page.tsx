import { App as AntApp, Card } from 'antd';
import type { ReactElement } from 'react';
import { useNavigate } from 'react-router';
import { ChangePasswordForm } from '../features/auth/components/change-password-form.tsx';
import { PageHeader } from '../shared/layout/page-header.tsx';

export function ChangePasswordPage(): ReactElement {
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  return (
    <div className="ow-page">
      <PageHeader title="修改密码" subtitle="修改后，您在其他设备上的登录将失效。" />
      <Card variant="borderless" className="ow-narrow-card">
        <ChangePasswordForm
          onChanged={() => {
            message.success('密码已修改');
            void navigate('/workbench');
          }}
        />
      </Card>
    </div>
  );
}
