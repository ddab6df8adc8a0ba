import { ArrowLeftOutlined } from '@ant-design/icons';
import type { ReactElement, ReactNode } from 'react';
import { Link } from 'react-router';
import { ElderModeSwitch, SkipLink } from '../../../shared/layout/portal-tools.tsx';

/**
 * The frame of the portal's catalog pages (search results, 办事指南, the public lists): the portal's
 * bar with the way back, a title block, and a column as wide as the page allows.
 */
export function CatalogPortalFrame({
  title,
  subtitle,
  children,
  backTo = '/',
  backLabel = '办事大厅',
  heroExtra,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  children: ReactNode;
  backTo?: string;
  backLabel?: string;
  heroExtra?: ReactNode;
}): ReactElement {
  return (
    <div className="ow-portal ow-catalog-page">
      <SkipLink />
      <header className="ow-portal-header ow-catalog-header">
        <div className="ow-portal-bar ow-no-print">
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
        <div className="ow-catalog-hero">
          <h1>{title}</h1>
          {subtitle && <div className="ow-catalog-hero-subtitle">{subtitle}</div>}
          {heroExtra}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="ow-catalog-main">
        {children}
      </main>
      <footer className="ow-portal-footer ow-no-print">
        <p>一窗通 · 政务服务一体化平台</p>
      </footer>
    </div>
  );
}
