import { NumberInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n';

interface Props {
  unitName: string;
  periodName: string;
  value: number | '' | null | undefined;
  editing: boolean;
  error?: string;
  onChange: (value: number | string) => void;
  testId: string;
}

/** One unit's target for one period: a number input while editing, else the number; the same in the table and the cards. */
export function TargetCell({ unitName, periodName, value, editing, error, onChange, testId }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!editing) {
    return (
      <>
        {formatNumber(typeof value === 'number' ? value : null, lang) || '–'}
        {error && (
          <Text size="xs" c="red.9" className="quota-error">
            {error}
          </Text>
        )}
      </>
    );
  }
  return (
    <NumberInput
      aria-label={t('quotas.targetFor', { period: periodName, unit: unitName })}
      value={value ?? ''}
      onChange={onChange}
      min={0}
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator={lang === 'vi' ? '.' : ','}
      decimalSeparator={lang === 'vi' ? ',' : '.'}
      hideControls
      size="xs"
      error={error}
      classNames={{ error: 'quota-error' }}
      styles={{ input: { textAlign: 'right' } }}
      data-testid={testId}
    />
  );
}
