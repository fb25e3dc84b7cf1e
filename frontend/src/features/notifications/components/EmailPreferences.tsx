// Which kinds of notification also come by email: one box per kind (in the app's order, labelled in the UI's
// language), saved together.
import { Button, Checkbox, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/QueryState';
import { usePreferences, useSavePreferences, type NotificationPreference } from '../api/notifications';
import { NOTIFICATION_KINDS } from '../logic/notifications';

function PreferencesForm({ saved }: { saved: NotificationPreference[] }) {
  const { t } = useTranslation();
  const save = useSavePreferences();
  const [email, setEmail] = useState<Record<string, boolean>>(() => Object.fromEntries(saved.map((p) => [p.kind ?? '', p.email ?? false])));
  // Every kind the app knows, then any the server knows and the app not yet (shown by its code).
  const kinds = [...NOTIFICATION_KINDS, ...saved.map((p) => p.kind ?? '').filter((k) => k && !(NOTIFICATION_KINDS as readonly string[]).includes(k))];
  const submit = () =>
    save.mutate(
      kinds.map((kind) => ({ kind, email: email[kind] ?? false }) as NotificationPreference),
      { onSuccess: () => toasts.show({ color: 'teal', message: t('notifications.emailSaved') }) },
    );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      data-testid="email-preferences"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mb="md">
        {kinds.map((kind) => (
          <Checkbox
            key={kind}
            label={t(`notifications.kinds.${kind}`, { defaultValue: kind })}
            checked={email[kind] ?? false}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              setEmail((current) => ({ ...current, [kind]: checked }));
            }}
          />
        ))}
      </SimpleGrid>
      {save.isError && <ErrorState error={save.error} />}
      <Group mt="sm">
        <Button type="submit" loading={save.isPending} data-testid="email-preferences-save">
          {t('notifications.saveEmail')}
        </Button>
      </Group>
    </form>
  );
}

export function EmailPreferences() {
  const { t } = useTranslation();
  const preferences = usePreferences();
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5">
        {t('notifications.email')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('notifications.emailHint')}
      </Text>
      {preferences.isPending ? (
        <LoadingState />
      ) : preferences.isError ? (
        <ErrorState error={preferences.error} onRetry={() => void preferences.refetch()} />
      ) : (
        <PreferencesForm saved={preferences.data} />
      )}
    </Paper>
  );
}
