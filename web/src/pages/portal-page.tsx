import { useMemo, useState, type ReactElement } from 'react';
import { Link } from 'react-router';
import { PortalAccountLink } from '../features/applicant-auth/components/portal-account-link.tsx';
import { HotItems } from '../features/catalog/components/hot-items.tsx';
import { ItemSearchBox } from '../features/catalog/components/item-search-box.tsx';
import { PublicListLinks } from '../features/catalog/components/public-list-links.tsx';
import { ThemeCards } from '../features/catalog/components/theme-cards.tsx';
import { CenterContact } from '../features/org/components/center-contact.tsx';
import { DepartmentGrid } from '../features/org/components/department-grid.tsx';
import { HallGuide } from '../features/org/components/hall-guide.tsx';
import { ServiceNetwork } from '../features/org/components/service-network.tsx';
import { useCenterLayout, useCenters, useDepartments } from '../features/org/hooks/use-org.ts';
import { pickMainCenter, sortCenters } from '../features/org/labels.ts';
import type { Center } from '../features/org/api/org-api.ts';
import { EmptyState, ErrorState, LoadingState } from '../shared/page-states.tsx';
import { ElderModeSwitch, SkipLink } from '../shared/layout/portal-tools.tsx';

function Section({
  id,
  title,
  extra,
  children,
}: {
  id: string;
  title: string;
  extra?: ReactElement;
  children: ReactElement;
}): ReactElement {
  return (
    <section id={id} className="ow-portal-section" aria-labelledby={`${id}-title`}>
      <div className="ow-portal-section-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {extra}
      </div>
      {children}
    </section>
  );
}

function DepartmentsSection({ regionCode }: { regionCode: string | undefined }): ReactElement {
  const departments = useDepartments();
  const shown = useMemo(() => {
    const all = departments.data ?? [];
    const local = all.filter((d) => d.regionCode === regionCode);
    return local.length > 0 ? local : all;
  }, [departments.data, regionCode]);
  let body: ReactElement;
  if (departments.isPending) body = <LoadingState rows={3} />;
  else if (departments.isError)
    body = (
      <ErrorState
        compact
        error={departments.error}
        title="进驻部门加载失败"
        onRetry={() => void departments.refetch()}
      />
    );
  else if (shown.length === 0) body = <EmptyState description="暂无进驻部门信息" />;
  else body = <DepartmentGrid departments={shown} />;
  return (
    <Section
      id="departments"
      title="进驻部门"
      extra={shown.length > 0 ? <span className="ow-portal-count">共 {shown.length} 个</span> : undefined}
    >
      {body}
    </Section>
  );
}

