import { lazy, Suspense, type ComponentType, type ReactElement } from 'react';
import { createBrowserRouter, Outlet } from 'react-router';
import { FullPageLoading } from '../shared/page-states.tsx';
import { NotFoundPage } from '../pages/not-found-page.tsx';
import { RouteErrorPage } from '../pages/route-error-page.tsx';

/** A page module loaded on first visit, so the portal does not download the admin tables. */
function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

// The staff frame (menus, session, password change) is the workbench's and admin's: the portal never loads it.
const StaffLayout = lazy(async () => ({ default: (await import('./staff-layout.tsx')).StaffLayoutWithApp }));
const AdminHomeRedirect = lazyPage(() => import('./staff-layout.tsx'), 'AdminHomeRedirect');
const PortalPage = lazyPage(() => import('../pages/portal-page.tsx'), 'PortalPage');
const LoginPage = lazyPage(() => import('../pages/login-page.tsx'), 'LoginPage');
const WorkbenchHomePage = lazyPage(() => import('../pages/workbench-home-page.tsx'), 'WorkbenchHomePage');
const ChangePasswordPage = lazyPage(() => import('../pages/change-password-page.tsx'), 'ChangePasswordPage');
const AdminCentersPage = lazyPage(() => import('../pages/admin-centers-page.tsx'), 'AdminCentersPage');
const AdminCenterDetailPage = lazyPage(
  () => import('../pages/admin-center-detail-page.tsx'),
  'AdminCenterDetailPage',
);
const AdminDepartmentsPage = lazyPage(
  () => import('../pages/admin-departments-page.tsx'),
  'AdminDepartmentsPage',
);
const AdminCalendarPage = lazyPage(() => import('../pages/admin-calendar-page.tsx'), 'AdminCalendarPage');
const AdminUsersPage = lazyPage(() => import('../pages/admin-users-page.tsx'), 'AdminUsersPage');
const AdminDevicesPage = lazyPage(() => import('../pages/admin-devices-page.tsx'), 'AdminDevicesPage');
const AdminAuditPage = lazyPage(() => import('../pages/admin-audit-page.tsx'), 'AdminAuditPage');
const PortalLoginPage = lazyPage(() => import('../pages/portal-login-page.tsx'), 'PortalLoginPage');
const PortalMePage = lazyPage(() => import('../pages/portal-me-page.tsx'), 'PortalMePage');
const PortalItemsPage = lazyPage(() => import('../pages/portal-items-page.tsx'), 'PortalItemsPage');
const PortalItemGuidePage = lazyPage(
  () => import('../pages/portal-item-guide-page.tsx'),
  'PortalItemGuidePage',
);
const PortalPowerListPage = lazyPage(
  () => import('../pages/portal-power-list-page.tsx'),
  'PortalPowerListPage',
);
const PortalResponsibilityListPage = lazyPage(
  () => import('../pages/portal-responsibility-list-page.tsx'),
  'PortalResponsibilityListPage',
);
const PortalFeeListPage = lazyPage(() => import('../pages/portal-fee-list-page.tsx'), 'PortalFeeListPage');
const PortalVerifyPage = lazyPage(() => import('../pages/portal-verify-page.tsx'), 'PortalVerifyPage');
const LicensePrintPage = lazyPage(() => import('../pages/license-print-page.tsx'), 'LicensePrintPage');
const AdminCatalogPage = lazyPage(() => import('../pages/admin-catalog-page.tsx'), 'AdminCatalogPage');
const AdminCatalogItemPage = lazyPage(
  () => import('../pages/admin-catalog-item-page.tsx'),
  'AdminCatalogItemPage',
);

function PublicFrame(): ReactElement {
  return (
    <Suspense fallback={<FullPageLoading />}>
      <Outlet />
    </Suspense>
  );
}

function StaffFrame({ face }: { face: 'workbench' | 'admin' }): ReactElement {
  return (
    <Suspense fallback={<FullPageLoading />}>
      <StaffLayout face={face} />
    </Suspense>
  );
}

export const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <PublicFrame />,
        children: [
          { path: '/', element: <PortalPage /> },
          { path: '/login', element: <LoginPage /> },
          { path: '/portal/login', element: <PortalLoginPage /> },
          { path: '/portal/me', element: <PortalMePage /> },
          { path: '/portal/items', element: <PortalItemsPage /> },
          { path: '/portal/items/:id', element: <PortalItemGuidePage /> },
          { path: '/portal/lists/power', element: <PortalPowerListPage /> },
          { path: '/portal/lists/responsibility', element: <PortalResponsibilityListPage /> },
          { path: '/portal/lists/fees', element: <PortalFeeListPage /> },
          { path: '/verify', element: <PortalVerifyPage /> },
          { path: '/verify/:code', element: <PortalVerifyPage /> },
          { path: '/licenses/:id/print', element: <LicensePrintPage /> },
        ],
      },
      {
        path: '/workbench',
        element: <StaffFrame face="workbench" />,
        children: [
          { index: true, element: <WorkbenchHomePage /> },
          { path: 'password', element: <ChangePasswordPage /> },
          { path: '*', element: <NotFoundPage homePath="/workbench" homeLabel="返回工作台" /> },
        ],
      },
      {
        path: '/admin',
        element: <StaffFrame face="admin" />,
        children: [
          { index: true, element: <AdminHomeRedirect /> },
          { path: 'centers', element: <AdminCentersPage /> },
          { path: 'centers/:centerId', element: <AdminCenterDetailPage /> },
          { path: 'departments', element: <AdminDepartmentsPage /> },
          { path: 'calendar', element: <AdminCalendarPage /> },
          { path: 'catalog', element: <AdminCatalogPage /> },
          { path: 'catalog/new', element: <AdminCatalogItemPage /> },
          { path: 'catalog/:id', element: <AdminCatalogItemPage /> },
          { path: 'users', element: <AdminUsersPage /> },
          { path: 'devices', element: <AdminDevicesPage /> },
          { path: 'audit', element: <AdminAuditPage /> },
          { path: '*', element: <NotFoundPage homePath="/admin" homeLabel="返回管理后台" /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
