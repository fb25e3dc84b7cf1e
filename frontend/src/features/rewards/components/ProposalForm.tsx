import { Group, Radio, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { FormButtons } from '@/components/FormButtons';
import { FormFailureAlert } from '@/components/FormFailureAlert';
import { useFormFailure } from '@/lib/api/useFormFailure';
import type { UnitOption } from '@/lib/units/units';
import { REWARD_FORMS, useProposeReward } from '../api/rewards';
import { proposalOf, type ProposalValues } from '../logic/rewards';
import { InitiativePicker } from './InitiativePicker';

const REASON_MAX = 2000;
/** The fields a server problem may name (RewardProposal's). */
const FIELDS = Object.keys({
  kind: 0, periodCode: 0, recipientType: 0, recipientUnitCode: 0, memberName: 0, initiativeId: 0, form: 0, reason: 0, proposingUnitCode: 0,
} satisfies Record<keyof ProposalValues, 0>);

/**
 * A reward proposal of any kind: for a period or sudden, for a unit, a union member or the authors of an initiative,
 * in the caller's unit's name or a unit's below.
 */
export function ProposalForm({ program, initial, periods, units, onDone }: {
  program: string;
  initial: ProposalValues;
  periods: { value: string; label: string }[];
  units: UnitOption[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const propose = useProposeReward(program);
  const required = t('rewards.proposal.required');
  const form = useForm<ProposalValues>({
    initialValues: initial,
    validate: {
      periodCode: (v, all) => (all.kind === 'PERIOD' && !v ? required : null),
      recipientUnitCode: (v, all) => (all.recipientType !== 'INITIATIVE' && !v ? required : null),
      memberName: (v, all) => (all.recipientType === 'MEMBER' && !v.trim() ? required : null),
      initiativeId: (v, all) => (all.recipientType === 'INITIATIVE' && !v ? required : null),
      reason: (v) => (!v.trim() ? required : v.length > REASON_MAX ? t('rewards.proposal.tooLong', { max: REASON_MAX }) : null),
    },
  });
  const { failure, fail, clear } = useFormFailure(form, FIELDS);
  const submit = form.onSubmit(async (values) => {
    clear();
    try {
      await propose.mutateAsync(proposalOf(values));
      notifications.show({ color: 'teal', message: t('rewards.proposed') });
      onDone();
    } catch (e) {
      fail(e);
    }
  });
  const { kind, recipientType } = form.values;
  const unitSelect = (label: string) => (
    <Select label={label} withAsterisk searchable data={units} allowDeselect={false} {...form.getInputProps('recipientUnitCode')} />
  );
  return (
    <form onSubmit={submit} noValidate data-testid="reward-proposal-form">
      <Stack>
        <Radio.Group label={t('rewards.proposal.kind')} {...form.getInputProps('kind')}>
          <Group mt="xs">
            {(['PERIOD', 'SUDDEN'] as const).map((k) => (
              <Radio key={k} value={k} label={t(`rewards.proposal.kinds.${k}`)} />
            ))}
          </Group>
        </Radio.Group>
        {kind === 'PERIOD' && (
          <Select label={t('rewards.proposal.period')} withAsterisk data={periods} allowDeselect={false} {...form.getInputProps('periodCode')} />
        )}
        <Radio.Group label={t('rewards.proposal.recipientType')} {...form.getInputProps('recipientType')}>
          <Group mt="xs">
            {(['UNIT', 'MEMBER', 'INITIATIVE'] as const).map((r) => (
              <Radio key={r} value={r} label={t(`rewards.proposal.recipientTypes.${r}`)} />
            ))}
          </Group>
        </Radio.Group>
        {recipientType === 'UNIT' && unitSelect(t('rewards.proposal.recipientUnit'))}
        {recipientType === 'MEMBER' && (
          <>
            <TextInput label={t('rewards.proposal.memberName')} withAsterisk maxLength={255} autoComplete="off" {...form.getInputProps('memberName')} />
            {unitSelect(t('rewards.proposal.memberUnit'))}
          </>
        )}
        {recipientType === 'INITIATIVE' && (
          <InitiativePicker
            program={program}
            value={form.values.initiativeId}
            onChange={(id) => form.setFieldValue('initiativeId', id)}
            error={form.errors.initiativeId}
          />
        )}
        <Select
          label={t('rewards.form')}
          data={REWARD_FORMS.map((f) => ({ value: f, label: t(`rewards.forms.${f}`) }))}
          allowDeselect={false}
          data-testid="reward-form"
          {...form.getInputProps('form')}
        />
        <Textarea label={t('rewards.reason')} withAsterisk autosize minRows={2} maxLength={REASON_MAX} {...form.getInputProps('reason')} />
        <Select
          label={t('rewards.proposal.proposingUnit')}
          description={t('rewards.proposal.proposingUnitHint')}
          placeholder={t('rewards.proposal.ownUnit')}
          searchable
          clearable
          data={units}
          {...form.getInputProps('proposingUnitCode')}
        />
        <Text size="sm" c="dimmed">
          {t('rewards.proposeHint')}
        </Text>
        {failure && <FormFailureAlert failure={failure} markedText={t('rewards.proposal.invalid')} testId="reward-problem" />}
        <FormButtons onCancel={onDone} saving={propose.isPending} label={t('rewards.propose')} testId="reward-propose-submit" />
      </Stack>
    </form>
  );
}
