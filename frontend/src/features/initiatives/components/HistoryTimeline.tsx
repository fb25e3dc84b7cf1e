import { Group, Paper, Text, Timeline, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ConfidentialBadge } from '@/components/AttachmentsPanel';
import { ErrorState, LoadingState } from '@/components/QueryState';
import { formatDate, formatDateTime, vietnamDay } from '@/lib/format';
import { useHistory, type HistoryEntry } from '@/lib/initiatives/lifecycle';

const FILE_TITLES: Partial<Record<HistoryEntry['kind'] & string, (confidential: boolean) => string>> = {
  ATTACHMENT_ADDED: () => 'lifecycle.fileAdded',
  ATTACHMENT_REMOVED: () => 'lifecycle.fileRemoved',
  ATTACHMENT_CONFIDENTIALITY: (confidential) => (confidential ? 'lifecycle.fileMarked' : 'lifecycle.fileUnmarked'),
};

/** The entry's headline: the step, the fields edited, or the file added, marked or removed. */
export function historyTitle(h: HistoryEntry, t: TFunction) {
  const file = h.kind ? FILE_TITLES[h.kind] : undefined;
  if (file) {
    // The server leaves out a confidential file's name for who may not read the confidential parts.
    return t(file(h.fileConfidential ?? false), { name: h.fileName ?? t('lifecycle.hiddenFileName') });
  }
  if (h.kind === 'AUTHOR_CONFIRMED' || h.kind === 'AUTHOR_CORRECTED') {
    return t(h.kind === 'AUTHOR_CONFIRMED' ? 'lifecycle.authorConfirmed' : 'lifecycle.authorCorrected');
  }
  if (h.kind === 'EDIT') {
    return t('lifecycle.edited', { fields: (h.changedFields ?? []).map((f) => t(`form.${f}`, { defaultValue: f })).join(', ') });
  }
  if (h.fromStatus && h.toStatus) return `${t(`status.${h.fromStatus}`)} → ${t(`status.${h.toStatus}`)}`;
  return h.toStatus ? t(`status.${h.toStatus}`) : t('lifecycle.created');
}

/**
 * The real date of a step entered from a paper record (yyyy-MM-dd), when it differs from the day the step was entered
 * in Vietnam (the server's calendar); undefined for every other entry.
 */
export function realDateOf(h: HistoryEntry): string | undefined {
  if (!h.occurredOn || !h.at) return undefined;
  const entered = new Date(h.at);
  if (Number.isNaN(entered.getTime())) return undefined;
  return vietnamDay(entered) === h.occurredOn ? undefined : h.occurredOn;
}

/** Who did what, when and why: status changes, edits and the dossier's files, oldest first. */
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
            const real = realDateOf(h);
            return (
              <Timeline.Item key={`${h.at}-${i}`} title={historyTitle(h, t)}>
                {real ? (
                  <>
                    <Text size="sm" data-testid="history-real-date">
                      {t('lifecycle.occurredOnShown', { date: formatDate(real) })}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('lifecycle.enteredBy', { date: formatDateTime(h.at), actor: h.actor })}
                    </Text>
                  </>
                ) : (
                  <Text size="xs" c="dimmed">
                    {formatDateTime(h.at)} — {h.actor}
                  </Text>
                )}
                {h.attachmentKind && (
                  <Group gap="xs">
                    <Text size="sm">{t(`attachments.kinds.${h.attachmentKind}`)}</Text>
                    {h.fileConfidential && <ConfidentialBadge />}
                  </Group>
                )}
                {h.reason && <Text size="sm">{h.reason}</Text>}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Paper>
  );
}
