import { Select, type ComboboxItem, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What the server found for the typed words, and whether it is still looking. */
export interface ServerOptions {
  options: ComboboxItem[];
  fetching: boolean;
}

type Props = Omit<SelectProps, 'data' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter' | 'onChange' | 'nothingFoundMessage'> & {
  /** A hook: the options for the typed words (trimmed, after 300 ms without typing). */
  useOptions: (q: string) => ServerOptions;
  nothingFound: ReactNode;
  onChange: (value: string | null) => void;
};

/**
 * A Select whose options are searched on the server rather than filtered here (too many to load): the one picked stays
 * an option while the search shows others, since its own label is searched once picked.
 */
export function ServerSearchSelect({ useOptions, nothingFound, onChange, ...props }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const found = useOptions(q);
  const [picked, setPicked] = useState<ComboboxItem | null>(null);
  const options = [...found.options];
  if (picked && !options.some((o) => o.value === picked.value)) options.unshift(picked);
  return (
    <Select
      {...props}
      searchable
      data={options}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={found.fetching ? t('app.loading') : nothingFound}
      onChange={(value, option) => {
        setPicked(value ? option : null);
        onChange(value);
      }}
    />
  );
}
