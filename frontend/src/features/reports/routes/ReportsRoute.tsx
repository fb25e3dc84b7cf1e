import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { ErrorState, LoadingState } from '@/components/QueryState';
import { useCurrentUser } from '@/lib/me/MeContext';
import { config } from '@/lib/config';
import { useReportFilters } from '@/lib/filters/useReportFilters';
import { formatDate } from '@/lib/format';
import { ReportDownloads } from '../components/ReportDownloads';
import { reviewLink } from '../components/review';

/** Reports: choose a period and a unit, download CSV/XLSX, or open the print-friendly page. */
export function ReportsRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const program = config.defaultProgram;
  const { periodsQuery, periods, period, selected, root, unitOptions, set } = useReportFilters(program, me, { fallbackUnit: 'LCH' });

  if (!me.permissions.viewReports) return <Navigate to="/" replace />;
  if (periodsQuery.isPending) return <LoadingState />;
  if (periodsQuery.isError) return <ErrorState error={periodsQuery.error} />;

  return (
    <Stack maw={960}>
      <Title order={2}>{t('reports.pageTitle')}</Title>
      <Paper withBorder p="md">
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t('dashboard.period')}
            w={{ base: '100%', sm: 280 }}
            data={periods.map((p) => ({ value: p.code ?? '', label: p.name ?? p.code ?? '' }))}
            value={period ?? null}
            onChange={(v) => set('period', v)}
            allowDeselect={false}
          />
          <Select
            label={t('initiatives.unit')}
            w={{ base: '100%', sm: 320 }}
            data={unitOptions}
            value={root}
            onChange={(v) => set('unit', v)}
            searchable
            allowDeselect={false}
          />
        </Group>
        {selected && (
          <Text size="sm" c="dimmed" mt="xs">
            {t('dashboard.periodWindow', { from: formatDate(selected.startsOn), to: formatDate(selected.endsOn) })}
          </Text>
        )}
      </Paper>
      <ReportDownloads program={program} period={period} root={root} />
      <Paper withBorder p="md">
        <Group justify="space-between">
          <div>
            <Text fw={600}>{t('reports.title')}</Text>
            <Text size="sm" c="dimmed">
              {t('reports.printHint')}
            </Text>
          </div>
          <Button component={Link} to={`/reports/progress?${new URLSearchParams({ ...(period ? { period } : {}), unit: root }).toString()}`} data-testid="open-print">
            {t('reports.openPrint')}
          </Button>
        </Group>
      </Paper>
      <Paper withBorder p="md">
        <Group justify="space-between">
          <div>
            <Text fw={600}>{t('reports.review.link')}</Text>
            <Text size="sm" c="dimmed">
              {t('reports.review.linkHint')}
            </Text>
          </div>
          <Button component={Link} to={reviewLink({ period, root })} data-testid="open-review">
            {t('reports.review.open')}
          </Button>
        </Group>
      </Paper>
    </Stack>
  );
}
