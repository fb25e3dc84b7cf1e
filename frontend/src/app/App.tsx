import { darken, MantineProvider, mergeThemeOverrides, type CSSVariablesResolver } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient } from '@tanstack/react-query';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthProvider } from 'react-oidc-context';
import { RouterProvider } from 'react-router';
import { ApiError } from '@/lib/api/problem';
import { onSigninCallback, userManager } from '@/lib/auth/oidc';
import { CACHE_MAX_AGE_MS, queryCachePersister } from '@/lib/offline/queryCache';
import { createRouter } from './router';
import { theme } from './theme';

// Text of at least 4.5:1 (WCAG AA): dimmed text darker than Mantine's default gray on white; error text red-9; the
// text of light variants (badges, light buttons, the active menu link) shade 9 darkened by 30 %, which keeps 4.5:1 on
// their shade-1 background and its hover (Mantine's own shade 9 falls to 2.7–3.8:1 for yellow, orange, green, teal).
const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': theme.colors.gray[7],
    '--mantine-color-error': theme.colors.red[9],
    ...Object.fromEntries(Object.entries(theme.colors).map(([name, shades]) => [`--mantine-color-${name}-light-color`, darken(shades[9], 0.3)])),
  },
  dark: {},
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

export function App() {
  const [queryClient] = useState(makeQueryClient);
  const [router] = useState(createRouter);
  const { t } = useTranslation();
  // Close buttons without text (notifications, alerts, dialogs) get a name in the user's language.
  const close = t('app.close');
  const themed = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          Notification: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          Alert: { defaultProps: { closeButtonLabel: close } },
          Modal: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          Drawer: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
        },
      }),
    [close],
  );
  return (
    <AuthProvider userManager={userManager} onSigninCallback={onSigninCallback}>
      {/* The last data the app had is restored from the device before the queries run (offline: it is what shows). */}
      <PersistQueryClientProvider client={queryClient} persistOptions={{ persister: queryCachePersister, maxAge: CACHE_MAX_AGE_MS }}>
        <MantineProvider theme={themed} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
          <Notifications position="top-right" />
          <RouterProvider router={router} />
        </MantineProvider>
      </PersistQueryClientProvider>
    </AuthProvider>
  );
}
