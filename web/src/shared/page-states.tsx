import { ReloadOutlined } from '@ant-design/icons';
import { Button, Empty, Result, Skeleton, Spin } from 'antd';
import type { ReactElement, ReactNode } from 'react';
import { describeError } from './api.ts';

/** A skeleton of a page section while its data load. */
export function LoadingState({
  rows = 4,
  label = '正在加载…',
}: {
  rows?: number;
  label?: string;
}): ReactElement {
  return (
    <div className="ow-state" role="status" aria-live="polite" aria-label={label}>
      <Skeleton active title paragraph={{ rows }} />
    </div>
  );
}

/** A centered spinner for a whole screen (first load, route chunks). */
export function FullPageLoading({ label = '正在加载…' }: { label?: string }): ReactElement {
  return (
    <div className="ow-full-page-loading" role="status" aria-live="polite">
      <Spin size="large" />
      <span>{label}</span>
    </div>
  );
}

/** The error a query raised, in the server's words, with a retry button when it can help. */
export function ErrorState({
  error,
  title = '加载失败',
  onRetry,
  compact = false,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
  compact?: boolean;
}): ReactElement {
  const retry = onRetry ? (
    <Button icon={<ReloadOutlined aria-hidden />} onClick={onRetry}>
      重试
    </Button>
  ) : undefined;
  if (compact) {
    return (
      <div className="ow-state ow-state-compact" role="alert">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`${title}：${describeError(error)}`}>
          {retry}
        </Empty>
      </div>
    );
  }
  return (
    <div className="ow-state" role="alert">
      <Result status="warning" title={title} subTitle={describeError(error)} extra={retry} />
    </div>
  );
}

/** Nothing to show yet, said plainly; `children` may offer the next step. */
export function EmptyState({
  description,
  children,
}: {
  description: ReactNode;
  children?: ReactNode;
}): ReactElement {
  return (
    <div className="ow-state">
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description}>
        {children}
      </Empty>
    </div>
  );
}
