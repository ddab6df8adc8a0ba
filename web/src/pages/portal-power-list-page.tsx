import type { ReactElement } from 'react';
import { CatalogPortalFrame } from '../features/catalog/components/catalog-portal-frame.tsx';
import { PowerListView } from '../features/catalog/components/public-lists.tsx';
import { usePowerList } from '../features/catalog/hooks/use-catalog.ts';
import { ErrorState, LoadingState } from '../shared/page-states.tsx';

/** /portal/lists/power — 权力清单. */
export function PortalPowerListPage(): ReactElement {
  const list = usePowerList();
  return (
    <CatalogPortalFrame title="权力清单" subtitle="本县各部门依法行使的行政权力事项，按事项类型分组公开。">
      {list.isPending ? (
        <section className="ow-portal-section">
          <LoadingState rows={8} />
        </section>
      ) : list.isError ? (
        <section className="ow-portal-section">
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        </section>
      ) : (
        <PowerListView entries={list.data} />
      )}
    </CatalogPortalFrame>
  );
}
