import { Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormButtons } from '@/components/FormButtons';
import { ErrorState } from '@/components/QueryState';
import { parseDate, toIsoDate } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { REWARD_FORMS, useDecideReward, useProposeReward, useRejectReward, type RankedUnit, type Reward, type RewardForm } from '../api/rewards';
import { exceededReason, periodProposal } from '../logic/rewards';

/** What the officer asked to do: propose a reward for an exceeding unit, or decide or refuse a proposal. */
export type RewardAction =
  | { kind: 'propose'; row: RankedUnit; periodCode: string; periodName: string }
  | { kind: 'decide' | 'reject'; reward: Reward };

export function RewardDialog({ action, program, onClose }: { action: RewardAction | null; program: string; onClose: () => void }) {
  const { t } = useTranslation();
  const title = !action
    ? ''
    : action.kind === 'propose'
      ? t('rewards.proposeFor', { unit: action.row.unitName })
      : t(action.kind === 'decide' ? 'rewards.decideTitle' : 'rewards.rejectTitle', { unit: action.reward.recipientUnitName });
  return (
    <Modal opened={action !== null} onClose={onClose} title={title} centered size="lg">
      {action?.kind === 'propose' && <ProposeForm key={action.row.unitCode} action={action} program={program} onDone={onClose} />}
      {action?.kind === 'decide' && <DecideForm key={action.reward.id} reward={action.reward} onDone={onClose} />}
      {action?.kind === 'reject' && <RejectForm key={action.reward.id} reward={action.reward} onDone={onClose} />}
    </Modal>
  );
}

function ProposeForm({ action, program, onDone }: { action: Extract<RewardAction, { kind: 'propose' }>; program: string; onDone: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const propose = useProposeReward(program);
  const [form, setForm] = useState<RewardForm>('PROVINCIAL_CERTIFICATE');
  const [reason, setReason] = useState(() => exceededReason(action.row, action.periodName, lang));
  const submit = async () => {
    await propose.mutateAsync(periodProposal(action.row, action.periodCode, form, reason));
    notifications.show({ color: 'teal', message: t('rewards.proposed') });
    onDone();
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit().catch(() => undefined); }}>
      <Stack>
        <Select
          label={t('rewards.form')}
          data={REWARD_FORMS.map((f) => ({ value: f, label: t(`rewards.forms.${f}`) }))}
          value={form}
          onChange={(v) => v && setForm(v as RewardForm)}
          allowDeselect={false}
          data-testid="reward-form"
        />
        <Textarea label={t('rewards.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} required />
        <Text size="sm" c="dimmed">
          {t('rewards.proposeHint')}
        </Text>
        {propose.isError && <ErrorState error={propose.error} />}
        <FormButtons onCancel={onDone} saving={propose.isPending} label={t('rewards.propose')} testId="reward-propose-submit" />
      </Stack>
    </form>
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