function HallGuideSection({
  centers,
  mainCenter,
}: {
  centers: Center[];
  mainCenter: Center | undefined;
}): ReactElement {
  const withHalls = sortCenters(centers).filter((c) => c.kind !== 'agency_point');
  const [chosenId, setChosenId] = useState<string | undefined>(undefined);
  const centerId = chosenId ?? mainCenter?.id;
  const layout = useCenterLayout(centerId);

  let body: ReactElement;
  if (!centerId) body = <EmptyState description="暂无大厅信息" />;
  else if (layout.isPending) body = <LoadingState rows={5} />;
  else if (layout.isError)
    body = (
      <ErrorState
        compact
        error={layout.error}
        title="大厅导览加载失败"
        onRetry={() => void layout.refetch()}
      />
    );
  else if (layout.data.zones.length === 0) body = <EmptyState description="该中心暂未登记大厅功能区" />;
  else body = <HallGuide layout={layout.data} />;

  return (
    <Section
      id="guide"
      title="大厅导览"
      extra={
        withHalls.length > 1 ? (
          // A native list: on a phone it opens the system picker, and the home page skips antd's Select.
          <select
            className="ow-portal-center-select"
            value={centerId}
            onChange={(event) => setChosenId(event.target.value)}
            aria-label="选择服务中心"
          >
            {withHalls.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        ) : undefined
      }
    >
      {body}
    </Section>
  );
}

/** 办事大厅: the public face, for a phone in the queue as much as for a desk. */
export function PortalPage(): ReactElement {
  const centers = useCenters();
  const mainCenter = centers.data ? pickMainCenter(centers.data) : undefined;

  let centersBody: ReactElement;
  if (centers.isPending) centersBody = <LoadingState rows={4} />;
  else if (centers.isError)
    centersBody = (
      <ErrorState
        compact
        error={centers.error}
        title="服务中心信息加载失败"
        onRetry={() => void centers.refetch()}
      />
    );
  else if (centers.data.length === 0) centersBody = <EmptyState description="暂无服务中心信息" />;
  else
    centersBody = (
      <ServiceNetwork centers={centers.data} {...(mainCenter ? { mainCenterId: mainCenter.id } : {})} />
    );

  return (
    <div className="ow-portal">
      <SkipLink />
      <header className="ow-portal-header">
        <div className="ow-portal-bar">
          <span className="ow-portal-brand">
            <span className="ow-portal-logo" aria-hidden>
              一
            </span>
            <span className="ow-portal-brand-text">
              <span className="ow-portal-brand-product">一窗通</span>
              {/* The center's line is kept while it loads, so the bar keeps its height. */}
              {(mainCenter || centers.isPending) && (
                <>
                  <span className="ow-portal-brand-sep"> · </span>
                  <span className="ow-portal-brand-center">{mainCenter?.name ?? '\u00a0'}</span>
                </>
              )}
            </span>
          </span>
          <nav className="ow-portal-account" aria-label="登录与长辈版">
            <ElderModeSwitch />
            <Link to="/login" className="ow-portal-staff-login">
              工作人员<span className="ow-wide-only">登录</span>
            </Link>
            <PortalAccountLink className="ow-portal-login" />
          </nav>
        </div>
        <div className="ow-portal-hero">
          <p className="ow-portal-kicker">办事大厅</p>
          <h1>{mainCenter?.name ?? '政务服务中心'}</h1>
          <ItemSearchBox />
          {mainCenter ? (
            <div className="ow-portal-hero-card">
              <CenterContact center={mainCenter} />
            </div>
          ) : centers.isPending ? (
            // About the card's height, so the sections below do not jump when it arrives.
            <div className="ow-portal-hero-card ow-portal-hero-card-pending">
              <p className="ow-portal-hero-note">正在加载中心信息…</p>
            </div>
          ) : null}
        </div>
      </header>
      <nav className="ow-portal-nav" aria-label="本页导航">
        <div className="ow-portal-nav-inner">
          <a href="#hot">热门事项</a>
          <a href="#themes">主题服务</a>
          <a href="#lists">清单公开</a>
          <a href="#centers">服务中心</a>
          <a href="#departments">进驻部门</a>
          <a href="#guide">大厅导览</a>
        </div>
      </nav>

      <main id="main" tabIndex={-1} className="ow-portal-main">
        <Section
          id="hot"
          title="热门事项"
          extra={
            <Link to="/portal/items" className="ow-section-link">
              全部事项
            </Link>
          }
        >
          <HotItems />
        </Section>
        <Section id="themes" title="主题服务">
          <ThemeCards />
        </Section>
        <Section id="lists" title="清单公开">
          <PublicListLinks />
        </Section>
        <Section id="centers" title="服务中心">
          {centersBody}
        </Section>
        <DepartmentsSection regionCode={mainCenter?.regionCode} />
        {centers.isSuccess ? (
          <HallGuideSection centers={centers.data} mainCenter={mainCenter} />
        ) : (
          <Section id="guide" title="大厅导览">
            {centers.isError ? (
              <EmptyState description="服务中心信息加载后可查看大厅导览" />
            ) : (
              <LoadingState rows={4} />
            )}
          </Section>
        )}
      </main>

      <footer className="ow-portal-footer">
        <p>一窗通 · 政务服务一体化平台</p>
        {mainCenter?.phone && <p>咨询电话 {mainCenter.phone}</p>}
      </footer>
    </div>
  );
}
