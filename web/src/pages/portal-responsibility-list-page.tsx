import type { ReactElement } from 'react';
import { CatalogPortalFrame } from '../features/catalog/components/catalog-portal-frame.tsx';
import { ResponsibilityListView } from '../features/catalog/components/public-lists.tsx';
import { useResponsibilityList } from '../features/catalog/hooks/use-catalog.ts';
import { ErrorState, LoadingState } from '../shared/page-states.tsx';

/** /portal/lists/responsibility — 责任清单. */
export function PortalResponsibilityListPage(): ReactElement {
  const list = useResponsibilityList();
  return (
    <CatalogPortalFrame title="责任清单" subtitle="每项行政权力对应的责任事项、依据和监督投诉电话。">
      {list.isPending ? (
        <section className="ow-portal-section">
          <LoadingState rows={8} />
        </section>
      ) : list.isError ? (
        <section className="ow-portal-section">
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        </section>
      ) : (
        <ResponsibilityListView entries={list.data} />
      )}
    </CatalogPortalFrame>
  );
}
