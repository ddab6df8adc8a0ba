import type { ReactElement } from 'react';
import { CatalogPortalFrame } from '../features/catalog/components/catalog-portal-frame.tsx';
import { PublicListView } from '../features/catalog/components/public-lists.tsx';

/** /portal/lists/responsibility — 责任清单. */
export function PortalResponsibilityListPage(): ReactElement {
  return (
    <CatalogPortalFrame title="责任清单" subtitle="每项行政权力对应的责任事项、依据和监督投诉电话。">
      <PublicListView kind="responsibility" />
    </CatalogPortalFrame>
  );
}
