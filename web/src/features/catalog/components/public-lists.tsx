import { DownloadOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useEffect, useState, type ReactElement, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Category, LegalBasis } from '../../../../../domain/catalog/item-content.ts';
import {
  CATEGORY_CODES,
  CATEGORY_LABELS,
  EXERCISE_LEVEL_LABELS,
  formatFen,
} from '../../../../../domain/catalog/labels.ts';
import { EmptyState, ErrorState, LoadingState } from '../../../shared/page-states.tsx';
import { useDebouncedValue } from '../../../shared/use-debounced-value.ts';
import {
  publicListExportUrl,
  type FeeListEntry,
  type PowerListEntry,
  type PublicListEntries,
  type PublicListKind,
  type PublicListQuery,
  type ResponsibilityListEntry,
} from '../api/catalog-api.ts';
import { usePublicList } from '../hooks/use-catalog.ts';

/*
 * The published lists (清单公开), a page of twenty at a time from the server, narrowed by department,
 * 事项类型 and words; the filters live in the address so the back button and a shared link keep them.
 * Plain elements only: a phone on the hall's Wi-Fi should not wait for a table library.
 */

const CATEGORY_ORDER = Object.keys(CATEGORY_LABELS) as Category[];

function readQuery(params: URLSearchParams): PublicListQuery {
  const category = params.get('category');
  const page = Number(params.get('page') ?? '1');
  return {
    department: params.get('department') ?? undefined,
    category: category && CATEGORY_ORDER.includes(category as Category) ? (category as Category) : undefined,
    q: params.get('q') ?? undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

function basisText(basis: readonly LegalBasis[]): string {
  return basis.map((entry) => `${entry.title}${entry.article}`).join('；') || '—';
}

function phoneHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

const itemLink = (entry: { id: string; name: string }) => (
  <Link to={`/portal/items/${entry.id}`}>{entry.name}</Link>
);

function PowerCard({ entry }: { entry: PowerListEntry }): ReactElement {
  return (
    <li className="ow-list-card">
      <strong>{itemLink(entry)}</strong>
      <span>
        {entry.departmentName} · {CATEGORY_LABELS[entry.category]}（类型代码 {CATEGORY_CODES[entry.category]}
        ）
      </span>
      <span className="ow-muted">
        {EXERCISE_LEVEL_LABELS[entry.exerciseLevel] ?? entry.exerciseLevel} · 实施编码{' '}
        {entry.implementationCode}
      </span>
      <span className="ow-guide-note">设定依据：{basisText(entry.legalBasis)}</span>
    </li>
  );
}

function ResponsibilityCard({ entry }: { entry: ResponsibilityListEntry }): ReactElement {
  return (
    <li className="ow-list-card">
      <strong>{itemLink(entry)}</strong>
      <span>
        {entry.departmentName} · {CATEGORY_LABELS[entry.category]}
      </span>
      {entry.responsibilities.length > 0 && (
        <ol className="ow-guide-list ow-compact-list" aria-label="责任事项">
          {entry.responsibilities.map((duty, index) => (
            <li key={index}>{duty}</li>
          ))}
        </ol>
      )}
      <span className="ow-guide-note">依据：{basisText(entry.legalBasis)}</span>
      <span>
        监督投诉电话 <a href={phoneHref(entry.complaintPhone)}>{entry.complaintPhone}</a>
      </span>
    </li>
  );
}

function FeeCard({ entry }: { entry: FeeListEntry }): ReactElement {
  return (
    <li className="ow-list-card">
      <strong>{itemLink(entry)}</strong>
      <span className="ow-muted">{entry.departmentName}</span>
      <ul className="ow-guide-fees">
        {entry.fees.map((fee, index) => (
          <li key={index}>
            <div className="ow-guide-fee-head">
              <span>{fee.name}</span>
              <span className="ow-guide-amount">{formatFen(fee.amountFen)}</span>
            </div>
            <div className="ow-guide-note">收费依据：{fee.basis}</div>
            {fee.waivers && <div className="ow-guide-note">减免情形：{fee.waivers}</div>}
          </li>
        ))}
      </ul>
    </li>
  );
}

const NOUNS: Record<PublicListKind, string> = {
  power: '项行政权力',
  responsibility: '项责任事项',
  fees: '个收费事项',
};

function Pager({
  page,
  pageCount,
  onPage,
}: {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
}): ReactElement | null {
  if (pageCount <= 1) return null;
  return (
    <nav className="ow-pager" aria-label="翻页">
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        <LeftOutlined aria-hidden /> 上一页
      </button>
      <span aria-current="page">
        第 {page} / {pageCount} 页
      </span>
      <button type="button" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        下一页 <RightOutlined aria-hidden />
      </button>
    </nav>
  );
}

/** One public list with its filters, a page of entries, the pager and the Excel export. */
export function PublicListView<K extends PublicListKind>({
  kind,
  note,
}: {
  kind: K;
  note?: ReactNode;
}): ReactElement {
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);
  const [text, setText] = useState(query.q ?? '');
  const typed = useDebouncedValue(text.trim(), 300);
  // A duty list runs long on a phone: ten entries a page there, twenty elsewhere.
  const list = usePublicList(kind, { ...query, pageSize: kind === 'responsibility' ? 10 : 20 });

  const update = (changes: Partial<PublicListQuery>) => {
    const next = { ...query, page: undefined, ...changes };
    const search = new URLSearchParams();
    if (next.department) search.set('department', next.department);
    if (next.category) search.set('category', next.category);
    if (next.q) search.set('q', next.q);
    if (next.page && next.page > 1) search.set('page', String(next.page));
    setParams(search, { replace: changes.page === undefined });
  };
  useEffect(() => {
    if (typed !== (query.q ?? '')) update({ q: typed || undefined });
    // Only the debounced words trigger this; the rest of the query is read fresh.
  }, [typed]);

  const data = list.data;
  const pageCount = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const goToPage = (page: number) => {
    update({ page });
    document.getElementById('list-results')?.scrollIntoView({ block: 'start' });
  };

  let body: ReactElement;
  if (list.isPending) body = <LoadingState rows={8} />;
  else if (list.isError) body = <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  else if (data!.items.length === 0)
    body = <EmptyState description="没有符合条件的事项，可以换个关键词或部门" />;
  else
    body = (
      <ul className="ow-list-cards">
        {data!.items.map((entry) => {
          switch (kind) {
            case 'power':
              return <PowerCard key={entry.id} entry={entry as PublicListEntries['power']} />;
            case 'responsibility':
              return (
                <ResponsibilityCard key={entry.id} entry={entry as PublicListEntries['responsibility']} />
              );
            default:
              return <FeeCard key={entry.id} entry={entry as PublicListEntries['fees']} />;
          }
        })}
      </ul>
    );

  return (
    <>
      <section className="ow-portal-section ow-list-filters" aria-label="筛选">
        <label className="ow-field">
          <span>关键词</span>
          <input
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder="事项名称、部门或编码"
            maxLength={100}
          />
        </label>
        <label className="ow-field">
          <span>部门</span>
          <select
            value={query.department ?? ''}
            onChange={(event) => update({ department: event.target.value || undefined })}
          >
            <option value="">全部部门</option>
            {(data?.departments ?? []).map((d) => (
              <option key={d.name} value={d.name}>
                {d.name}（{d.count}）
              </option>
            ))}
            {query.department && !data?.departments.some((d) => d.name === query.department) && (
              <option value={query.department}>{query.department}</option>
            )}
          </select>
        </label>
        <label className="ow-field">
          <span>事项类型</span>
          <select
            value={query.category ?? ''}
            onChange={(event) =>
              update({ category: (event.target.value || undefined) as Category | undefined })
            }
          >
            <option value="">全部类型</option>
            {(data?.categories ?? []).map((c) => (
              <option key={c.category} value={c.category}>
                {CATEGORY_LABELS[c.category]}（{c.count}）
              </option>
            ))}
          </select>
        </label>
        <div className="ow-list-summary-row">
          <p className="ow-portal-count" aria-live="polite">
            {data ? `共 ${data.total} ${NOUNS[kind]}` : '\u00a0'}
            {note}
          </p>
          <a className="ow-list-export" href={publicListExportUrl(kind, query)} download>
            <DownloadOutlined aria-hidden /> 导出 Excel
          </a>
        </div>
      </section>
      <section id="list-results" className="ow-portal-section" aria-label="清单内容">
        {body}
        {data && <Pager page={data.page} pageCount={pageCount} onPage={goToPage} />}
      </section>
    </>
  );
}
