import { Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { Reward } from '../api/rewards';

const COLOURS = { PROPOSED: 'yellow', DECIDED: 'teal', REJECTED: 'gray' } as const;

/** The rewards within reach, newest first; the deciding level decides or refuses those still proposed. */
export function RewardsTable({ rewards, onDecide, onReject }: { rewards: Reward[]; onDecide: (r: Reward) => void; onReject: (r: Reward) => void }) {
  const { t } = useTranslation();
  if (rewards.length === 0) return <Text c="dimmed">{t('rewards.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped data-testid="rewards-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('rewards.recipient')}</Table.Th>
            <Table.Th>{t('rewards.form')}</Table.Th>
            <Table.Th>{t('rewards.reason')}</Table.Th>
            <Table.Th>{t('rewards.decidingUnit')}</Table.Th>
            <Table.Th>{t('rewards.status')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('rewards.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rewards.map((r) => (
            <Table.Tr key={r.id} data-reward={r.id} data-recipient={r.recipientUnitCode}>
              <Table.Td>
                {r.memberName ?? r.initiativeTitle ?? r.recipientUnitName}
                <Text size="xs" c="dimmed">
                  {r.periodCode ? t('rewards.kinds.PERIOD', { period: r.periodCode }) : t('rewards.kinds.SUDDEN')}
                </Text>
              </Table.Td>
              <Table.Td>{t(`rewards.forms.${r.form}`)}</Table.Td>
              <Table.Td>{r.reason}</Table.Td>
              <Table.Td>{r.decidingUnitName}</Table.Td>
              <Table.Td style={{ minWidth: 150 }}>
                <Badge color={COLOURS[r.status ?? 'PROPOSED']} variant="light">
                  {t(`rewards.statuses.${r.status}`)}
                </Badge>
                {r.status === 'DECIDED' && (
                  <Text size="xs" data-testid="reward-decision">
                    {t('rewards.decisionOn', { number: r.decisionNumber, date: formatDate(r.decisionDate) })}
                  </Text>
                )}
                {r.status === 'REJECTED' && <Text size="xs">{r.rejectionReason}</Text>}
              </Table.Td>
              <Table.Td>
                {r.canDecide && (
                  <Group gap="xs" wrap="nowrap">
                    <Button size="xs" onClick={() => onDecide(r)} data-testid="reward-decide">
                      {t('rewards.decide')}
                    </Button>
                    <Button size="xs" variant="default" onClick={() => onReject(r)}>
                      {t('rewards.reject')}
                    </Button>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
