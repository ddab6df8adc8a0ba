import { ArrowLeftOutlined } from '@ant-design/icons';
import type { ReactElement, ReactNode } from 'react';
import { Link } from 'react-router';
import { ElderModeSwitch, SkipLink } from './portal-tools.tsx';

/**
 * A page of the public portal other than the hall itself (登录, 我的): the portal's bar with the
 * way back, and one narrow column that reads well on a phone.
 */
export function PortalSubpage({
  title,
  subtitle,
  children,
  backTo = '/',
  backLabel = '办事大厅',
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  backTo?: string;
  backLabel?: string;
}): ReactElement {
  return (
    <div className="ow-portal ow-portal-subpage">
      <SkipLink />
      <header className="ow-portal-header">
        <div className="ow-portal-bar">
          <Link to={backTo} className="ow-portal-back">
            <ArrowLeftOutlined aria-hidden /> {backLabel}
          </Link>
          <span className="ow-portal-bar-end">
            <ElderModeSwitch />
            <Link to="/" className="ow-portal-brand">
              <span className="ow-portal-logo" aria-hidden>
                一
              </span>
              <span className="ow-portal-brand-product">一窗通</span>
            </Link>
          </span>
        </div>
        <div className="ow-portal-subpage-hero">
          <h1>{title}</h1>
          {subtitle && <p>{subtitle}</p>}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="ow-portal-subpage-main">
        {children}
      </main>
      <footer className="ow-portal-footer">
        <p>一窗通 · 政务服务一体化平台</p>
      </footer>
    </div>
  );
}
