import type { ReactElement } from 'react';
import { CatalogPortalFrame } from '../features/catalog/components/catalog-portal-frame.tsx';
import { FeeListView } from '../features/catalog/components/public-lists.tsx';
import { useFeeList } from '../features/catalog/hooks/use-catalog.ts';
import { ErrorState, LoadingState } from '../shared/page-states.tsx';

/** /portal/lists/fees — 收费目录清单. */
export function PortalFeeListPage(): ReactElement {
  const list = useFeeList();
  return (
    <CatalogPortalFrame
      title="收费目录清单"
      subtitle="依法收取的行政事业性收费项目、标准和依据。目录以外一律不得收费。"
    >
      {list.isPending ? (
        <section className="ow-portal-section">
          <LoadingState rows={8} />
        </section>
      ) : list.isError ? (
        <section className="ow-portal-section">
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        </section>
      ) : (
        <FeeListView entries={list.data} />
      )}
    </CatalogPortalFrame>
  );
}
