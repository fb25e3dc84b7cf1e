import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/QueryState';
import { useInitiative } from '@/lib/initiatives/initiatives';
import { AttachmentsPanel } from '@/components/AttachmentsPanel';
import { StatusBadge } from '@/components/StatusBadge';
import { CONTENT_TEXTS } from '@/lib/initiatives/contents';
import { useCurrentUser } from '@/lib/me/MeContext';
import { formatDate } from '@/lib/format';
import { useEvaluation, useRubric } from '@/lib/review/review';
import { ScoreSheetForm } from '../components/ScoreSheetForm';

/** An evaluator reads the dossier and fills in their score sheet. */
export function ScoreRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const id = Number(useParams().id);
  const initiative = useInitiative(id);
  const evaluation = useEvaluation(id);
  const rubric = useRubric(evaluation.data?.rubricCode);

  if (initiative.isPending || evaluation.isPending) return <LoadingState />;
  if (initiative.isError) return <ErrorState error={initiative.error} onRetry={() => void initiative.refetch()} />;
  if (evaluation.isError) return <ErrorState error={evaluation.error} onRetry={() => void evaluation.refetch()} />;
  const i = initiative.data;
  const sheet = (evaluation.data.sheets ?? []).find((s) => s.evaluator === me.username);

  return (
    <Stack maw={960}>
      <Anchor component={Link} to="/review" size="sm">
        ← {t('review.title')}
      </Anchor>
      <Stack gap={4}>
        <Title order={2} data-testid="initiative-title">
          {i.title}
        </Title>
        <Group gap="xs">
          <StatusBadge status={i.status} />
          <Text size="sm" c="dimmed">
            {i.receiptNumber ? `${i.receiptNumber} · ` : ''}
            {i.unitName}
          </Text>
        </Group>
      </Stack>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" mb="md">
          <div>
            <Text size="xs" c="dimmed" fw={600}>
              {t('initiatives.solutionType')}
            </Text>
            <Text>{i.solutionType ? t(`solutionTypes.${i.solutionType}`) : '—'}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed" fw={600}>
              {t('initiatives.field')}
            </Text>
            <Text>{i.field ? t(`fields.${i.field}`) : '—'}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed" fw={600}>
              {t('initiatives.firstAppliedOn')}
            </Text>
            <Text>{formatDate(i.firstAppliedOn) || '—'}</Text>
          </div>
        </SimpleGrid>
        <Stack gap="sm">
          {(['summary', ...CONTENT_TEXTS] as const).map((name) =>
            !i[name] || (name === 'confidentialParts' && i.confidentialHidden) ? null : (
              <div key={name}>
                <Title order={3} size="h6">
                  {t(`form.${name}`)}
                </Title>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{i[name]}</Text>
              </div>
            ),
          )}
        </Stack>
      </Paper>
      <AttachmentsPanel initiativeId={id} canChange={false} />
      {rubric.isError && <ErrorState error={rubric.error} />}
      {rubric.isPending && evaluation.data.rubricCode && <LoadingState />}
      {sheet && rubric.data ? (
        <ScoreSheetForm key={sheet.version} initiativeId={id} rubric={rubric.data} sheet={sheet} open={i.status === 'UNDER_REVIEW'} />
      ) : (
        !rubric.isPending && <Text c="dimmed">{t('review.notAssigned')}</Text>
      )}
    </Stack>
  );
}
