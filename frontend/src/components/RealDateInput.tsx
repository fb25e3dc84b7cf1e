import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldMessage } from '@/lib/api/problem';
import { parseDate } from '@/lib/format';
import { useLang } from '@/lib/i18n';

/**
 * An officer bringing in a paper record gives the day a step really happened (occurredOn, dd/MM/yyyy); empty means
 * today. The server checks it (not in the future, within the programme, not before the step before) and its message
 * for the field is shown under it.
 */
export function RealDateInput({ value, onChange, error }: { value: string | null; onChange: (value: string | null) => void; error?: unknown }) {
  const { t } = useTranslation();
  const lang = useLang();
  const refused = error instanceof ApiError ? error.fieldErrors.filter((e) => e.field === 'occurredOn') : [];
  return (
    <DateInput
      label={t('lifecycle.occurredOn')}
      description={t('lifecycle.occurredOnHint')}
      valueFormat="DD/MM/YYYY"
      placeholder="dd/mm/yyyy"
      dateParser={(s) => parseDate(s)}
      maxDate={new Date()}
      clearable
      value={value}
      onChange={(v) => onChange(v || null)}
      error={refused.length > 0 ? refused.map((e) => fieldMessage(e, lang)).join(' ') : undefined}
      data-testid="occurred-on"
    />
  );
}
