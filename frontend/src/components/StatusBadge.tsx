import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InitiativeStatus } from '@/lib/api/types';

const COLORS: Record<InitiativeStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  UNDER_REVIEW: 'violet',
  RETURNED: 'orange',
  RECOGNISED: 'cyan',
  REFUSED: 'red',
  VALID: 'teal',
};

export function StatusBadge({ status }: { status?: InitiativeStatus }) {
  const { t } = useTranslation();
  if (!status) return null;
  const color = COLORS[status];
  return (
    <Badge color={color} variant="light" data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}
