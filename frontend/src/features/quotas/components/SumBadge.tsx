import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import type { PeriodCheck } from '../logic/quotaSums';

/** "Khớp", or how far a period's sum is off its target ("Thiếu 5", "Thừa 5"). */
export function SumBadge({ check }: { check: PeriodCheck }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (check.state === 'ok') {
    return (
      <Badge color="teal" variant="light" size="sm">
        {t('quotas.sumOk')}
      </Badge>
    );
  }
  const n = formatNumber(Math.abs(check.difference), lang);
  return (
    <Badge color="red" variant="light" size="sm">
      {check.state === 'short' ? t('quotas.sumShort', { n }) : t('quotas.sumOver', { n })}
    </Badge>
  );
}

/** The footer row under an allocation: each period's badge, with the server's message for that period if it refused. */
export function SumCheckRow({ checks, serverErrors, testId }: {
  checks: PeriodCheck[];
  serverErrors: Record<string, string>;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Table.Tr data-testid={testId}>
      <Table.Th scope="row">{t('quotas.difference')}</Table.Th>
      {checks.map((c) => (
        <Table.Td key={c.period} className="num">
          <SumBadge check={c} />
          {serverErrors[`targets.${c.period}`] && (
            <Text size="xs" c="red.9" className="quota-error">
              {serverErrors[`targets.${c.period}`]}
            </Text>
          )}
        </Table.Td>
      ))}
    </Table.Tr>
  );
}
