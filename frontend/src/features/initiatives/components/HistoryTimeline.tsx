import { Paper, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/QueryState';
import { formatDateTime } from '@/lib/format';
import { useHistory } from '@/lib/initiatives/lifecycle';

/** Who did what, when and why: status changes and edits, oldest first. */
export function HistoryTimeline({ initiativeId }: { initiativeId: number }) {
  const { t } = useTranslation();
  const history = useHistory(initiativeId);
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="sm">
        {t('lifecycle.history')}
      </Title>
      {history.isPending && <LoadingState />}
      {history.isError && <ErrorState error={history.error} onRetry={() => void history.refetch()} />}
      {history.data && history.data.length === 0 && <Text c="dimmed">{t('lifecycle.historyEmpty')}</Text>}
      {history.data && history.data.length > 0 && (
        <Timeline bulletSize={14} lineWidth={2} active={history.data.length - 1} data-testid="history">
          {history.data.map((h, i) => {
            const title =
              h.kind === 'EDIT'
                ? t('lifecycle.edited', { fields: (h.changedFields ?? []).map((f) => t(`form.${f}`, { defaultValue: f })).join(', ') })
                : h.fromStatus && h.toStatus
                  ? `${t(`status.${h.fromStatus}`)} → ${t(`status.${h.toStatus}`)}`
                  : h.toStatus
                    ? t(`status.${h.toStatus}`)
                    : t('lifecycle.created');
            return (
              <Timeline.Item key={`${h.at}-${i}`} title={title}>
                <Text size="xs" c="dimmed">
                  {formatDateTime(h.at)} — {h.actor}
                </Text>
                {h.reason && <Text size="sm">{h.reason}</Text>}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Paper>
  );
}
