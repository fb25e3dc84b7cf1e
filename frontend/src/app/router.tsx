import { createBrowserRouter } from 'react-router';
import { LoadingState } from '@/components/QueryState';
import { AppLayout } from './AppLayout';
import { NotFound } from './NotFound';

// Each screen is its own chunk: the dashboard's first load carries no form, quota, unit or report code.
export const routes = [
  {
    path: '/',
    element: <AppLayout />,
    // Shown while the first route's code loads (the routes are lazy).
    HydrateFallback: LoadingState,
    children: [
      { index: true, lazy: () => import('@/features/dashboard/routes/DashboardRoute').then((m) => ({ Component: m.DashboardRoute })) },
      { path: 'initiatives', lazy: () => import('@/features/initiatives/routes/InitiativeListRoute').then((m) => ({ Component: m.InitiativeListRoute })) },
      { path: 'initiatives/new', lazy: () => import('@/features/initiatives/routes/InitiativeNewRoute').then((m) => ({ Component: m.InitiativeNewRoute })) },
      { path: 'initiatives/:id', lazy: () => import('@/features/initiatives/routes/InitiativeDetailRoute').then((m) => ({ Component: m.InitiativeDetailRoute })) },
      { path: 'initiatives/:id/print', lazy: () => import('@/features/initiatives/routes/InitiativePrintRoute').then((m) => ({ Component: m.InitiativePrintRoute })) },
      { path: 'initiatives/:id/edit', lazy: () => import('@/features/initiatives/routes/InitiativeEditRoute').then((m) => ({ Component: m.InitiativeEditRoute })) },
      { path: 'review', lazy: () => import('@/features/review/routes/ReviewRoute').then((m) => ({ Component: m.ReviewRoute })) },
      { path: 'review/:id', lazy: () => import('@/features/review/routes/ScoreRoute').then((m) => ({ Component: m.ScoreRoute })) },
      { path: 'reports', lazy: () => import('@/features/reports/routes/ReportsRoute').then((m) => ({ Component: m.ReportsRoute })) },
      { path: 'quotas', lazy: () => import('@/features/quotas/routes/QuotasRoute').then((m) => ({ Component: m.QuotasRoute })) },
      { path: 'imports', lazy: () => import('@/features/imports/routes/ImportsRoute').then((m) => ({ Component: m.ImportsRoute })) },
      { path: 'units', lazy: () => import('@/features/units/routes/UnitsRoute').then((m) => ({ Component: m.UnitsRoute })) },
      { path: 'reports/progress', lazy: () => import('@/features/reports/routes/ProgressReportRoute').then((m) => ({ Component: m.ProgressReportRoute })) },
      { path: 'reports/review', lazy: () => import('@/features/reports/routes/ReviewReportRoute').then((m) => ({ Component: m.ReviewReportRoute })) },
      { path: 'emulation/print', lazy: () => import('@/features/rewards/routes/RewardsPrintRoute').then((m) => ({ Component: m.RewardsPrintRoute })) },
      { path: 'emulation', lazy: () => import('@/features/rewards/routes/EmulationRoute').then((m) => ({ Component: m.EmulationRoute })) },
      { path: 'audit', lazy: () => import('@/features/audit/routes/AuditRoute').then((m) => ({ Component: m.AuditRoute })) },
      { path: 'notifications', lazy: () => import('@/features/notifications/routes/NotificationsRoute').then((m) => ({ Component: m.NotificationsRoute })) },
      { path: 'showcase', lazy: () => import('@/features/showcase/routes/ShowcaseListRoute').then((m) => ({ Component: m.ShowcaseListRoute })) },
      { path: 'showcase/:id', lazy: () => import('@/features/showcase/routes/ShowcaseDetailRoute').then((m) => ({ Component: m.ShowcaseDetailRoute })) },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
