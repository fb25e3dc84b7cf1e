import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { INITIATIVE_FIELDS, SOLUTION_TYPES, type Period } from '@/lib/api/types';
import { formatDate, parseDate } from '@/lib/format';
import { SimilarTitles } from '../SimilarTitles';
import type { DossierFormApi, Option } from './types';

interface Props {
  form: DossierFormApi;
  programs: Option[];
  units: Option[];
  unitLocked?: boolean;
  /** The programme's counting window, for the hint under the date. */
  programWindow?: Period;
  /** The dossier being edited, left out of the similar titles. */
  excludeId?: number;
}

/** Step 1: programme, unit, addressee, title (with similar titles already filed), kind, field, dates, funder. */
export function GeneralStep({ form, programs, units, unitLocked, programWindow, excludeId }: Props) {
  const { t } = useTranslation();
  const values = form.getValues();
  return (
    <Stack gap="sm" mt="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select label={t('form.program')} withAsterisk data={programs} allowDeselect={false} {...form.getInputProps('programCode')} />
        <Select
          label={t('form.unit')}
          withAsterisk
          data={units}
          searchable
          allowDeselect={false}
          disabled={unitLocked}
          nothingFoundMessage="—"
          {...form.getInputProps('unitCode')}
        />
      </SimpleGrid>
      <TextInput label={t('form.addressee')} description={t('form.addresseeHint')} maxLength={500} {...form.getInputProps('addressee')} />
      <TextInput label={t('form.title')} withAsterisk maxLength={500} {...form.getInputProps('title')} data-autofocus />
      <SimilarTitles program={values.programCode} title={values.title} excludeId={excludeId} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('form.solutionType')}
          withAsterisk
          data={SOLUTION_TYPES.map((v) => ({ value: v, label: t(`solutionTypes.${v}`) }))}
          {...form.getInputProps('solutionType')}
        />
        <Select
          label={t('form.field')}
          withAsterisk
          data={INITIATIVE_FIELDS.map((v) => ({ value: v, label: t(`fields.${v}`) }))}
          {...form.getInputProps('field')}
        />
        <DateInput
          label={t('form.firstAppliedOn')}
          withAsterisk
          valueFormat="DD/MM/YYYY"
          placeholder="dd/mm/yyyy"
          dateParser={(s) => parseDate(s)}
          description={
            programWindow
              ? t('form.windowHint', { from: formatDate(programWindow.startsOn), to: formatDate(programWindow.endsOn) })
              : t('form.firstAppliedOnHint')
          }
          defaultDate={programWindow?.startsOn}
          {...form.getInputProps('firstAppliedOn')}
        />
        <DateInput
          label={t('form.filedOn')}
          withAsterisk
          valueFormat="DD/MM/YYYY"
          placeholder="dd/mm/yyyy"
          dateParser={(s) => parseDate(s)}
          description={t('form.filedOnHint')}
          {...form.getInputProps('filedOn')}
        />
      </SimpleGrid>
      <TextInput label={t('form.funder')} maxLength={500} {...form.getInputProps('funder')} />
    </Stack>
  );
}
