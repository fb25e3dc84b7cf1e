import { Anchor, Container, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { LanguageSwitch } from '@/components/LanguageSwitch';

/**
 * The showcase's frame when nobody is signed in: a header of its own with the way to sign in (a full page load, so the
 * app decides again). Signed in, the app's own layout frames it and this adds only the page.
 */
export function ShowcaseShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const auth = useAuth();
  if (auth.isAuthenticated) return <Stack>{children}</Stack>;
  return (
    <Container size="lg" py="md" component="main">
      <Group justify="space-between" mb="md" component="header">
        <Group gap="xs">
          <img src="/favicon.svg" alt="" width={32} height={32} />
          <Text fw={700}>{t('app.name')}</Text>
        </Group>
        <Group gap="md">
          <LanguageSwitch />
          <Anchor href="/">{t('auth.signIn')}</Anchor>
        </Group>
      </Group>
      <Stack>{children}</Stack>
    </Container>
  );
}
