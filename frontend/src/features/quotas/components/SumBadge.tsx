import { Badge } from '@mantine/core';
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
