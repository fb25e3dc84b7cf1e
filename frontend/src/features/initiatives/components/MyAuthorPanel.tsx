import { Alert, Button, Group, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/QueryState';
import type { Initiative } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { useMyAuthorRow } from '@/lib/initiatives/lifecycle';

/** The author row linked to this account, if any. */
export function myAuthorRow(initiative: Initiative, username: string) {
  return (initiative.authors ?? []).find((a) => a.account && a.account === username);
}

/**
 * For the author linked to the signed-in account: their row as the dossier states it, and before submission a
 * confirmation or a correction of it (the server records either in the history; the share stays the filer's).
 */
export function MyAuthorPanel({ initiative, username }: { initiative: Initiative; username: string }) {
  const { t } = useTranslation();
  const mine = myAuthorRow(initiative, username);
  const action = useMyAuthorRow(initiative.id ?? 0);
  const [correcting, correct] = useDisclosure(false);
  const [values, setValues] = useState({ fullName: '', workplace: '', jobTitle: '', qualification: '' });
  if (!mine) return null;
  const open = initiative.status === 'DRAFT' || initiative.status === 'RETURNED';
  const version = initiative.version ?? 0;

  const confirmNow = async () => {
    await action.mutateAsync({ kind: 'confirm', body: { version } });
    notifications.show({ color: 'teal', message: t('initiatives.mine.done') });
  };
  const startCorrecting = () => {
    setValues({ fullName: mine.fullName ?? '', workplace: mine.workplace ?? '', jobTitle: mine.jobTitle ?? '', qualification: mine.qualification ?? '' });
    action.reset();
    correct.open();
  };
  const save = async () => {
    await action.mutateAsync({
      kind: 'correct',
      body: {
        version,
        fullName: values.fullName,
        birthDate: mine.birthDate,
        workplace: values.workplace || undefined,
        jobTitle: values.jobTitle || undefined,
        qualification: values.qualification || undefined,
        unionMember: mine.unionMember,
      },
    });
    correct.close();
    notifications.show({ color: 'teal', message: t('initiatives.mine.done') });
  };
  const field = (name: keyof typeof values, label: string) => (
    <TextInput label={label} maxLength={255} value={values[name]} onChange={(e) => setValues({ ...values, [name]: e.currentTarget.value })} withAsterisk={name === 'fullName'} />
  );

  return (
    <Paper withBorder p="md" data-testid="my-author">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('initiatives.mine.title')}
        </Title>
        <Text size="sm">{[mine.fullName, mine.jobTitle, mine.workplace].filter(Boolean).join(' — ')}</Text>
        <Text size="sm" c="dimmed" data-testid="my-author-state">
          {mine.confirmedAt ? t('initiatives.mine.confirmed', { at: formatDateTime(mine.confirmedAt) }) : t('initiatives.mine.notConfirmed')}
        </Text>
        {open ? (
          <>
            <Text size="sm">{t('initiatives.mine.intro')}</Text>
            <Group gap="xs">
              <Button onClick={() => void confirmNow().catch(() => undefined)} loading={action.isPending && !correcting} data-testid="my-author-confirm">
                {t('initiatives.mine.confirm')}
              </Button>
              <Button variant="light" onClick={startCorrecting} data-testid="my-author-correct">
                {t('initiatives.mine.correct')}
              </Button>
            </Group>
          </>
        ) : (
          <Alert color="gray">{t('initiatives.mine.readOnly')}</Alert>
        )}
        {action.isError && !correcting && <ErrorState error={action.error} />}
      </Stack>
      <Modal opened={correcting} onClose={correct.close} title={t('initiatives.mine.correct')} centered>
        <Stack>
          {field('fullName', t('form.fullName'))}
          {field('workplace', t('form.workplace'))}
          {field('jobTitle', t('form.jobTitle'))}
          {field('qualification', t('form.qualification'))}
          <Text size="xs" c="dimmed">
            {t('initiatives.mine.shareNote')}
          </Text>
          {action.isError && <ErrorState error={action.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={correct.close}>
              {t('form.cancel')}
            </Button>
            <Button loading={action.isPending} disabled={!values.fullName.trim()} onClick={() => void save().catch(() => undefined)}>
              {t('initiatives.mine.save')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
