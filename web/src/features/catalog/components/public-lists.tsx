import { SearchOutlined } from '@ant-design/icons';
import { Grid, Input, Table } from 'antd';
import { useMemo, useState, type ReactElement } from 'react';
import { Link } from 'react-router';
import type { Category, LegalBasis } from '../../../../../domain/catalog/item-content.ts';
import {
  CATEGORY_CODES,
  CATEGORY_LABELS,
  EXERCISE_LEVEL_LABELS,
  formatFen,
} from '../../../../../domain/catalog/labels.ts';
import { EmptyState } from '../../../shared/page-states.tsx';
import type { FeeListEntry, PowerListEntry, ResponsibilityListEntry } from '../api/catalog-api.ts';

/*
 * The published lists (清单公开): a table on a desk, cards on a phone. Each list can be narrowed by
 * name or department without another request; they are a few hundred rows at most.
 */

function useNarrowed<T extends { name: string; departmentName: string; implementationCode: string }>(
  entries: readonly T[],
  text: string,
): T[] {
  return useMemo(() => {
    const terms = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (terms.length === 0) return [...entries];
    return entries.filter((entry) => {
      const haystack = `${entry.name} ${entry.departmentName} ${entry.implementationCode}`.toLowerCase();
      return terms.every((term) => haystack.includes(term));
    });
  }, [entries, text]);
}

function NarrowBox({ value, onChange }: { value: string; onChange: (value: string) => void }): ReactElement {
  return (
    <Input
      size="large"
      className="ow-list-narrow"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      allowClear
      prefix={<SearchOutlined aria-hidden />}
      placeholder="按事项名称、部门或编码查找"
      aria-label="按事项名称、部门或编码查找"
    />
  );
}

function basisText(basis: readonly LegalBasis[]): string {
  return basis.map((entry) => `${entry.title}${entry.article}`).join('；') || '—';
}

const itemLink = (entry: { id: string; name: string }) => (
  <Link to={`/portal/items/${entry.id}`}>{entry.name}</Link>
);

