import { Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormButtons } from '@/components/FormButtons';
import { ErrorState } from '@/components/QueryState';
import { parseDate, toIsoDate } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { withOption, type UnitOption } from '@/lib/units/units';
import { useDecideReward, useRejectReward, type RankedUnit, type Reward } from '../api/rewards';
import { blankProposal, exceededReason, periodProposal } from '../logic/rewards';
import { ProposalForm } from './ProposalForm';

/**
 * What the officer asked to do: propose a reward (from the list's button, or for an exceeding ranked unit: the same
 * form, filled in), or decide or refuse a proposal.
 */
export type RewardAction =
  | { kind: 'propose'; row?: RankedUnit; periodCode?: string; periodName?: string }
  | { kind: 'decide' | 'reject'; reward: Reward };

export function RewardDialog({ action, program, periods, units, onClose }: {
  action: RewardAction | null;
  program: string;
  /** The periods and units the screen offers, for the proposal form. */
  periods: { value: string; label: string }[];
  units: UnitOption[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const title = !action
    ? ''
    : action.kind === 'propose'
      ? action.row ? t('rewards.proposeFor', { unit: action.row.unitName }) : t('rewards.propose')
      : t(action.kind === 'decide' ? 'rewards.decideTitle' : 'rewards.rejectTitle', { unit: action.reward.recipientUnitName });
  const row = action?.kind === 'propose' ? action.row : undefined;
  return (
    <Modal opened={action !== null} onClose={onClose} title={title} centered size="lg">
      {action?.kind === 'propose' && (
        <ProposalForm
          key={row?.unitCode ?? ''}
          program={program}
          initial={row ? periodProposal(row, action.periodCode ?? '', exceededReason(row, action.periodName ?? '', lang)) : blankProposal(action.periodCode)}
          periods={periods}
          units={row ? withOption(units, row.unitCode, row.unitName) : units}
          onDone={onClose}
        />
      )}
      {action?.kind === 'decide' && <DecideForm key={action.reward.id} reward={action.reward} onDone={onClose} />}
      {action?.kind === 'reject' && <RejectForm key={action.reward.id} reward={action.reward} onDone={onClose} />}
    </Modal>
  );
}

function DecideForm({ reward, onDone }: { reward: Reward; onDone: () => void }) {
  const { t } = useTranslation();
  const decide = useDecideReward();
  const [number, setNumber] = useState('');
  const [date, setDate] = useState<string | null>(toIsoDate(new Date()));
  const submit = async () => {
    await decide.mutateAsync({ id: reward.id ?? 0, version: reward.version ?? 0, decisionNumber: number, decisionDate: date ?? '' });
    notifications.show({ color: 'teal', message: t('rewards.decided') });
    onDone();
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit().catch(() => undefined); }}>
      <Stack>
        <Text size="sm">{t('rewards.decideHint', { form: t(`rewards.forms.${reward.form}`), reason: reward.reason })}</Text>
        <TextInput label={t('rewards.decisionNumber')} placeholder="125/QĐ-LĐLĐ" value={number} onChange={(e) => setNumber(e.currentTarget.value)} required />
        <DateInput
          label={t('rewards.decisionDate')}
          valueFormat="DD/MM/YYYY"
          placeholder="dd/mm/yyyy"
          dateParser={(s) => parseDate(s)}
          maxDate={new Date()}
          value={date}
          onChange={(v) => setDate(v || null)}
          required
        />
        {decide.isError && <ErrorState error={decide.error} />}
        <FormButtons onCancel={onDone} saving={decide.isPending} label={t('rewards.decide')} testId="reward-decide-submit" />
      </Stack>
    </form>
  );
}

function RejectForm({ reward, onDone }: { reward: Reward; onDone: () => void }) {
  const { t } = useTranslation();
  const reject = useRejectReward();
  const [reason, setReason] = useState('');
  const submit = async () => {
    await reject.mutateAsync({ id: reward.id ?? 0, version: reward.version ?? 0, reason });
    notifications.show({ color: 'teal', message: t('rewards.rejected') });
    onDone();
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit().catch(() => undefined); }}>
      <Stack>
        <Textarea label={t('rewards.rejectionReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} required />
        {reject.isError && <ErrorState error={reject.error} />}
        <FormButtons onCancel={onDone} saving={reject.isPending} label={t('rewards.reject')} testId="reward-reject-submit" />
      </Stack>
    </form>
  );
}
