import { Select, type ComboboxItem } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeStatus, InitiativeSummary } from '@/lib/api/types';
import { useInitiatives } from '@/lib/initiatives/initiatives';

/** The dossiers whose authors may be rewarded (the server's rule: recognised or found valid). */
const REWARDABLE: InitiativeStatus[] = ['RECOGNISED', 'VALID'];

const labelOf = (i: InitiativeSummary) => `${i.title ?? ''} (${[i.receiptNumber, i.unitName].filter(Boolean).join(', ')})`;

/** Finds an initiative of the programme through the search the initiatives list uses (diacritics-insensitive words). */
export function InitiativePicker({ program, value, onChange, error }: {
  program: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: ReactNode;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const found = useInitiatives({ q, program, status: REWARDABLE, page: 0, size: 20 });
  // The one picked stays an option while the search shows others (its own label is searched once picked).
  const [picked, setPicked] = useState<ComboboxItem | null>(null);
  const options = (found.data?.items ?? []).map((i) => ({ value: String(i.id), label: labelOf(i) }));
  if (picked && !options.some((o) => o.value === picked.value)) options.unshift(picked);
  return (
    <Select
      label={t('rewards.proposal.initiative')}
      description={t('rewards.proposal.initiativeHint')}
      withAsterisk
      searchable
      data={options}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? t('app.loading') : t('rewards.proposal.initiativeNone')}
      value={value}
      onChange={(id, option) => {
        setPicked(id ? option : null);
        onChange(id);
      }}
      error={error}
      data-testid="reward-initiative"
    />
  );
}
