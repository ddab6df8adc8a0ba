import type { ModuleDescriptor } from '../../platform/module.ts';
import type { Role } from '../../platform/policy.ts';
import { ORG_NAME_TOPICS, ORG_PLACE_TOPICS } from '../org/index.ts';
import { CATALOG_ERRORS } from './errors.ts';
import { catalogAdminRoutes } from './routes/admin.ts';
import { catalogExchangeRoutes } from './routes/exchange.ts';
import { catalogFormRoutes } from './routes/forms.ts';
import { catalogPublicListRoutes } from './routes/public-lists.ts';
import { catalogPublicRoutes } from './routes/public.ts';
import { dropCachedGuides, invalidateCatalog } from './service/portal.ts';
import { CATALOG_TOPICS } from './events.ts';

/** The service catalog (事项): items with their legal elements and revisions, guides, public lists. */
export const catalogModule: ModuleDescriptor = {
  name: 'catalog',
  tags: [
    { name: 'catalog', description: 'The public catalog of service items: search, guides, public lists' },
    { name: 'catalog admin', description: 'Items from draft to closed, revisions, themes, Excel exchange' },
  ],
  routes(app, ctx) {
    catalogPublicRoutes(app, ctx);
    catalogPublicListRoutes(app, ctx);
    catalogAdminRoutes(app, ctx);
    catalogExchangeRoutes(app, ctx);
    catalogFormRoutes(app, ctx);
  },
  subscriptions: [
    // The in-memory catalog (service/portal.ts) follows the items and the names they show.
    {
      topics: [...CATALOG_TOPICS, ...ORG_NAME_TOPICS],
      handle: (ctx) => invalidateCatalog(ctx),
    },
    { topics: ORG_PLACE_TOPICS, handle: (ctx) => dropCachedGuides(ctx) },
  ],
  errors: CATALOG_ERRORS,
  permissions: {
    'catalog.read': [
      'clerk',
      'chief_representative',
      'guide',
      'agent',
      'reviewer',
      'center_admin',
      'supervisor',
      'system_admin',
    ],
    // Drafts, revisions, publishing, abolishing, delegating, Excel exchange.
    'catalog.manage': ['center_admin', 'system_admin'],
    // 事项管理 in 管理后台: the admins who keep the catalog and the supervisor who watches it. Window
    // staff read items too, in the portal's service guides.
    'catalog.review': ['center_admin', 'system_admin', 'supervisor'],
  } satisfies Record<string, readonly Role[]>,
};

declare module '../../platform/policy.ts' {
  interface Permissions {
    'catalog.read': true;
    'catalog.manage': true;
    'catalog.review': true;
  }
}
