import { Anchor, Button, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/QueryState';
import { abilities } from '@/lib/me/me';
import { useCurrentUser } from '@/lib/me/MeContext';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { useDeleteInitiative, useInitiative } from '@/lib/initiatives/initiatives';
import { AttachmentsPanel } from '@/components/AttachmentsPanel';
import { HistoryTimeline } from '../components/HistoryTimeline';
import { SimilarTitles } from '../components/SimilarTitles';
import { StatusBadge } from '@/components/StatusBadge';
import { TransitionActions } from '../components/TransitionActions';
import { MyAuthorPanel } from '../components/MyAuthorPanel';
import { AssignDialog, EvaluationPanel } from '@/components/EvaluationPanel';
import { CONTENT_TEXTS } from '../logic/dossier';

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
  const [assigning, assignDialog] = useDisclosure(false);

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const i = query.data;
  // A member edits only what they filed; a dossier filed for them they confirm or correct their own row of (MyAuthorPanel).
  const filer = can.checkInitiatives || i.createdBy === me.username;
  const editable = can.createInitiatives && filer && (i.status === 'DRAFT' || i.status === 'RETURNED');
  const deletable = can.createInitiatives && filer && i.status === 'DRAFT';

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
              {i.receiptNumber ? `${i.receiptNumber} · ` : `#${i.id} · `}
              {i.unitName}
            </Text>
          </Group>
        </Stack>
        <Group gap="xs">
          <Button variant="default" component={Link} to={`/initiatives/${id}/print`} data-testid="print-open">
            {t('initiatives.detail.print')}
          </Button>
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
      <Group gap="xs">
        <TransitionActions initiative={i} realDate={can.checkInitiatives} />
        {can.checkInitiatives && (i.status === 'SUBMITTED' || i.status === 'UNDER_REVIEW') && (
          <Button variant={i.status === 'SUBMITTED' ? 'filled' : 'light'} color="violet" onClick={assignDialog.open} data-testid="assign-open">
            {t(i.status === 'SUBMITTED' ? 'review.assign' : 'review.reassign')}
          </Button>
        )}
      </Group>
      {i.status === 'SUBMITTED' && can.checkInitiatives && (
        <Text size="sm" c="dimmed">
          {t('lifecycle.reviewNote')}
        </Text>
      )}
      {can.checkInitiatives && <AssignDialog key={`${i.version}`} initiative={i} myUnit={me.unit?.code} opened={assigning} onClose={assignDialog.close} />}
      <EvaluationPanel initiative={i} />

      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Field label={t('initiatives.detail.program')}>{i.programCode}</Field>
          <Field label={t('initiatives.solutionType')}>{i.solutionType ? t(`solutionTypes.${i.solutionType}`) : ''}</Field>
          <Field label={t('initiatives.field')}>{i.field ? t(`fields.${i.field}`) : ''}</Field>
          <Field label={t('initiatives.firstAppliedOn')}>{formatDate(i.firstAppliedOn)}</Field>
          <Field label={t('form.filedOn')}>{formatDate(i.filedOn)}</Field>
          <Field label={t('form.addressee')}>{i.addressee}</Field>
          <Field label={t('form.funder')}>{i.funder}</Field>
          <Field label={t('form.estimatedValueVnd')}>{i.estimatedValueVnd === undefined || i.estimatedValueVnd === null ? '' : formatNumber(i.estimatedValueVnd, lang)}</Field>
          <Field label={t('lifecycle.receiptNumber')}>{i.receiptNumber}</Field>
          <Field label={t('lifecycle.submittedOn')}>{formatDate(i.submittedOn)}</Field>
          <Field label={t('initiatives.detail.createdBy')}>{`${i.createdBy ?? ''} — ${formatDateTime(i.createdAt)}`}</Field>
        </SimpleGrid>
      </Paper>

      {(i.decisionNumber || i.refusalReasons) && (
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            {i.decisionNumber && (
              <>
                <Field label={t('lifecycle.decision')}>{`${i.decisionNumber} — ${formatDate(i.decisionDate)}`}</Field>
                <Field label={t('lifecycle.recognitionBody')}>{i.recognitionBody}</Field>
                <Field label={t('lifecycle.impactLevel')}>{`${i.impactLevel ? t(`impact.${i.impactLevel}`) : ''}${i.grade ? ` — ${t('lifecycle.grade')} ${i.grade}` : ''}`}</Field>
              </>
            )}
            {i.refusalReasons && <Field label={t('lifecycle.refusalReasons')}>{i.refusalReasons}</Field>}
          </SimpleGrid>
        </Paper>
      )}

      <Paper withBorder p="md">
        <Stack gap="md">
          {(['summary', ...CONTENT_TEXTS] as const).map((name) =>
            name === 'confidentialParts' && i.confidentialHidden ? null : (
              <div key={name}>
                <Title order={3} size="h6">
                  {t(`form.${name}`)}
                </Title>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{i[name] || '—'}</Text>
              </div>
            ),
          )}
        </Stack>
      </Paper>

      <MyAuthorPanel initiative={i} username={me.username} />

      <SimilarTitles program={i.programCode ?? ''} title={i.title ?? ''} excludeId={i.id} />

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

      {(i.helpers ?? []).length > 0 && (
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">
            {t('form.helpers')}
          </Title>
          {(i.helpers ?? []).map((h, n) => (
            <Text size="sm" key={`${h.fullName}-${n}`}>
              {[h.fullName, h.jobTitle, h.workplace, h.contribution].filter(Boolean).join(' — ')}
            </Text>
          ))}
        </Paper>
      )}

      <AttachmentsPanel initiativeId={id} canChange={(editable || can.checkInitiatives) && i.status !== 'VALID' && i.status !== 'REFUSED'} />
      <HistoryTimeline initiativeId={id} />

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
