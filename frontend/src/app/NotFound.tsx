import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start">
      <Title order={2}>404</Title>
      <Text>{t('app.notFound')}</Text>
      <Button component={Link} to="/">
        {t('app.home')}
      </Button>
    </Stack>
  );
}
