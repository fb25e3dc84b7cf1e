import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Period, QuotaRule } from '@/lib/api/types';
import { formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { checkAllocation, type AllocationRow } from '../logic/quotaSums';
import { SumCheckRow } from './SumBadge';
import { TargetCell } from './TargetCell';

interface Props {
  unitCode: string;
  unitName: string;
  periods: Period[];
  rule: QuotaRule | undefined;
  /** The unit's new targets, as typed in the table above. */
  targets: Record<string, number>;
  /** Its children's names, by code. */
  names: Record<string, string>;
  rows: AllocationRow[];
  onChange: (index: number, period: string, value: number | string) => void;
  /** The server's messages about this allocation, by path inside it (`targets.GD1`, `allocations.0.targets.GD1`). */
  serverErrors: Record<string, string>;
}

/**
 * A child of the table above whose targets change while it has already allocated them further down: its children's
 * allocation, edited here against its new targets and sent in the same request (`below`), so both change in one
 * transaction or neither does.
 */
export function BelowAllocationTable({ unitCode, unitName, periods, rule, targets, names, rows, onChange, serverErrors }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const check = checkAllocation(periods, targets, rows, rule);
  const periodName = (code: string) => periods.find((p) => p.code === code)?.name ?? code;
  const rowError = (index: number, period: string) => {
    const server = serverErrors[`allocations.${index}.targets.${period}`];
    if (server) return server;
    const problem = check.rows.find((r) => r.row === index && r.period === period);
    if (!problem) return undefined;
    return problem.kind === 'missing'
      ? t('quotas.partMissing', { period: periodName(period), whole: periodName(periods.find((p) => p.code === period)?.parentCode ?? '') })
      : t('quotas.periodSumBroken', { parts: problem.parts.join(' + '), sum: formatNumber(problem.sum, lang), whole: formatNumber(problem.whole, lang), period: periodName(period) });
  };

  return (
    <Paper withBorder p="sm" data-testid={`quota-below-${unitCode}`}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('quotas.belowTitle', { unit: unitName })}
        </Title>
        <Text size="sm">{t('quotas.belowHint', { unit: unitName })}</Text>
        <Table.ScrollContainer minWidth={0}>
          <Table withTableBorder withColumnBorders striped className="quota-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('quotas.unit')}</Table.Th>
                {periods.map((p) => (
                  <Table.Th key={p.code} scope="col" className="num">
                    {p.name ?? p.code}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr fw={700}>
                <Table.Th scope="row">{t('quotas.newTargets', { unit: unitName })}</Table.Th>
                {periods.map((p) => (
                  <Table.Td key={p.code} className="num">
                    {formatNumber(targets[p.code ?? ''], lang) || '–'}
                  </Table.Td>
                ))}
              </Table.Tr>
              {rows.map((row, index) => (
                <Table.Tr key={row.unitCode} data-unit={row.unitCode}>
                  <Table.Th scope="row" fw={500}>
                    {names[row.unitCode] ?? row.unitCode}
                  </Table.Th>
                  {periods.map((p) => {
                    const code = p.code ?? '';
                    return (
                      <Table.Td key={code} className="num quota-target">
                        <TargetCell
                          unitName={names[row.unitCode] ?? row.unitCode}
                          periodName={p.name ?? code}
                          value={row.targets[code]}
                          editing
                          error={rowError(index, code)}
                          onChange={(v) => onChange(index, code, v)}
                          testId={`quota-${row.unitCode}-${code}`}
                        />
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr fw={700}>
                <Table.Th scope="row">{t('quotas.childrenTotal')}</Table.Th>
                {check.periods.map((c) => (
                  <Table.Td key={c.period} className="num" aria-live="polite">
                    {formatNumber(c.total, lang)}
                  </Table.Td>
                ))}
              </Table.Tr>
              <SumCheckRow checks={check.periods} serverErrors={serverErrors} testId={`quota-below-check-${unitCode}`} />
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
