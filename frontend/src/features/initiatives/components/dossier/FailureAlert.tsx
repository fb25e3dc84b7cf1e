import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError, problemDetail, problemTitle } from '@/lib/api/problem';
import { useLang } from '@/lib/i18n';

/** Why the last save failed: a newer version on the server, no connection, or the server's problem (fields shown at the fields). */
export function FailureAlert({ failure, unmatched, onReloadLatest }: { failure: Error | null; unmatched: string[]; onReloadLatest?: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!failure) return null;
  if (failure instanceof ApiError && failure.isStale) {
    return (
      <Alert color="orange" title={problemTitle(failure.problem, lang)} role="alert" data-testid="stale-alert">
        <Stack gap="xs">
          <Text size="sm">{problemDetail(failure.problem, lang)}</Text>
          <Text size="sm">{t('form.stale')}</Text>
          {onReloadLatest && (
            <Group>
              <Button size="xs" color="orange" onClick={onReloadLatest}>
                {t('form.reloadLatest')}
              </Button>
            </Group>
          )}
        </Stack>
      </Alert>
    );
  }
  if (failure instanceof ApiError && failure.isNetwork) {
    return (
      <Alert color="yellow" title={problemTitle(failure.problem, lang)} role="alert" data-testid="offline-alert">
        {t('form.offline')}
      </Alert>
    );
  }
  const title = failure instanceof ApiError ? problemTitle(failure.problem, lang) : t('problem.generic');
  const detail = failure instanceof ApiError ? problemDetail(failure.problem, lang) : failure.message;
  return (
    <Alert color="red" title={title} role="alert" data-testid="problem-alert">
      <Stack gap={4}>
        <Text size="sm">{detail}</Text>
        <Text size="sm">{t('form.fixErrors')}</Text>
        {unmatched.length > 0 && (
          <List size="sm">
            {unmatched.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Alert>
  );
}
