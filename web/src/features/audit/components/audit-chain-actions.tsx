import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Tooltip } from 'antd';
import { useState, type ReactElement } from 'react';
import { describeError } from '../../../shared/api.ts';
import { formatHallDateTime, hallTodayIsoDate } from '../../../shared/format.ts';
import { downloadAuditWorkbook, type AuditChainCheck, type AuditFilters } from '../api/audit-api.ts';
import { useVerifyAuditChains } from '../hooks/use-audit.ts';

/** Hands a downloaded file to the browser to save. */
function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The hall-local days of the search's 时间范围, or today when none is chosen. */
export function exportPeriodOf(filters: AuditFilters): { from: string; to: string } {
  if (filters.from && filters.to) {
    return {
      from: formatHallDateTime(filters.from).slice(0, 10),
      to: formatHallDateTime(filters.to).slice(0, 10),
    };
  }
  const today = hallTodayIsoDate();
  return { from: today, to: today };
}

/** 导出: the chosen period's records with their seals, the chain heads and how to check them. */
export function ExportAuditButton({ filters }: { filters: AuditFilters }): ReactElement {
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const period = exportPeriodOf(filters);
  return (
    <Tooltip
      title={`导出 ${period.from} 至 ${period.to} 的全部记录及其哈希链（Excel），导出操作本身也会记入审计`}
    >
      <Button
        icon={<DownloadOutlined />}
        loading={busy}
        onClick={async () => {
          setBusy(true);
          try {
            saveFile(await downloadAuditWorkbook(period), `审计记录_${period.from}_${period.to}.xlsx`);
          } catch (error) {
            void message.error(`导出失败：${describeError(error)}`);
          } finally {
            setBusy(false);
          }
        }}
      >
        导出
      </Button>
    </Tooltip>
  );
}

const REASON_LABELS: Readonly<Record<string, string>> = {
  'previous hash does not match': '上一条哈希不符',
  'the sealed record is missing': '已封存的记录缺失',
  'content does not match its hash': '记录内容与其哈希不符（可能被篡改）',
  'records are missing at the end of the chain': '链尾记录缺失',
};

function reasonLabel(reason: string): string {
  if (REASON_LABELS[reason]) return REASON_LABELS[reason];
  const missing = /^record (\d+) is missing$/.exec(reason);
  return missing ? `第 ${missing[1]} 条记录缺失` : reason;
}

/** The check's outcome: 通过, or each broken chain with its first broken record. */
export function AuditChainResult({ result }: { result: AuditChainCheck }): ReactElement {
  const pending = result.pending > 0 ? `，另有 ${result.pending} 条待封存` : '';
  if (result.breaks.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        title="通过"
        description={`${result.streams} 条链、${result.records} 条已封存记录均与其哈希一致${pending}。`}
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      title={`发现 ${result.breaks.length} 处断链`}
      description={
        <ul className="ow-chain-breaks">
          {result.breaks.map((broken) => (
            <li key={broken.stream}>
              链 <code>{broken.stream}</code> 第 {broken.seq} 条：{reasonLabel(broken.reason)}
            </li>
          ))}
        </ul>
      }
    />
  );
}

/** 校验审计链: the same check as `onewindow verify-audit`, over the admin's regions. */
export function VerifyAuditChainsButton({
  onResult,
}: {
  onResult: (result: AuditChainCheck | null, error: unknown) => void;
}): ReactElement {
  const verify = useVerifyAuditChains();
  return (
    <Button
      icon={<SafetyCertificateOutlined />}
      loading={verify.isPending}
      onClick={() =>
        verify.mutate(undefined, {
          onSuccess: (result) => onResult(result, null),
          onError: (error) => onResult(null, error),
        })
      }
    >
      校验审计链
    </Button>
  );
}
