import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError, problemDetail, problemTitle } from '@/lib/api/problem';
import { useLang } from '@/lib/i18n';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" aria-hidden />
        <Text>{label ?? t('app.loading')}</Text>
      </Group>
    </Center>
  );
}

/** An error from a query or mutation, in the user's language, with the problem's field errors listed. */
export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  let heading = title ?? t('problem.generic');
  let detail = '';
  let items: string[] = [];
  if (error instanceof ApiError) {
    heading = title ?? (error.status === 403 ? t('problem.forbidden') : problemTitle(error.problem, lang) || heading);
    detail = problemDetail(error.problem, lang);
    items = error.fieldErrors.map((e) => {
      const message = (lang === 'en' ? e.messageEn ?? e.message : e.message ?? e.messageEn) ?? '';
      const label = e.field ? t(`form.${e.field}`, { defaultValue: e.field }) : '';
      return label ? `${label}: ${message}` : message;
    });
  } else if (error instanceof Error) {
    detail = error.message;
  }
  return (
    <Alert color="red" variant="light" title={heading} role="alert">
      <Stack gap="xs">
        {detail && <Text size="sm">{detail}</Text>}
        {items.length > 0 && (
          <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
            {items.map((item) => (
              <li key={item}>
                <Text size="sm">{item}</Text>
              </li>
            ))}
          </ul>
        )}
        {onRetry && (
          <Group>
            <Button size="xs" variant="white" color="red" onClick={onRetry}>
              {t('app.retry')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
