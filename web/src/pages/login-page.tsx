import { ArrowLeftOutlined } from '@ant-design/icons';
import type { ReactElement } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LoginForm } from '../features/auth/components/login-form.tsx';
import { safeNextPath } from '../shared/permissions.ts';

export function LoginPage(): ReactElement {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));

  return (
    <main className="ow-login">
      <div className="ow-login-card">
        <div className="ow-login-brand">
          <span className="ow-login-logo" aria-hidden>
            一
          </span>
          <h1>一窗通</h1>
          <p>政务服务一体化平台</p>
        </div>
        <h2 className="ow-login-title">工作人员登录</h2>
        <LoginForm onSignedIn={() => void navigate(next, { replace: true })} />
      </div>
      <Link to="/" className="ow-login-back">
        <ArrowLeftOutlined /> 返回办事大厅
      </Link>
    </main>
  );
}
