import { Button, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import type { ReactElement } from 'react';
import { formatHallDateTime } from '../../../shared/format.ts';
import type { AuditFilters, AuditRecord } from '../api/audit-api.ts';
import { actorKindLabel, actorRoleLabel, auditActionLabel, auditTargetTypeLabel } from '../labels.ts';

function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}

function shortHash(hash: string | null): string {
  return hash ? `${hash.slice(0, 16)}…` : '—';
}

/** 已封存 #seq (with the hash prefixes on hover) or 待封存. */
function ChainStatus({ record }: { record: AuditRecord }): ReactElement {
  if (record.seq === null) {
    return (
      <Tooltip title="封存任务将在数秒内把此记录写入哈希链">
        <Tag>待封存</Tag>
      </Tooltip>
    );
  }
  return (
    <Tooltip
      title={
        <div className="ow-chain-tooltip">
          <div>链：{record.stream}</div>
          <div>本条哈希：{shortHash(record.hash)}</div>
          <div>上一条哈希：{shortHash(record.prevHash)}</div>
        </div>
      }
    >
      <Tag color="green">已封存 #{record.seq}</Tag>
    </Tooltip>
  );
}

/**
 * Audit records, newest first. An actor or a target is a link that narrows the search to it;
 * nothing here changes a record.
 */
export function AuditTable({
  records,
  loading,
  onNarrow,
}: {
  records: AuditRecord[];
  loading: boolean;
  onNarrow: (filters: AuditFilters) => void;
}): ReactElement {
  const columns: TableColumnsType<AuditRecord> = [
    {
      title: '时间',
      dataIndex: 'at',
      width: 160,
      render: (at: string) => <span className="ow-nowrap">{formatHallDateTime(at)}</span>,
    },
    {
      title: '操作人',
      key: 'actor',
      width: 150,
      render: (_, record) => {
        const name = record.actorName ?? actorKindLabel(record.actorKind);
        return (
          <div className="ow-audit-actor">
            {record.actorId ? (
              <Tooltip title={`只看此操作人（ID ${record.actorId}）`}>
                <Button type="link" size="small" onClick={() => onNarrow({ actorId: record.actorId! })}>
                  {name}
                </Button>
              </Tooltip>
            ) : (
              <span>{name}</span>
            )}
            <span className="ow-tag-list">
              {record.actorRoles.map((role) => (
                <Tag key={role} variant="filled">
                  {actorRoleLabel(role)}
                </Tag>
              ))}
            </span>
          </div>
        );
      },
    },
    {
      title: '操作',
      dataIndex: 'action',
      width: 160,
      render: (action: string) => (
        <span className="ow-audit-action">
          {auditActionLabel(action)}
          <code>{action}</code>
        </span>
      ),
    },
    {
      title: '对象',
      key: 'target',
      width: 130,
      render: (_, record) => (
        <span className="ow-audit-target">
          {auditTargetTypeLabel(record.targetType)}
          <Tooltip title={`只看此对象（ID ${record.targetId}）`}>
            <Button
              type="link"
              size="small"
              className="ow-mono"
              onClick={() => onNarrow({ targetType: record.targetType, targetId: record.targetId })}
            >
              {shortId(record.targetId)}
            </Button>
          </Tooltip>
        </span>
      ),
    },
    { title: '摘要', dataIndex: 'summary', render: (summary: string) => summary || '—' },
    {
      title: '来源地址',
      dataIndex: 'clientAddress',
      width: 120,
      render: (address: string | null) => <span className="ow-mono">{address ?? '—'}</span>,
    },
    {
      title: '链',
      key: 'chain',
      width: 110,
      fixed: 'right', // on a narrow screen the table scrolls, and whether a record is sealed stays in view
      render: (_, record) => <ChainStatus record={record} />,
    },
  ];

  return (
    <Table<AuditRecord>
      rowKey="id"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={records}
      pagination={false}
      scroll={{ x: 1040 }}
      locale={{ emptyText: '没有符合条件的审计记录' }}
    />
  );
}