/** 权力清单, grouped by 事项类型 with counts and the national category code. */
export function PowerListView({ entries }: { entries: readonly PowerListEntry[] }): ReactElement {
  const [text, setText] = useState('');
  const shown = useNarrowed(entries, text);
  const isWide = Boolean(Grid.useBreakpoint().md);
  const groups = useMemo(() => {
    const byCategory = new Map<Category, PowerListEntry[]>();
    for (const entry of shown)
      byCategory.set(entry.category, [...(byCategory.get(entry.category) ?? []), entry]);
    return (Object.keys(CATEGORY_LABELS) as Category[])
      .filter((category) => byCategory.has(category))
      .map((category) => ({ category, entries: byCategory.get(category)! }));
  }, [shown]);

  return (
    <>
      <section className="ow-portal-section">
        <NarrowBox value={text} onChange={setText} />
        <nav className="ow-guide-nav ow-list-summary" aria-label="按事项类型">
          {groups.map((group) => (
            <a key={group.category} href={`#power-${group.category}`}>
              {CATEGORY_LABELS[group.category]} {group.entries.length}
            </a>
          ))}
        </nav>
        <p className="ow-portal-count">共 {shown.length} 项行政权力</p>
      </section>
      {groups.length === 0 && (
        <section className="ow-portal-section">
          <EmptyState description="没有符合条件的事项" />
        </section>
      )}
      {groups.map((group) => (
        <section
          key={group.category}
          id={`power-${group.category}`}
          className="ow-portal-section"
          aria-labelledby={`power-${group.category}-title`}
        >
          <div className="ow-portal-section-head">
            <h2 id={`power-${group.category}-title`}>
              {CATEGORY_LABELS[group.category]}
              <span className="ow-list-code">类型代码 {CATEGORY_CODES[group.category]}</span>
            </h2>
            <span className="ow-portal-count">共 {group.entries.length} 项</span>
          </div>
          {isWide ? (
            <Table<PowerListEntry>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={group.entries}
              columns={[
                { title: '序号', key: 'index', width: 64, render: (_v, _r, index) => index + 1 },
                { title: '事项名称', key: 'name', width: 260, render: (_v, entry) => itemLink(entry) },
                { title: '实施部门', dataIndex: 'departmentName', width: 180 },
                {
                  title: '行使层级',
                  key: 'level',
                  width: 110,
                  render: (_v, entry) => EXERCISE_LEVEL_LABELS[entry.exerciseLevel] ?? entry.exerciseLevel,
                },
                { title: '设定依据', key: 'basis', render: (_v, entry) => basisText(entry.legalBasis) },
                {
                  title: '实施编码',
                  dataIndex: 'implementationCode',
                  width: 220,
                  render: (code: string) => <span className="ow-mono">{code}</span>,
                },
              ]}
            />
          ) : (
            <ul className="ow-list-cards">
              {group.entries.map((entry) => (
                <li key={entry.id} className="ow-list-card">
                  <strong>{itemLink(entry)}</strong>
                  <span>{entry.departmentName}</span>
                  <span className="ow-muted">
                    {EXERCISE_LEVEL_LABELS[entry.exerciseLevel]} · {entry.implementationCode}
                  </span>
                  <span className="ow-guide-note">设定依据：{basisText(entry.legalBasis)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}

function phoneHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

/** 责任清单: for each power, the department's duties, the basis and where to complain. */
export function ResponsibilityListView({
  entries,
}: {
  entries: readonly ResponsibilityListEntry[];
}): ReactElement {
  const [text, setText] = useState('');
  const shown = useNarrowed(entries, text);
  const isWide = Boolean(Grid.useBreakpoint().md);
  const duties = (entry: ResponsibilityListEntry) =>
    entry.responsibilities.length === 0 ? (
      '—'
    ) : (
      <ol className="ow-guide-list ow-compact-list">
        {entry.responsibilities.map((duty, index) => (
          <li key={index}>{duty}</li>
        ))}
      </ol>
    );
  return (
    <>
      <section className="ow-portal-section">
        <NarrowBox value={text} onChange={setText} />
        <p className="ow-portal-count">共 {shown.length} 项</p>
      </section>
      <section className="ow-portal-section">
        {shown.length === 0 ? (
          <EmptyState description="没有符合条件的事项" />
        ) : isWide ? (
          <Table<ResponsibilityListEntry>
            rowKey="id"
            size="small"
            pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
            dataSource={shown}
            columns={[
              {
                title: '事项名称',
                key: 'name',
                width: 220,
                render: (_v, entry) => (
                  <>
                    {itemLink(entry)}
                    <div className="ow-muted">{CATEGORY_LABELS[entry.category]}</div>
                  </>
                ),
              },
              { title: '责任部门', dataIndex: 'departmentName', width: 180 },
              { title: '责任事项', key: 'duties', render: (_v, entry) => duties(entry) },
              { title: '依据', key: 'basis', width: 260, render: (_v, entry) => basisText(entry.legalBasis) },
              {
                title: '监督投诉电话',
                dataIndex: 'complaintPhone',
                width: 130,
                render: (phone: string) => <a href={phoneHref(phone)}>{phone}</a>,
              },
            ]}
          />
        ) : (
          <ul className="ow-list-cards">
            {shown.map((entry) => (
              <li key={entry.id} className="ow-list-card">
                <strong>{itemLink(entry)}</strong>
                <span>
                  {entry.departmentName} · {CATEGORY_LABELS[entry.category]}
                </span>
                {duties(entry)}
                <span className="ow-guide-note">依据：{basisText(entry.legalBasis)}</span>
                <span>
                  监督投诉电话 <a href={phoneHref(entry.complaintPhone)}>{entry.complaintPhone}</a>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

interface FeeRow {
  key: string;
  entry: FeeListEntry;
  fee: FeeListEntry['fees'][number];
  first: boolean;
  span: number;
}

/** 收费目录清单: every fee of every open item; what is not listed here is free of charge. */
export function FeeListView({ entries }: { entries: readonly FeeListEntry[] }): ReactElement {
  const [text, setText] = useState('');
  const shown = useNarrowed(entries, text);
  const isWide = Boolean(Grid.useBreakpoint().md);
  const rows: FeeRow[] = shown.flatMap((entry) =>
    entry.fees.map((fee, index) => ({
      key: `${entry.id}-${index}`,
      entry,
      fee,
      first: index === 0,
      span: entry.fees.length,
    })),
  );
  return (
    <>
      <section className="ow-portal-section">
        <NarrowBox value={text} onChange={setText} />
        <p className="ow-portal-count">
          共 {shown.length} 个事项收费，{rows.length} 个收费项目。目录以外的事项一律不收费。
        </p>
      </section>
      <section className="ow-portal-section">
        {shown.length === 0 ? (
          <EmptyState description="没有符合条件的收费项目" />
        ) : isWide ? (
          <Table<FeeRow>
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={rows}
            columns={[
              {
                title: '事项名称',
                key: 'item',
                width: 220,
                onCell: (row) => ({ rowSpan: row.first ? row.span : 0 }),
                render: (_v, row) => (
                  <>
                    {itemLink(row.entry)}
                    <div className="ow-muted">{row.entry.departmentName}</div>
                  </>
                ),
              },
              { title: '收费项目', key: 'name', render: (_v, row) => row.fee.name },
              {
                title: '收费标准',
                key: 'amount',
                width: 120,
                align: 'right',
                render: (_v, row) => <span className="ow-nowrap">{formatFen(row.fee.amountFen)}</span>,
              },
              { title: '收费依据', key: 'basis', render: (_v, row) => row.fee.basis },
              {
                title: '减免情形',
                key: 'waivers',
                render: (_v, row) => [row.fee.waivers, row.fee.notes].filter(Boolean).join('；') || '—',
              },
            ]}
          />
        ) : (
          <ul className="ow-list-cards">
            {shown.map((entry) => (
              <li key={entry.id} className="ow-list-card">
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
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
