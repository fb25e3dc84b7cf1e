import { Anchor, Button, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/QueryState';
import { abilities } from '@/features/me/api/me';
import { useCurrentUser } from '@/features/me/api/MeContext';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { useDeleteInitiative, useInitiative } from '../api/initiatives';
import { StatusBadge } from '../components/StatusBadge';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text>{children || '—'}</Text>
    </div>
  );
}

export function InitiativeDetailRoute() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const can = abilities(me);
  const id = Number(useParams().id);
  const query = useInitiative(id);
  const remove = useDeleteInitiative();
  const [confirming, confirm] = useDisclosure(false);

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const i = query.data;
  const editable = can.createInitiatives && (i.status === 'DRAFT' || i.status === 'RETURNED');
  const deletable = can.createInitiatives && i.status === 'DRAFT';

  const doDelete = async () => {
    try {
      await remove.mutateAsync({ id, version: i.version ?? 0 });
      notifications.show({ color: 'teal', message: t('initiatives.detail.deleted') });
      navigate('/initiatives');
    } catch {
      confirm.close();
    }
  };

  return (
    <Stack maw={960}>
      <Anchor component={Link} to="/initiatives" size="sm">
        ← {t('initiatives.title')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2} data-testid="initiative-title">
            {i.title}
          </Title>
          <Group gap="xs">
            <StatusBadge status={i.status} />
            <Text size="sm" c="dimmed">
              #{i.id} · {i.unitName}
            </Text>
          </Group>
        </Stack>
        <Group gap="xs">
          {editable && (
            <Button component={Link} to={`/initiatives/${id}/edit`}>
              {t('initiatives.detail.edit')}
            </Button>
          )}
          {deletable && (
            <Button color="red" variant="light" onClick={confirm.open}>
              {t('initiatives.detail.delete')}
            </Button>
          )}
        </Group>
      </Group>
      {remove.isError && <ErrorState error={remove.error} />}

      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Field label={t('initiatives.detail.program')}>{i.programCode}</Field>
          <Field label={t('initiatives.solutionType')}>{i.solutionType ? t(`solutionTypes.${i.solutionType}`) : ''}</Field>
          <Field label={t('initiatives.field')}>{i.field ? t(`fields.${i.field}`) : ''}</Field>
          <Field label={t('initiatives.firstAppliedOn')}>{formatDate(i.firstAppliedOn)}</Field>
          <Field label={t('initiatives.detail.createdBy')}>{i.createdBy}</Field>
          <Field label={t('initiatives.detail.createdAt')}>{formatDateTime(i.createdAt)}</Field>
        </SimpleGrid>
      </Paper>

      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="xs">
          {t('initiatives.detail.summary')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{i.summary || '—'}</Text>
      </Paper>

      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="xs">
          {t('initiatives.detail.authors')}
        </Title>
        <Table.ScrollContainer minWidth={560}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('form.fullName')}</Table.Th>
                <Table.Th>{t('form.birthDate')}</Table.Th>
                <Table.Th>{t('form.workplace')}</Table.Th>
                <Table.Th>{t('form.jobTitle')}</Table.Th>
                <Table.Th className="num">{t('form.contribution')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(i.authors ?? []).map((a, n) => (
                <Table.Tr key={`${a.fullName}-${n}`}>
                  <Table.Td>{a.fullName}</Table.Td>
                  <Table.Td>{formatDate(a.birthDate)}</Table.Td>
                  <Table.Td>{a.workplace}</Table.Td>
                  <Table.Td>{a.jobTitle}</Table.Td>
                  <Table.Td className="num">{formatNumber(a.contributionPercent, lang)} %</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>

      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="xs">
          {t('initiatives.detail.history')}
        </Title>
        <Text size="sm">
          {formatDateTime(i.createdAt)} — {i.createdBy} — {t('status.DRAFT')}
        </Text>
        {i.updatedAt && i.updatedAt !== i.createdAt && (
          <Text size="sm">
            {formatDateTime(i.updatedAt)} — {t('initiatives.updatedAt')} ({t('initiatives.detail.version')} {i.version})
          </Text>
        )}
        <Text size="xs" c="dimmed" mt="xs">
          {t('initiatives.detail.historyLater')}
        </Text>
      </Paper>

      <Modal opened={confirming} onClose={confirm.close} title={t('initiatives.detail.delete')} centered>
        <Stack>
          <Text>{t('initiatives.detail.deleteConfirm')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              {t('form.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => void doDelete()}>
              {t('initiatives.detail.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
