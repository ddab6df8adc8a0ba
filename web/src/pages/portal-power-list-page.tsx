import type { ReactElement } from 'react';
import { CatalogPortalFrame } from '../features/catalog/components/catalog-portal-frame.tsx';
import { PublicListView } from '../features/catalog/components/public-lists.tsx';

/** /portal/lists/power — 权力清单. */
export function PortalPowerListPage(): ReactElement {
  return (
    <CatalogPortalFrame title="权力清单" subtitle="本县各部门依法行使的行政权力事项，按部门和事项类型筛选。">
      <PublicListView kind="power" />
    </CatalogPortalFrame>
  );
}
