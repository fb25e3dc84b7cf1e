import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { ErrorState, LoadingState } from '@/components/QueryState';
import { useProgress } from '@/lib/progress/api';
import { ProgressTable } from '@/components/ProgressTable';
import { splitRows } from '@/lib/progress/progress';
import { useCurrentUser } from '@/lib/me/MeContext';
import { usePrograms } from '@/lib/programs/programs';
import { config } from '@/lib/config';
import { useReportFilters } from '@/lib/filters/useReportFilters';
import { formatDate, formatDateTime } from '@/lib/format';
import { ReportDownloads } from '../components/ReportDownloads';

/** A progress report laid out for paper: the print stylesheet drops the app's chrome and keeps the table. */
export function ProgressReportRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const program = config.defaultProgram;
  const programs = usePrograms();
  // The page prints the unit it was opened for: no choice of unit here.
  const { periodsQuery, periods, period, selected, root, set } = useReportFilters(program, me, { unitChoices: false });
  const progress = useProgress({ program, period, root, depth: 1 }, Boolean(period));
  const [generatedAt] = useState(() => new Date());

  if (!me.permissions.viewReports) return <Navigate to="/" replace />;
  if (periodsQuery.isPending) return <LoadingState />;
  if (periodsQuery.isError) return <ErrorState error={periodsQuery.error} />;

  const programName = programs.data?.find((p) => p.code === program)?.name ?? program;
  const { root: rootRow, children } = splitRows(progress.data?.rows, progress.data?.rootCode);

  return (
    <Stack gap="md" className="report">
      <Group justify="space-between" className="no-print">
        <Select
          label={t('dashboard.period')}
          w={280}
          data={periods.map((p) => ({ value: p.code ?? '', label: p.name ?? p.code ?? '' }))}
          value={period ?? null}
          onChange={(v) => set('period', v)}
          allowDeselect={false}
        />
        <Button onClick={() => window.print()} data-testid="print">
          {t('reports.printIt')}
        </Button>
      </Group>
      <ReportDownloads program={program} period={period} root={root ?? rootRow?.unitCode} />

      <header>
        <Text fw={700} tt="uppercase" size="sm">
          {rootRow?.unitName ?? me.unit?.name}
        </Text>
        <Title order={2} ta="center" mt="sm">
          {t('reports.title')}
        </Title>
        <Text ta="center">{t('reports.subtitle')}</Text>
        <Text ta="center" size="sm" fs="italic">
          {programName}
        </Text>
        {selected && (
          <Text ta="center" size="sm">
            {selected.name} — {t('dashboard.periodWindow', { from: formatDate(selected.startsOn), to: formatDate(selected.endsOn) })}
          </Text>
        )}
        <Text ta="right" size="xs" mt="xs">
          {t('reports.generatedAt', { when: formatDateTime(generatedAt) })}
        </Text>
      </header>

      {progress.isError && <ErrorState error={progress.error} />}
      {progress.isPending && <LoadingState />}
      {rootRow && (
        <ProgressTable
          rows={children}
          total={rootRow}
          caption={`${rootRow.unitName} — ${selected?.name ?? ''}`}
          className="print-table"
        />
      )}
      <Group justify="flex-end" mt="xl" className="only-print">
        <Stack gap={60} align="center">
          <Text fw={700}>{t('reports.signature')}</Text>
          <Text>{me.name}</Text>
        </Stack>
      </Group>
    </Stack>
  );
}
