import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerSearchSelect } from '@/components/ServerSearchSelect';
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
  const useOptions = (q: string) => {
    const found = useInitiatives({ q, program, status: REWARDABLE, page: 0, size: 20 });
    return { options: (found.data?.items ?? []).map((i) => ({ value: String(i.id), label: labelOf(i) })), fetching: found.isFetching };
  };
  return (
    <ServerSearchSelect
      label={t('rewards.proposal.initiative')}
      description={t('rewards.proposal.initiativeHint')}
      withAsterisk
      useOptions={useOptions}
      nothingFound={t('rewards.proposal.initiativeNone')}
      value={value}
      onChange={onChange}
      error={error}
      data-testid="reward-initiative"
    />
  );
}
