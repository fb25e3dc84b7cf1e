import { darken, MantineProvider, mergeThemeOverrides, type CSSVariablesResolver } from '@mantine/core';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthProvider, useAuth } from 'react-oidc-context';
import { LoadingState } from '@/components/QueryState';
import { hasStoredSession, onSigninCallback, userManager } from '@/lib/auth/oidc';
import { SignInScreen } from './SignInScreen';
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

// The signed-in app (data, router, screens) is a chunk of its own: the sign-in screen, the first thing a new visitor
// sees, needs only React, Mantine, i18n and the OIDC client. A returning officer (a session in this tab, or back from
// Keycloak with a code) starts fetching it at once, beside the entry, with the dashboard's own chunk.
const loadSignedInApp = () => import('./SignedInApp');
const SignedInApp = lazy(() => loadSignedInApp().then((m) => ({ default: m.SignedInApp })));
if (hasStoredSession() || /[?&]code=/.test(window.location.search)) {
  void loadSignedInApp();
  if (window.location.pathname === '/') void import('@/features/dashboard/routes/DashboardRoute');
}

// The public showcase is a chunk of its own too: the sign-in screen's entry carries neither its router nor its cache.
const PublicApp = lazy(() => import('./PublicApp').then((m) => ({ default: m.PublicApp })));

/** Whether the address is one of the pages open without a session (the showcase). */
function isPublicPath(pathname: string): boolean {
  return pathname === '/showcase' || pathname.startsWith('/showcase/');
}

function Gate() {
  const auth = useAuth();
  const { t } = useTranslation();
  // The public showcase needs no session: shown at once to a visitor without one; a signed-in person sees it in the app.
  if (isPublicPath(window.location.pathname) && !auth.isAuthenticated && !(auth.isLoading && hasStoredSession())) {
    return (
      <Suspense fallback={<LoadingState />}>
        <PublicApp />
      </Suspense>
    );
  }
  if (auth.isLoading || auth.activeNavigator === 'signinRedirect') return <LoadingState label={t('auth.signingIn')} />;
  if (!auth.isAuthenticated) return <SignInScreen />;
  return (
    <Suspense fallback={<LoadingState />}>
      <SignedInApp />
    </Suspense>
  );
}

export function App() {
  const { t } = useTranslation();
  // Close buttons without text (notifications, alerts, dialogs) get a name in the user's language.
  const close = t('app.close');
  // A calendar's arrows (date fields) likewise: previous and next month.
  const previousMonth = t('app.previousMonth');
  const nextMonth = t('app.nextMonth');
  const themed = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          Notification: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          Alert: { defaultProps: { closeButtonLabel: close } },
          Modal: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          Drawer: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          DateInput: { defaultProps: { previousLabel: previousMonth, nextLabel: nextMonth } },
          DatePickerInput: { defaultProps: { previousLabel: previousMonth, nextLabel: nextMonth } },
        },
      }),
    [close, previousMonth, nextMonth],
  );
  return (
    <AuthProvider userManager={userManager} onSigninCallback={onSigninCallback}>
      <MantineProvider theme={themed} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
        <Gate />
      </MantineProvider>
    </AuthProvider>
  );
}
