import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/QueryState';
import { homeUnit } from '@/lib/me/me';
import { useCurrentUser } from '@/lib/me/MeContext';
import { currentPeriod, sortPeriods, usePeriods } from '@/lib/programs/programs';
import { config } from '@/lib/config';
import { formatDate, toIsoDate } from '@/lib/format';
import { useBreakdown, useProgress } from '@/lib/progress/api';
import { PeriodCards } from '../components/PeriodCards';
import { ProgressTable } from '@/components/ProgressTable';
import { TotalSummary } from '../components/TotalSummary';
import { ParticipationSummary } from '../components/ParticipationSummary';
import { splitRows } from '@/lib/progress/progress';

const ProgressChart = lazy(() => import('../components/ProgressChart'));

export function DashboardRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const program = params.get('program') ?? config.defaultProgram;
  const periodsQuery = usePeriods(program);
  const periods = sortPeriods(periodsQuery.data ?? []);
  const period = params.get('period') ?? currentPeriod(periods, toIsoDate(new Date()))?.code;
  const home = homeUnit(me);
  const root = params.get('unit') ?? home;
  const progress = useProgress({ program, period, root, depth: 1 }, Boolean(period));
  // Participation is a report: officers and the reporting role read it (evaluators and members see the progress only).
  const breakdown = useBreakdown({ program, period, root }, Boolean(period) && Boolean(me.permissions?.viewReports));

  const selectPeriod = (code: string) => {
    const next = new URLSearchParams(params);
    next.set('period', code);
    setParams(next);
  };
  const unitLink = (code?: string) => {
    const next = new URLSearchParams(params);
    if (period) next.set('period', period);
    if (code && code !== home) next.set('unit', code);
    else next.delete('unit');
    return `/?${next.toString()}`;
  };

  if (periodsQuery.isPending) return <LoadingState />;
  if (periodsQuery.isError) return <ErrorState error={periodsQuery.error} onRetry={() => void periodsQuery.refetch()} />;

  const selected = periods.find((p) => p.code === period);
  const { root: rootRow, children } = splitRows(progress.data?.rows, progress.data?.rootCode);
  const atHome = !params.get('unit') || params.get('unit') === home;
  const reportLink = `/reports/progress?${new URLSearchParams({ ...(period ? { period } : {}), ...(root ? { unit: root } : {}) }).toString()}`;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('dashboard.title')}</Title>
          {selected && (
            <Text c="dimmed" size="sm">
              {t('dashboard.periodWindow', { from: formatDate(selected.startsOn), to: formatDate(selected.endsOn) })}
            </Text>
          )}
        </div>
        <Group gap="xs" className="no-print">
          {!atHome && rootRow?.parentCode && (
            <Button variant="default" size="xs" component={Link} to={unitLink(rootRow.parentCode)}>
              {t('dashboard.up')}
            </Button>
          )}
          {!atHome && (
            <Button variant="default" size="xs" component={Link} to={unitLink(home)}>
              {t('dashboard.backToMine')}
            </Button>
          )}
          <Button variant="light" size="xs" component={Link} to={reportLink}>
            {t('dashboard.print')}
          </Button>
        </Group>
      </Group>

      <PeriodCards program={program} periods={periods} root={root} selected={period} onSelect={selectPeriod} />

      {progress.isError && <ErrorState error={progress.error} onRetry={() => void progress.refetch()} />}
      {progress.isPending && <LoadingState />}
      {rootRow && (
        <>
          <TotalSummary row={rootRow} />
          {breakdown.data && <ParticipationSummary breakdown={breakdown.data} />}
          {children.length > 0 ? (
            <>
              <Paper withBorder p="sm">
                <ProgressTable
                  rows={children}
                  total={rootRow}
                  caption={`${t('dashboard.children')} — ${rootRow.unitName} — ${selected?.name ?? ''}`}
                  linkTo={(row) => unitLink(row.unitCode)}
                />
              </Paper>
              <Paper withBorder p="sm">
                <Title order={3} size="h5" mb="xs">
                  {t('dashboard.chartTitle')}
                </Title>
                <Suspense fallback={<LoadingState label={t('dashboard.chartLoading')} />}>
                  <ProgressChart rows={children} />
                </Suspense>
              </Paper>
            </>
          ) : (
            <Text c="dimmed">{t('dashboard.noChildren')}</Text>
          )}
        </>
      )}
    </Stack>
  );
}
