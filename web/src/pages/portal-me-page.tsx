import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Descriptions } from 'antd';
import type { ReactElement } from 'react';
import { Navigate } from 'react-router';
import {
  useApplicantSession,
  useApplicantSignOut,
  useSaveApplicantIdentity,
} from '../features/applicant-auth/hooks/use-applicant-auth.ts';
import { IdentityForm } from '../features/applicant-auth/components/identity-form.tsx';
import { isApiError } from '../shared/api.ts';
import { PortalSubpage } from '../shared/layout/portal-subpage.tsx';
import { ErrorState, LoadingState } from '../shared/page-states.tsx';
import { WithAntApp } from '../shared/with-ant-app.tsx';

/** 我的: who is signed in on the portal, and the way out. */
export function PortalMePage(): ReactElement {
  return (
    <WithAntApp>
      <PortalMePageContent />
    </WithAntApp>
  );
}

function PortalMePageContent(): ReactElement {
  const session = useApplicantSession();
  const signOut = useApplicantSignOut();
  // Owned here so the saved result stays on screen after the session learns the name.
  const saveIdentity = useSaveApplicantIdentity();
  const { message } = AntApp.useApp();

  // Signed out (or the server could not be reached: the session expires on its own): leave for
  // the hall before the emptied session sends this page to the sign-in page.
  if (signOut.isSuccess || signOut.isError) return <Navigate to="/" replace />;
  if (session.isError && isApiError(session.error, 401))
    return <Navigate to={`/portal/login?next=${encodeURIComponent('/portal/me')}`} replace />;

  let body: ReactElement;
  if (session.isPending) body = <LoadingState rows={3} label="正在确认登录状态…" />;
  else if (session.isError)
    body = (
      <ErrorState error={session.error} title="无法确认登录状态" onRetry={() => void session.refetch()} />
    );
  else
    body = (
      <>
        <div className="ow-portal-profile">
          <span className="ow-portal-avatar" aria-hidden>
            <UserOutlined aria-hidden />
          </span>
          <div>
            <strong>{session.data.name ?? '办事人'}</strong>
            <span>{session.data.mobile}</span>
          </div>
        </div>
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'mobile', label: '手机号', children: session.data.mobile },
            {
              key: 'name',
              label: '姓名',
              children: session.data.name ?? <span className="ow-muted">未实名</span>,
            },
          ]}
        />
        {(session.data.name === null || saveIdentity.isSuccess) && (
          <section className="ow-portal-identity" aria-label="实名信息">
            <h2>实名信息</h2>
            <p className="ow-muted">办理事项需要实名。身份证号加密保存，页面只显示部分号码。</p>
            <IdentityForm save={saveIdentity} />
          </section>
        )}
        <Button
          block
          size="large"
          danger
          icon={<LogoutOutlined aria-hidden />}
          loading={signOut.isPending}
          onClick={() => signOut.mutate(undefined, { onSuccess: () => void message.success('已退出登录') })}
        >
          退出登录
        </Button>
      </>
    );

  return (
    <PortalSubpage title="我的">
      <section className="ow-portal-card">{body}</section>
    </PortalSubpage>
  );
}
