import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { ErrorState, LoadingState } from '@/components/QueryState';
import { config } from '@/lib/config';
import { useReportFilters } from '@/lib/filters/useReportFilters';
import { abilities } from '@/lib/me/me';
import { useCurrentUser } from '@/lib/me/MeContext';
import { downloadRewards, useClusters, useRanking, useRewards } from '../api/rewards';
import { ClustersPanel } from '../components/ClustersPanel';
import { RankingTable } from '../components/RankingTable';
import { RewardDialog, type RewardAction } from '../components/RewardDialog';
import { RewardsTable } from '../components/RewardsTable';

/**
 * Emulation (thi đua): the ranking of a unit's children or of an emulation cluster for a phase or the whole programme,
 * with the same numbers as the reports; an exceeding unit is proposed for a reward, and the level that gives the
 * reward's form decides it here.
 */
export function EmulationRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const program = config.defaultProgram;
  const { params, periodsQuery, periods, period, selected, root, loadedUnits, unitOptions, set } = useReportFilters(program, me, { fallbackUnit: 'LCH' });
  const clusters = useClusters(program);
  const cluster = params.get('cluster') ?? undefined;
  const ranking = useRanking(program, period, root, cluster);
  const rewards = useRewards(program);
  const [action, setAction] = useState<RewardAction | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const download = async (status: 'PROPOSED' | 'DECIDED') => {
    setDownloadError(null);
    try {
      await downloadRewards(program, status, period);
    } catch (e) {
      setDownloadError(e);
    }
  };

  if (!me.permissions.manageRewards) return <Navigate to="/" replace />;
  if (periodsQuery.isPending) return <LoadingState />;
  if (periodsQuery.isError) return <ErrorState error={periodsQuery.error} />;
  const periodOptions = periods.map((p) => ({ value: p.code ?? '', label: p.name ?? p.code ?? '' }));

  return (
    <Stack maw={1100}>
      <Title order={2}>{t('rewards.title')}</Title>
      <Paper withBorder p="md">
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t('dashboard.period')}
            w={{ base: '100%', sm: 260 }}
            data={periodOptions}
            value={period ?? null}
            onChange={(v) => set('period', v)}
            allowDeselect={false}
            data-testid="emulation-period"
          />
          <Select
            label={t('initiatives.unit')}
            w={{ base: '100%', sm: 300 }}
            data={unitOptions}
            value={root}
            onChange={(v) => set('unit', v)}
            searchable
            allowDeselect={false}
            disabled={cluster !== undefined}
          />
          <Select
            label={t('rewards.cluster')}
            w={{ base: '100%', sm: 300 }}
            placeholder={t('rewards.noCluster')}
            data={(clusters.data ?? []).map((c) => ({ value: c.code ?? '', label: c.name ?? c.code ?? '' }))}
            value={cluster ?? null}
            onChange={(v) => set('cluster', v)}
            clearable
          />
        </Group>
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="xs">
          {t('rewards.ranking')}
        </Title>
        {ranking.isPending && <LoadingState />}
        {ranking.isError && <ErrorState error={ranking.error} onRetry={() => void ranking.refetch()} />}
        {ranking.data && (
          <RankingTable
            rows={ranking.data.rows ?? []}
            onPropose={(row) => setAction({ kind: 'propose', row, periodCode: period, periodName: selected?.name ?? period ?? '' })}
          />
        )}
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="xs">
          {t('rewards.list')}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t('rewards.listHint')}
        </Text>
        <Group gap="xs" mb="sm">
          <Button size="xs" onClick={() => setAction({ kind: 'propose', periodCode: period })} data-testid="reward-new">
            {t('rewards.propose')}
          </Button>
          {(['PROPOSED', 'DECIDED'] as const).map((status) => (
            <Button key={status} size="xs" variant="default" onClick={() => void download(status)} data-testid={`rewards-xlsx-${status}`}>
              {t(`rewards.download.${status}`)}
            </Button>
          ))}
          {(['PROPOSED', 'DECIDED'] as const).map((status) => (
            <Button
              key={`print-${status}`}
              size="xs"
              variant="subtle"
              component={Link}
              to={`/emulation/print?${new URLSearchParams({ status, ...(period ? { period } : {}) }).toString()}`}
              data-testid={`rewards-print-${status}`}
            >
              {t(`rewards.print.open${status}`)}
            </Button>
          ))}
        </Group>
        {downloadError !== null && <ErrorState error={downloadError} />}
        {rewards.isPending && <LoadingState />}
        {rewards.isError && <ErrorState error={rewards.error} onRetry={() => void rewards.refetch()} />}
        {rewards.data && (
          <RewardsTable
            rewards={rewards.data}
            onDecide={(reward) => setAction({ kind: 'decide', reward })}
            onReject={(reward) => setAction({ kind: 'reject', reward })}
          />
        )}
      </Paper>
      {abilities(me).manageClusters && (
        <Paper withBorder p="md">
          <ClustersPanel program={program} clusters={clusters.data ?? []} units={loadedUnits} />
        </Paper>
      )}
      <RewardDialog action={action} program={program} periods={periodOptions} units={unitOptions} onClose={() => setAction(null)} />
    </Stack>
  );
}
