import { IdcardOutlined } from '@ant-design/icons';
import { Button, Divider } from 'antd';
import type { ReactElement } from 'react';
import { oidcStartPath } from '../api/applicant-auth-api.ts';
import { useOidcConfigured } from '../hooks/use-applicant-auth.ts';

/**
 * 统一身份认证 sign-in, offered only when the server has an identity platform configured
 * (the start path answers 404 OIDC_NOT_CONFIGURED otherwise).
 */
export function OidcSignInButton({ next }: { next: string }): ReactElement | null {
  const configured = useOidcConfigured();
  if (configured.data !== true) return null;
  return (
    <>
      <Divider plain className="ow-portal-login-divider">
        或
      </Divider>
      <Button block size="large" icon={<IdcardOutlined aria-hidden />} href={oidcStartPath(next)}>
        使用统一身份认证登录
      </Button>
    </>
  );
}
