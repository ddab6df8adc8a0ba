import { PrinterOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, QRCode, Result } from 'antd';
import { useEffect, type ReactElement } from 'react';
import { Link, useParams } from 'react-router';
import { notInForceDetails, type ServiceGuide } from '../features/catalog/api/catalog-api.ts';
import { CatalogPortalFrame } from '../features/catalog/components/catalog-portal-frame.tsx';
import { ItemServiceTags } from '../features/catalog/components/item-tags.tsx';
import { GUIDE_SECTIONS, GuideSections } from '../features/catalog/components/service-guide-view.tsx';
import { useServiceGuide } from '../features/catalog/hooks/use-catalog.ts';
import { upcomingChangeText, visitsText } from '../features/catalog/labels.ts';
import { useCenters } from '../features/org/hooks/use-org.ts';
import { pickMainCenter } from '../features/org/labels.ts';
import { describeError, isApiError } from '../shared/api.ts';
import { formatChineseDay } from '../shared/format.ts';
import { ErrorState, LoadingState } from '../shared/page-states.tsx';

const BACK = { backTo: '/portal/items', backLabel: '办事事项' };

/** The four things a citizen asks first, in large type. */
function GuideSummary({ guide }: { guide: ServiceGuide }): ReactElement {
  const { content } = guide;
  const url = `${window.location.origin}/portal/items/${guide.id}`;
  const immediate = content.handlingKind === 'immediate' || content.promisedLimitDays === null;
  return (
    <section className="ow-portal-section ow-guide-summary" aria-label="办事一览">
      <dl className="ow-guide-stats">
        <div>
          <dt>{immediate ? '办结时限' : '承诺办结'}</dt>
          <dd>{immediate ? '当场办结' : `${content.promisedLimitDays} 个工作日`}</dd>
        </div>
        <div>
          <dt>到现场</dt>
          <dd>{visitsText(content.visitsRequired)}</dd>
        </div>
        <div>
          <dt>申请材料</dt>
          <dd>{content.materials.length} 项</dd>
        </div>
        <div>
          <dt>收费</dt>
          <dd>{content.fees.length === 0 ? '不收费' : '收费'}</dd>
        </div>
      </dl>
      <figure className="ow-guide-qr">
        {/* The code is an image with a name; the caption says what it is for. */}
        <div role="img" aria-label="本办事指南的二维码">
          <QRCode value={url} size={116} bordered={false} type="svg" aria-hidden />
        </div>
        <figcaption>扫码在手机上查看本办事指南</figcaption>
      </figure>
    </section>
  );
}

function GuideNotFound({ error }: { error: unknown }): ReactElement {
  const closed = notInForceDetails(error);
  if (closed) {
    return (
      <Result
        status="warning"
        title={closed.status === 'delegated' ? '该事项已下放，请到承接地办理' : '该事项已取消'}
        subTitle={describeError(error)}
        extra={
          <div className="ow-result-actions">
            {closed.delegatedToItemId && (
              <Link to={`/portal/items/${closed.delegatedToItemId}`}>
                <Button type="primary" size="large">
                  查看承接事项的办事指南
                </Button>
              </Link>
            )}
            <Link to="/portal/items">
              <Button size="large" icon={<SearchOutlined aria-hidden />}>
                查找其他事项
              </Button>
            </Link>
          </div>
        }
      />
    );
  }
  return (
    <Result
      status="404"
      title="未找到该事项"
      subTitle={describeError(error)}
      extra={
        <Link to="/portal/items">
          <Button type="primary" size="large" icon={<SearchOutlined aria-hidden />}>
            查找办事事项
          </Button>
        </Link>
      }
    />
  );
}

/** /portal/items/:id — 办事指南, for a phone in the queue and for paper on the counter. */
export function PortalItemGuidePage(): ReactElement {
  const { id } = useParams();
  const guide = useServiceGuide(id);
  const centers = useCenters();
  const name = guide.data?.content.name;

  useEffect(() => {
    if (!name) return undefined;
    const previous = document.title;
    document.title = `${name} - 办事指南`;
    return () => {
      document.title = previous;
    };
  }, [name]);

  if (guide.isPending)
    return (
      <CatalogPortalFrame
        title="办事指南"
        {...BACK}
        // The same hero lines the guide will have, so nothing below moves when it arrives.
        subtitle={
          <>
            <span className="ow-guide-kicker">办事指南</span>
            <span>正在加载…</span>
          </>
        }
        heroExtra={<div className="ow-guide-hero-row ow-guide-hero-placeholder" aria-hidden />}
      >
        <section className="ow-portal-section">
          <LoadingState rows={10} label="正在加载办事指南…" />
        </section>
      </CatalogPortalFrame>
    );
  if (guide.isError)
    return (
      <CatalogPortalFrame title="办事指南" {...BACK}>
        <section className="ow-portal-section">
          {/* A malformed link (400) cannot get better by retrying: it is a missing guide too. */}
          {isApiError(guide.error, 404) || isApiError(guide.error, 400) ? (
            <GuideNotFound error={guide.error} />
          ) : (
            <ErrorState error={guide.error} onRetry={() => void guide.refetch()} />
          )}
        </section>
      </CatalogPortalFrame>
    );

  const data = guide.data;
  return (
    <CatalogPortalFrame
      {...BACK}
      title={data.content.name}
      subtitle={
        <>
          <span className="ow-guide-kicker">办事指南</span>
          <span>
            {data.departmentName} · {data.regionName}
          </span>
        </>
      }
      heroExtra={
        <div className="ow-guide-hero-row">
          <ItemServiceTags item={data.content} />
          <Button
            className="ow-no-print"
            icon={<PrinterOutlined aria-hidden />}
            onClick={() => window.print()}
          >
            打印
          </Button>
        </div>
      }
    >
      {data.upcoming && (
        <Alert
          className="ow-guide-upcoming"
          type="warning"
          showIcon
          title={upcomingChangeText(data.upcoming.changeKind, formatChineseDay(data.upcoming.effectiveOn))}
          description="办理前请留意生效日期；已受理的申请按受理时的办事指南办理。"
        />
      )}
      <GuideSummary guide={data} />
      <nav className="ow-guide-nav ow-no-print" aria-label="办事指南目录">
        {GUIDE_SECTIONS.map((section) => (
          <a key={section.id} href={`#${section.id}`}>
            {section.label}
          </a>
        ))}
      </nav>
      <GuideSections
        content={data.content}
        context={{
          departmentName: data.departmentName,
          departmentPhone: data.departmentPhone,
          regionName: data.regionName,
          implementationCode: data.implementationCode,
          windows: data.windows,
          forms: { itemId: data.id, list: data.forms },
          // Items not yet assigned to a window are handled at the center of their region.
          center:
            centers.data?.find((center) => center.regionCode === data.regionCode) ??
            (centers.data ? pickMainCenter(centers.data) : undefined),
        }}
      />
      <p className="ow-guide-version">
        本办事指南为第 {data.version} 版，自 {formatChineseDay(data.effectiveOn)} 起施行。
      </p>
    </CatalogPortalFrame>
  );
}
