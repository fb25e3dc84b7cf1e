import { Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgressBreakdown } from '@/lib/api/types';
import { formatNumber, formatPercent } from '@/lib/format';
import { useLang } from '@/lib/i18n';

function Share({ label, count, total, percent, testId }: { label: string; count: number; total: number; percent?: number; testId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Stack gap={4} data-testid={testId}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <Text size="sm" fw={700}>
          {formatPercent(percent ?? 0, lang)}
        </Text>
      </Group>
      <Progress value={Math.min(100, percent ?? 0)} aria-label={label} />
      <Text size="xs" c="dimmed">
        {t('dashboard.ofUnits', { count: formatNumber(count, lang), total: formatNumber(total, lang) })}
      </Text>
    </Stack>
  );
}

/** How many grassroots unions of the subtree take part: with a filed initiative, and with a valid one. */
export function ParticipationSummary({ breakdown }: { breakdown: ProgressBreakdown }) {
  const { t } = useTranslation();
  const total = breakdown.grassrootsUnits ?? 0;
  if (total === 0) return null;
  return (
    <Paper withBorder p="md" data-testid="participation">
      <Text fw={700} mb="xs">
        {t('dashboard.participation')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Share label={t('dashboard.participating')} count={breakdown.participatingUnits ?? 0} total={total}
          percent={breakdown.participationPercent} testId="participation-filed" />
        <Share label={t('dashboard.withValid')} count={breakdown.unitsWithValid ?? 0} total={total}
          percent={breakdown.withValidPercent} testId="participation-valid" />
      </SimpleGrid>
    </Paper>
  );
}
