import { useState, type ReactElement } from 'react';
import { Link } from 'react-router';
import type { Subject } from '../../../../../domain/catalog/item-content.ts';
import { EmptyState, ErrorState, LoadingState } from '../../../shared/page-states.tsx';
import { useThemes } from '../hooks/use-catalog.ts';
import { itemSearchUrl } from '../search-params.ts';

const AUDIENCES: { value: Subject; label: string }[] = [
  { value: 'natural_person', label: '个人办事' },
  { value: 'legal_person', label: '法人办事' },
];

/** 主题服务: life events for people, business stages for companies, each with how many items it gathers. */
export function ThemeCards(): ReactElement {
  const themes = useThemes();
  const [audience, setAudience] = useState<Subject>('natural_person');
  const shown = (themes.data ?? []).filter((theme) => theme.audience === audience && theme.itemCount > 0);

  let body: ReactElement;
  if (themes.isPending) body = <LoadingState rows={3} />;
  else if (themes.isError)
    body = (
      <ErrorState
        compact
        error={themes.error}
        title="主题服务加载失败"
        onRetry={() => void themes.refetch()}
      />
    );
  else if (shown.length === 0) body = <EmptyState description="暂无主题服务" />;
  else
    body = (
      <ul className="ow-theme-cards">
        {shown.map((theme) => (
          <li key={theme.code}>
            <Link to={itemSearchUrl({ theme: theme.code })} className="ow-theme-card">
              <span className="ow-theme-name">{theme.name}</span>
              {theme.description && <span className="ow-theme-description">{theme.description}</span>}
              <span className="ow-theme-count">{theme.itemCount} 个事项</span>
            </Link>
          </li>
        ))}
      </ul>
    );

  return (
    <div className="ow-themes">
      <div className="ow-segmented" role="group" aria-label="办事对象">
        {AUDIENCES.map((option) => (
          <button
            key={option.value}
            type="button"
            aria-pressed={audience === option.value}
            onClick={() => setAudience(option.value)}
          >
            {option.label}
          </button>
        ))}
      </div>
      {body}
    </div>
  );
}
