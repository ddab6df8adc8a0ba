import { LoginOutlined, UserOutlined } from '@ant-design/icons';
import type { ReactElement } from 'react';
import { Link } from 'react-router';
import { useApplicantSession } from '../hooks/use-applicant-auth.ts';

/** 我的 for a signed-in applicant, otherwise 登录, in the portal's header bar. */
export function PortalAccountLink({ className }: { className?: string }): ReactElement {
  const session = useApplicantSession();
  if (session.data) {
    return (
      <Link to="/portal/me" className={className} aria-label={`我的（${session.data.mobile}）`}>
        <UserOutlined aria-hidden /> 我的
      </Link>
    );
  }
  return (
    <Link to="/portal/login" className={className}>
      <LoginOutlined aria-hidden /> 登录
    </Link>
  );
}
