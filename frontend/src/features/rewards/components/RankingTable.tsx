import { Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import type { RankedUnit } from '../api/rewards';
import { standing } from '../logic/rewards';

const COLOURS = { exceeded: 'teal', reached: 'blue', below: 'gray' } as const;

/** The ranking as the reports compute it (ties share a rank); an exceeding unit can be proposed for a reward. */
export function RankingTable({ rows, onPropose }: { rows: RankedUnit[]; onPropose?: (row: RankedUnit) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (rows.length === 0) return <Text c="dimmed">{t('rewards.noRanking')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped data-testid="ranking-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('rewards.rank')}</Table.Th>
            <Table.Th>{t('rewards.unit')}</Table.Th>
            <Table.Th ta="right">{t('rewards.target')}</Table.Th>
            <Table.Th ta="right">{t('rewards.valid')}</Table.Th>
            <Table.Th ta="right">{t('rewards.percent')}</Table.Th>
            <Table.Th>{t('rewards.standing')}</Table.Th>
            {onPropose && (
              <Table.Th>
                <VisuallyHidden>{t('rewards.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const where = standing(row);
            return (
              <Table.Tr key={row.unitCode} data-unit={row.unitCode}>
                <Table.Td>{row.rank}</Table.Td>
                <Table.Td>{row.unitName}</Table.Td>
                <Table.Td ta="right">{formatNumber(row.target, lang)}</Table.Td>
                <Table.Td ta="right">{formatNumber(row.valid, lang)}</Table.Td>
                <Table.Td ta="right">{formatPercent(row.percent, lang)}</Table.Td>
                <Table.Td>
                  <Badge color={COLOURS[where]} variant="light">
                    {t(`rewards.standings.${where}`)}
                  </Badge>
                </Table.Td>
                {onPropose && (
                  <Table.Td>
                    {where === 'exceeded' && (
                      <Button size="xs" variant="light" onClick={() => onPropose(row)} aria-label={t('rewards.proposeFor', { unit: row.unitName })}>
                        {t('rewards.propose')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
