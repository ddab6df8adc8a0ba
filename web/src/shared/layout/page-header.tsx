import { Breadcrumb } from 'antd';
import type { ReactElement, ReactNode } from 'react';
import { Link } from 'react-router';

export interface PageHeaderProps {
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
  breadcrumb?: { label: string; to?: string }[];
}

/** The title block of a staff page: optional breadcrumb, title, one line of context, actions. */
export function PageHeader({ title, subtitle, extra, breadcrumb }: PageHeaderProps): ReactElement {
  return (
    <header className="ow-page-header">
      {breadcrumb && breadcrumb.length > 0 && (
        <Breadcrumb
          items={breadcrumb.map((item) => ({
            key: item.label,
            title: item.to ? <Link to={item.to}>{item.label}</Link> : item.label,
          }))}
        />
      )}
      <div className="ow-page-header-row">
        <div>
          <h1>{title}</h1>
          {subtitle && <p className="ow-page-header-subtitle">{subtitle}</p>}
        </div>
        {extra && <div className="ow-page-header-extra">{extra}</div>}
      </div>
    </header>
  );
}
