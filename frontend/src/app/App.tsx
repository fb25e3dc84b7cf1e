import { darken, MantineProvider, mergeThemeOverrides, type CSSVariablesResolver } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthProvider } from 'react-oidc-context';
import { RouterProvider } from 'react-router';
import { ApiError } from '@/lib/api/problem';
import { onSigninCallback, userManager } from '@/lib/auth/oidc';
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
      <QueryClientProvider client={queryClient}>
        <MantineProvider theme={themed} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
          <Notifications position="top-right" />
          <RouterProvider router={router} />
        </MantineProvider>
      </QueryClientProvider>
    </AuthProvider>
  );
}
