import type { ReactElement } from 'react';
import { CatalogPortalFrame } from '../features/catalog/components/catalog-portal-frame.tsx';
import { PublicListView } from '../features/catalog/components/public-lists.tsx';

/** /portal/lists/fees — 收费目录清单. */
export function PortalFeeListPage(): ReactElement {
  return (
    <CatalogPortalFrame
      title="收费目录清单"
      subtitle="依法收取的行政事业性收费项目、标准和依据。目录以外一律不得收费。"
    >
      <PublicListView kind="fees" note="。目录以外的事项一律不收费" />
    </CatalogPortalFrame>
  );
}
