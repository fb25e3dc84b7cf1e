// What a visitor without a session may open: the public showcase. Its own small router and query cache (nothing kept
// on the device); the API calls carry no token, and the showcase's reads need none.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { LoadingState } from '@/components/QueryState';

export const publicRoutes = [
  {
    path: '/showcase',
    HydrateFallback: LoadingState,
    children: [
      { index: true, lazy: () => import('@/features/showcase/routes/ShowcaseListRoute').then((m) => ({ Component: m.ShowcaseListRoute })) },
      { path: ':id', lazy: () => import('@/features/showcase/routes/ShowcaseDetailRoute').then((m) => ({ Component: m.ShowcaseDetailRoute })) },
    ],
  },
];

export function PublicApp() {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 60_000, refetchOnWindowFocus: false, retry: false } } }),
  );
  const [router] = useState(() => createBrowserRouter(publicRoutes));
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
