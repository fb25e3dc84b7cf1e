import { AppShell, Burger, Button, Group, NavLink, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useIsRestoring, useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { OfflineBanner } from '@/components/OfflineBanner';
import { ErrorState, LoadingState } from '@/components/QueryState';
import { abilities, useMe, type Me } from '@/lib/me/me';
import { NotificationBell } from '@/features/notifications/components/NotificationBell';
import { UserMenu } from './UserMenu';
import { MeContext } from '@/lib/me/MeContext';
import { claimCachedData, forgetCachedData, lastFetchedAt } from '@/lib/offline/queryCache';

function navItems(me: Me) {
  const can = abilities(me);
  return [
    { to: '/', key: 'nav.dashboard', show: true },
    { to: '/initiatives', key: 'nav.initiatives', show: can.seeInitiatives },
    { to: '/review', key: 'nav.review', show: can.review },
    { to: '/quotas', key: 'nav.quotas', show: can.seeQuotas },
    { to: '/units', key: 'nav.units', show: can.manageUnits },
    { to: '/imports', key: 'nav.imports', show: can.importInitiatives },
    { to: '/reports', key: 'nav.reports', show: can.viewReports },
    { to: '/emulation', key: 'nav.emulation', show: can.manageRewards },
    { to: '/showcase', key: 'showcase.nav', show: true },
    { to: '/audit', key: 'nav.audit', show: can.readAudit },
  ].filter((i) => i.show);
}

function Shell({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const items = navItems(me);
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('app.menu')} />
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <Title order={1} size="h4" visibleFrom="xs">
              {t('app.name')}
            </Title>
          </Group>
          <Group gap="md" wrap="nowrap">
            <LanguageSwitch />
            <NotificationBell />
            <UserMenu me={me} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.main')}>
        {items.map((item) => (
          <NavLink
            key={item.to}
            component={RouterNavLink}
            to={item.to}
            end={item.to === '/'}
            label={t(item.key)}
            onClick={close}
            active={item.to === '/' ? location.pathname === '/' : location.pathname.startsWith(item.to)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <OfflineBanner keptDataTime={() => lastFetchedAt(queryClient)} />
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}

/** Every screen sits behind sign-in; the shell shows only the navigation the user's permissions allow. */
export function AppLayout() {
  const auth = useAuth();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const user = auth.isAuthenticated ? (auth.user?.profile.sub ?? '') : null;
  // The data kept on this device is the signed-in officer's, or it goes before anything of it shows.
  const [claimed, setClaimed] = useState<string | null>(null);
  const restoring = useIsRestoring();
  useEffect(() => {
    if (user === null || restoring) return;
    let current = true;
    void claimCachedData(queryClient, user).then(() => {
      if (current) setClaimed(user);
    });
    return () => {
      current = false;
    };
  }, [queryClient, user, restoring]);
  const me = useMe(claimed !== null && claimed === user);

  // (Signed out, the sign-in screen shows instead of the whole signed-in app: see App.tsx.)
  if (claimed !== user) return <LoadingState />;
  if (me.isPending) return <LoadingState />;
  if (me.isError) {
    return (
      <Stack p="md" maw={640} mx="auto">
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
        <Button variant="default" onClick={() => void forgetCachedData(queryClient).then(() => auth.signoutRedirect())}>
          {t('auth.signOut')}
        </Button>
      </Stack>
    );
  }
  return (
    <MeContext.Provider value={me.data}>
      <Shell me={me.data} />
    </MeContext.Provider>
  );
}
