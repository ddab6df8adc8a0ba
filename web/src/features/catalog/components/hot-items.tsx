import { FireOutlined } from '@ant-design/icons';
import type { ReactElement } from 'react';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../shared/page-states.tsx';
import { useHotItems } from '../hooks/use-catalog.ts';
import { timeLimitText, visitsText } from '../labels.ts';

/** 热门事项: the items the center features, as large tappable tiles. */
export function HotItems({ limit = 8 }: { limit?: number }): ReactElement {
  const hot = useHotItems(limit);
  if (hot.isPending) return <LoadingState rows={3} />;
  if (hot.isError)
    return (
      <ErrorState compact error={hot.error} title="热门事项加载失败" onRetry={() => void hot.refetch()} />
    );
  if (hot.data.length === 0) return <EmptyState description="暂无热门事项" />;
  return (
    <ul className="ow-hot-items">
      {hot.data.map((item, index) => (
        <li key={item.id}>
          <Link to={`/portal/items/${item.id}`} className="ow-hot-item">
            <span className="ow-hot-rank" aria-hidden>
              {index < 3 ? <FireOutlined /> : index + 1}
            </span>
            <span className="ow-hot-text">
              <span className="ow-hot-name">{item.name}</span>
              <span className="ow-hot-meta">
                {item.departmentName} · {timeLimitText(item)} · {visitsText(item.visitsRequired)}
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
