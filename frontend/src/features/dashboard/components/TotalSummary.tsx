import { Group, Paper, Progress, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgressRow } from '@/lib/api/types';
import { formatNumber, formatPercent } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { percentOf } from '@/lib/progress/progress';
import { ReachedBadge } from '@/components/ProgressTable';

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} fz={28} lh={1.2} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

/** The unit's own total (the province's when the root is LĐLĐ tỉnh). */
export function TotalSummary({ row }: { row: ProgressRow }) {
  const { t } = useTranslation();
  const lang = useLang();
  const percent = percentOf(row);
  return (
    <Paper withBorder p="md" data-testid="total-summary">
      <Group justify="space-between" mb="xs">
        <Text fw={700}>{t('dashboard.total', { unit: row.unitName })}</Text>
        <ReachedBadge row={row} />
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
        <Stat label={t('dashboard.target')} value={row.target === undefined || row.target === null ? '–' : formatNumber(row.target, lang)} testId="total-target" />
        <Stat label={t('dashboard.valid')} value={formatNumber(row.valid ?? 0, lang)} testId="total-valid" />
        <Stat label={t('dashboard.pipeline')} value={formatNumber(row.pipeline ?? 0, lang)} testId="total-pipeline" />
        <Stat label={t('dashboard.percent')} value={percent === null ? '–' : formatPercent(percent, lang)} testId="total-percent" />
      </SimpleGrid>
      {percent !== null && (
        <Progress
          mt="md"
          value={Math.min(100, percent)}
          color={percent >= 100 ? 'teal' : 'blue'}
          aria-label={t('dashboard.percent')}
          size="lg"
        />
      )}
    </Paper>
  );
}
