import { Anchor, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/QueryState';
import { useInitiatives } from '@/lib/initiatives/initiatives';
import { StatusBadge } from '@/components/StatusBadge';
import { abilities } from '@/lib/me/me';
import { useCurrentUser } from '@/lib/me/MeContext';
import type { InitiativeStatus } from '@/lib/api/types';
import { formatDate, formatDateTime } from '@/lib/format';
import { useReviewQueue } from '@/lib/review/review';

/** An evaluator's queue: the dossiers assigned to them, unscored first. */
function EvaluatorQueue() {
  const { t } = useTranslation();
  const queue = useReviewQueue();
  if (queue.isPending) return <LoadingState />;
  if (queue.isError) return <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />;
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="xs">
        {t('review.queue')}
      </Title>
      {queue.data.length === 0 ? (
        <Text c="dimmed">{t('review.queueEmpty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table data-testid="review-queue" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('initiatives.name')}</Table.Th>
                <Table.Th>{t('initiatives.unit')}</Table.Th>
                <Table.Th>{t('review.assignedAt')}</Table.Th>
                <Table.Th>{t('initiatives.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {queue.data.map((task) => (
                <Table.Tr key={task.initiativeId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/review/${task.initiativeId}`}>
                      {task.title}
                    </Anchor>
                    {task.receiptNumber && (
                      <Text size="xs" c="dimmed">
                        {task.receiptNumber}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{task.unitName}</Table.Td>
                  <Table.Td>{formatDateTime(task.assignedAt)}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={task.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

/** Officers: what waits for them — dossiers to hand to the council, and recognised ones to check. */
function OfficerList({ status, title, hint, testId }: { status: InitiativeStatus; title: string; hint: string; testId: string }) {
  const { t } = useTranslation();
  const list = useInitiatives({ status: [status], page: 0, size: 20, sort: 'updatedAt' });
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5">
        {title}
        {list.data && (
          <Badge ml="xs" variant="light" data-testid={`${testId}-count`}>
            {list.data.totalItems ?? list.data.items?.length ?? 0}
          </Badge>
        )}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {hint}
      </Text>
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (list.data.items ?? []).length === 0 && <Text c="dimmed">{t('review.nothingWaiting')}</Text>}
      {list.data && (list.data.items ?? []).length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table data-testid={testId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('initiatives.name')}</Table.Th>
                <Table.Th>{t('initiatives.unit')}</Table.Th>
                <Table.Th>{t('initiatives.firstAppliedOn')}</Table.Th>
                <Table.Th>{t('initiatives.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(list.data.items ?? []).map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/initiatives/${i.id}`}>
                      {i.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{i.unitName}</Table.Td>
                  <Table.Td>{formatDate(i.firstAppliedOn)}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={i.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

export function ReviewRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const can = abilities(me);
  return (
    <Stack maw={1100}>
      <Title order={2}>{t('review.title')}</Title>
      {me.permissions.reviewInitiatives && <EvaluatorQueue />}
      {can.checkInitiatives && (
        <>
          <OfficerList status="SUBMITTED" title={t('review.toAssign')} hint={t('review.toAssignHint')} testId="to-assign" />
          <OfficerList status="UNDER_REVIEW" title={t('review.inReview')} hint={t('review.inReviewHint')} testId="in-review" />
          <OfficerList status="RECOGNISED" title={t('review.toCheck')} hint={t('review.toCheckHint')} testId="to-check" />
        </>
      )}
    </Stack>
  );
}
