import type { ReactElement } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { OidcSignInButton } from '../features/applicant-auth/components/oidc-sign-in-button.tsx';
import { SmsSignInForm } from '../features/applicant-auth/components/sms-sign-in-form.tsx';
import { safePortalNext } from '../features/applicant-auth/sign-in.ts';
import { useApplicantSession } from '../features/applicant-auth/hooks/use-applicant-auth.ts';
import { PortalSubpage } from '../shared/layout/portal-subpage.tsx';
import { WithAntApp } from '../shared/with-ant-app.tsx';

/** 办事人登录: SMS code first (every phone has one), the identity platform when configured. */
export function PortalLoginPage(): ReactElement {
  return (
    <WithAntApp>
      <PortalLoginPageContent />
    </WithAntApp>
  );
}

function PortalLoginPageContent(): ReactElement {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safePortalNext(searchParams.get('next'));
  const session = useApplicantSession();

  if (session.data) return <Navigate to={next} replace />;

  return (
    <PortalSubpage title="办事人登录" subtitle="使用手机号和短信验证码登录，未注册的手机号验证后自动注册。">
      <section className="ow-portal-card">
        <SmsSignInForm onSignedIn={() => void navigate(next, { replace: true })} />
        <OidcSignInButton next={next} />
      </section>
      <p className="ow-portal-note">
        验证码5分钟内有效，每个号码每分钟可获取1次。
        <br />
        工作人员请从 <Link to="/login">工作人员登录</Link> 进入。
      </p>
    </PortalSubpage>
  );
}
