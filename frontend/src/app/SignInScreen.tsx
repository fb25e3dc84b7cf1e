import { useState } from 'react';
import { Alert, Anchor, Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { OfflineBanner } from '@/components/OfflineBanner';
import { consumeSessionExpired } from '@/lib/auth/session';

export function SignInScreen() {
  const { t } = useTranslation();
  const auth = useAuth();
  const [expired] = useState(consumeSessionExpired);
  const signIn = () => {
    const returnTo = window.location.pathname + window.location.search;
    void auth.signinRedirect({ state: { returnTo } });
  };
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" maw={480} w="100%">
        <OfflineBanner />
        <Stack>
          <Stack gap={4} align="center">
            <img src="/favicon.svg" alt="" width={56} height={56} />
            <Title order={1} size="h2" ta="center">
              {t('app.name')}
            </Title>
            <Text c="dimmed" ta="center">
              {t('app.tagline')}
            </Text>
          </Stack>
          <Title order={2} size="h4">
            {t('auth.welcome')}
          </Title>
          <Text>{t('auth.welcomeText')}</Text>
          {expired && (
            <Alert color="yellow" role="status">
              {t('auth.sessionExpired')}
            </Alert>
          )}
          {auth.error && (
            <Alert color="red" title={t('auth.error')} role="alert">
              {auth.error.message}
            </Alert>
          )}
          <Button size="md" onClick={signIn} data-testid="sign-in">
            {t('auth.signIn')}
          </Button>
          <Center>
            <Anchor href="/showcase">{t('showcase.link')}</Anchor>
          </Center>
          <Center>
            <LanguageSwitch />
          </Center>
        </Stack>
      </Paper>
    </Center>
  );
}
