import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/QueryState';
import { config } from '@/lib/config';
import { formatDate, formatDateTime } from '@/lib/format';
import { useCurrentUser } from '@/lib/me/MeContext';
import { useRewards, type RewardStatus } from '../api/rewards';

/**
 * The list a level sends up with its proposals, or the annex of its decision (status=DECIDED), as a printed A4 page:
 * numbered rows, the form, the achievements, the decision; the app's header and menu are not printed.
 */
export function RewardsPrintRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [params] = useSearchParams();
  const status: RewardStatus = params.get('status') === 'DECIDED' ? 'DECIDED' : 'PROPOSED';
  const period = params.get('period') ?? undefined;
  const rewards = useRewards(config.defaultProgram, status, period);
  if (rewards.isPending) return <LoadingState />;
  if (rewards.isError) return <ErrorState error={rewards.error} onRetry={() => void rewards.refetch()} />;
  const decided = status === 'DECIDED';
  return (
    <Stack gap="md" className="report">
      <Group justify="space-between" className="no-print">
        <Button variant="default" component={Link} to="/emulation">
          {t('rewards.print.back')}
        </Button>
        <Button onClick={() => window.print()} data-testid="print">
          {t('reports.printIt')}
        </Button>
      </Group>
      <header>
        <Text fw={700} tt="uppercase" size="sm">
          {me.unit?.name}
        </Text>
        <Title order={2} ta="center" mt="sm" tt="uppercase" data-testid="rewards-print-title">
          {t(decided ? 'rewards.print.annex' : 'rewards.print.proposals')}
        </Title>
        <Text ta="center" size="sm">
          {config.defaultProgram}
          {period ? ` — ${t('rewards.kinds.PERIOD', { period })}` : ''}
        </Text>
        <Text ta="right" size="xs" mt="xs">
          {t('reports.generatedAt', { when: formatDateTime(new Date()) })}
        </Text>
      </header>
      {rewards.data.length === 0 ? (
        <Text>{t('rewards.none')}</Text>
      ) : (
        <Table className="print-table" withTableBorder data-testid="rewards-print-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rewards.print.no')}</Table.Th>
              <Table.Th>{t('rewards.recipient')}</Table.Th>
              <Table.Th>{t('rewards.form')}</Table.Th>
              <Table.Th>{t('rewards.reason')}</Table.Th>
              <Table.Th>{decided ? t('rewards.print.decision') : t('rewards.decidingUnit')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rewards.data.map((r, i) => (
              <Table.Tr key={r.id} data-recipient={r.recipientUnitCode}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>
                  {r.memberName ?? r.initiativeTitle ?? r.recipientUnitName}
                  {(r.memberName || r.initiativeTitle) && <Text size="xs">{r.recipientUnitName}</Text>}
                </Table.Td>
                <Table.Td>{t(`rewards.forms.${r.form}`)}</Table.Td>
                <Table.Td>{r.reason}</Table.Td>
                <Table.Td>
                  {decided ? t('rewards.decisionOn', { number: r.decisionNumber, date: formatDate(r.decisionDate) }) : r.decidingUnitName}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
