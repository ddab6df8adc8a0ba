import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space } from 'antd';
import { useMemo, useState, type ReactElement } from 'react';
import type { AuditChainCheck, AuditFilters } from '../features/audit/api/audit-api.ts';
import {
  AuditChainResult,
  ExportAuditButton,
  VerifyAuditChainsButton,
} from '../features/audit/components/audit-chain-actions.tsx';
import { AuditFilterForm } from '../features/audit/components/audit-filter-form.tsx';
import { AuditTable } from '../features/audit/components/audit-table.tsx';
import { useAuditRecords } from '../features/audit/hooks/use-audit.ts';
import { describeError } from '../shared/api.ts';
import { PageHeader } from '../shared/layout/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../shared/page-states.tsx';

export function AdminAuditPage(): ReactElement {
  const [filters, setFilters] = useState<AuditFilters>({});
  const audit = useAuditRecords(filters);
  const records = useMemo(() => audit.data?.pages.flatMap((page) => page.records) ?? [], [audit.data]);
  const isFiltered = Object.keys(filters).length > 0;
  const [check, setCheck] = useState<{ result: AuditChainCheck | null; error: unknown } | null>(null);

  let body: ReactElement;
  if (audit.isPending) body = <LoadingState rows={8} />;
  else if (audit.isError && records.length === 0)
    body = <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />;
  else if (records.length === 0)
    body = <EmptyState description={isFiltered ? '没有符合条件的审计记录' : '暂无审计记录'} />;
  else
    body = (
      <>
        <AuditTable
          records={records}
          loading={audit.isRefetching && !audit.isFetchingNextPage}
          onNarrow={(narrower) => setFilters((current) => ({ ...current, ...narrower }))}
        />
        <div className="ow-load-more">
          {audit.isFetchNextPageError && (
            <Alert type="error" showIcon title={`加载失败：${describeError(audit.error)}`} />
          )}
          {audit.hasNextPage ? (
            <Button loading={audit.isFetchingNextPage} onClick={() => void audit.fetchNextPage()}>
              加载更多
            </Button>
          ) : (
            <span className="ow-muted">已显示全部 {records.length} 条记录</span>
          )}
        </div>
      </>
    );

  return (
    <div className="ow-page">
      <PageHeader
        title="审计日志"
        subtitle="登录、账号与角色变更、设备令牌和配置修改的记录，按时间倒序排列。"
        extra={
          <Space wrap>
            <VerifyAuditChainsButton onResult={(result, error) => setCheck({ result, error })} />
            <ExportAuditButton filters={filters} />
            <Button
              icon={<ReloadOutlined />}
              loading={audit.isRefetching && !audit.isFetchingNextPage}
              onClick={() => void audit.refetch()}
            >
              刷新
            </Button>
          </Space>
        }
      />
      <Alert
        className="ow-card-gap"
        type="info"
        showIcon
        title="审计记录只可查询，不可修改"
        description={
          <>
            记录封存后形成 SM3 哈希链。“校验审计链”重新计算本辖区每条链（与{' '}
            <code>onewindow verify-audit</code>{' '}
            相同）；“导出”按所选时间范围（未选则为今天）导出记录、哈希链与校验方法。
          </>
        }
      />
      {check && (
        <div className="ow-card-gap" role="status">
          {check.result ? (
            <AuditChainResult result={check.result} />
          ) : (
            <Alert type="error" showIcon title={`校验失败：${describeError(check.error)}`} />
          )}
        </div>
      )}
      <Card variant="borderless" className="ow-card-gap">
        <AuditFilterForm value={filters} onChange={setFilters} />
      </Card>
      <Card variant="borderless">{body}</Card>
    </div>
  );
}
