import { Alert, Descriptions, Drawer, Table, Tag } from 'antd';
import { useState, type ReactElement } from 'react';
import { formatChineseDay, formatHallDateTime } from '../../../../shared/format.ts';
import { ErrorState, LoadingState } from '../../../../shared/page-states.tsx';
import type { ContentChange, ItemDetail, RevisionSummary } from '../../api/catalog-api.ts';
import { describeContentValue, listDelta } from '../../change-text.ts';
import { useRevision } from '../../hooks/use-catalog.ts';
import { CHANGE_KIND_LABELS } from '../../labels.ts';
import { ItemStatusTag } from '../item-tags.tsx';
import { GuideSections } from '../service-guide-view.tsx';

function period(revision: RevisionSummary): string {
  if (!revision.effectiveOn) return '未发布';
  const from = formatChineseDay(revision.effectiveOn);
  return revision.effectiveUntil ? `${from} 至 ${formatChineseDay(revision.effectiveUntil)}` : `${from} 起`;
}

function ChangeLine({ change }: { change: ContentChange }): ReactElement {
  // Named lists come with added/removed from the server; lists of plain values are compared here.
  const delta =
    change.added !== undefined || change.removed !== undefined
      ? { added: change.added ?? [], removed: change.removed ?? [] }
      : listDelta(change.field, change.before, change.after);
  const isList =
    delta !== null && (delta.added.length > 0 || delta.removed.length > 0 || change.added !== undefined);
  return (
    <li className="ow-change">
      <strong className="ow-change-label">{change.label}</strong>
      {isList ? (
        <span className="ow-change-body">
          {(delta?.added ?? []).map((name) => (
            <Tag key={`+${name}`} color="green">
              新增：{name}
            </Tag>
          ))}
          {(delta?.removed ?? []).map((name) => (
            <Tag key={`-${name}`} color="red">
              删除：{name}
            </Tag>
          ))}
          {delta?.added.length === 0 && delta.removed.length === 0 && (
            <span className="ow-muted">内容有修改</span>
          )}
        </span>
      ) : (
        <span className="ow-change-body">
          <del>{describeContentValue(change.field, change.before)}</del>
          <span aria-hidden> → </span>
          <ins>{describeContentValue(change.field, change.after)}</ins>
        </span>
      )}
    </li>
  );
}

function RevisionDrawer({
  item,
  revision,
  onClose,
}: {
  item: ItemDetail;
  revision: RevisionSummary | null;
  onClose: () => void;
}): ReactElement {
  const detail = useRevision(item.id, revision?.id);
  let body: ReactElement;
  if (!revision) body = <></>;
  else if (detail.isPending) body = <LoadingState rows={8} />;
  else if (detail.isError) body = <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  else {
    const { changes, previousVersion } = detail.data;
    body = (
      <>
        <Descriptions
          size="small"
          column={2}
          bordered
          items={[
            { key: 'status', label: '状态', children: <ItemStatusTag status={revision.status} /> },
            { key: 'kind', label: '变更类型', children: CHANGE_KIND_LABELS[revision.changeKind] },
            { key: 'period', label: '有效期', children: period(revision), span: 2 },
            { key: 'reason', label: '调整原因', children: revision.reason ?? '—', span: 2 },
            { key: 'by', label: '发布人', children: revision.publishedByName ?? '—' },
            { key: 'at', label: '发布时间', children: formatHallDateTime(revision.publishedAt) },
          ]}
        />
        <h3 className="ow-drawer-heading">
          {previousVersion === null ? '变更内容' : `与第 ${previousVersion} 版相比`}
        </h3>
        {previousVersion === null ? (
          <p className="ow-muted">这是事项的第一个版本。</p>
        ) : changes.length === 0 ? (
          <p className="ow-muted">内容没有变化。</p>
        ) : (
          <ul className="ow-changes">
            {changes.map((change) => (
              <ChangeLine key={change.field} change={change} />
            ))}
          </ul>
        )}
        <h3 className="ow-drawer-heading">第 {revision.version} 版内容（只读）</h3>
        <div className="ow-readonly-guide">
          <GuideSections
            content={detail.data.revision.content}
            context={{ departmentName: item.departmentName, implementationCode: item.implementationCode }}
          />
        </div>
      </>
    );
  }
  return (
    <Drawer
      title={revision ? `第 ${revision.version} 版` : ''}
      open={revision !== null}
      onClose={onClose}
      size={880}
      destroyOnHidden
    >
      {body}
    </Drawer>
  );
}

/** 历史版本: every revision of the item; one opens to what changed and its full content. */
export function RevisionHistory({ item }: { item: ItemDetail }): ReactElement {
  const [open, setOpen] = useState<RevisionSummary | null>(null);
  return (
    <>
      <Alert
        className="ow-card-gap"
        type="info"
        showIcon
        title="每次发布、取消或下放都会形成新版本；已受理的办件按受理时的版本办理。点击一行查看变更内容。"
      />
      <Table<RevisionSummary>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={item.revisions}
        onRow={(revision) => ({ onClick: () => setOpen(revision), className: 'ow-clickable-row' })}
        columns={[
          {
            title: '版本',
            dataIndex: 'version',
            width: 80,
            render: (version: number, revision) => (
              <a
                href={`#revision-${revision.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  setOpen(revision);
                }}
              >
                第 {version} 版
              </a>
            ),
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 90,
            render: (status: RevisionSummary['status']) => <ItemStatusTag status={status} />,
          },
          {
            title: '变更类型',
            dataIndex: 'changeKind',
            width: 90,
            render: (kind: RevisionSummary['changeKind']) => CHANGE_KIND_LABELS[kind],
          },
          { title: '有效期', key: 'period', width: 260, render: (_v, revision) => period(revision) },
          { title: '原因', dataIndex: 'reason', render: (reason: string | null) => reason ?? '—' },
          {
            title: '发布人',
            dataIndex: 'publishedByName',
            width: 100,
            render: (name: string | null) => name ?? '—',
          },
          {
            title: '发布时间',
            dataIndex: 'publishedAt',
            width: 170,
            render: (at: string | null) => <span className="ow-nowrap">{formatHallDateTime(at)}</span>,
          },
        ]}
      />
      <RevisionDrawer item={item} revision={open} onClose={() => setOpen(null)} />
    </>
  );
}
