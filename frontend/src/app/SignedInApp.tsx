// Everything behind sign-in, loaded once there is a session: the API client's token, TanStack Query with the data kept
// on the device (restored before the queries run; offline, it is what shows), notifications, the router and screens.
import { Notifications } from '@mantine/notifications';
import { QueryClient } from '@tanstack/react-query';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { configureApiAuth } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import { accessToken, userManager } from '@/lib/auth/oidc';
import { markSessionExpired } from '@/lib/auth/session';
import { CACHE_MAX_AGE_MS, queryCachePersister } from '@/lib/offline/queryCache';
import { createRouter } from './router';

// Every API call carries the access token; a 401 means the session is gone: sign out locally, say why.
configureApiAuth(accessToken, () => {
  void userManager.getUser().then((user) => {
    if (user) {
      markSessionExpired();
      void userManager.removeUser();
    }
  });
});

export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Kept (in memory and on the device) as long as it may be shown offline.
        gcTime: CACHE_MAX_AGE_MS,
        // Retry what may pass on a weak connection (network, 5xx), never what the server refused.
        retry: (count, error) => count < 2 && (!(error instanceof ApiError) || error.isNetwork || error.status >= 500),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

export function SignedInApp() {
  const [queryClient] = useState(makeQueryClient);
  const [router] = useState(createRouter);
  return (
    <PersistQueryClientProvider
      client={queryClient}
      persistOptions={{ persister: queryCachePersister, maxAge: CACHE_MAX_AGE_MS }}
      // What was restored shows at once, and is asked for again (a reload means "the latest"); offline, it stays.
      onSuccess={() => void queryClient.invalidateQueries()}
    >
      <Notifications position="top-right" />
      <RouterProvider router={router} />
    </PersistQueryClientProvider>
  );
}
