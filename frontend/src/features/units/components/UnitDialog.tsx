import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import 'dayjs/locale/vi';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormButtons } from '@/components/FormButtons';
import { ServerSearchSelect } from '@/components/ServerSearchSelect';
import { FormFailureAlert } from '@/components/FormFailureAlert';
import { ApiError } from '@/lib/api/problem';
import { useFormFailure, type FormFailure } from '@/lib/api/useFormFailure';
import { UNIT_SECTORS, UNIT_TYPES, type Unit, type UnitSector, type UnitType } from '@/lib/api/types';
import { parseDate } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { useCreateUnit, useParentChoices, useReloadUnit, useUpdateUnit } from '../api/units';
import { defaultChildType, UNIT_CODE, updateOf } from '../logic/units';
import { SupportTeamPanel } from './SupportTeamPanel';

/** What the user asked to do: add a unit below `parent`, or change `unit`. */
export type UnitAction = { kind: 'create'; parent: Unit } | { kind: 'edit' | 'move' | 'close' | 'team'; unit: Unit };

interface Props {
  action: UnitAction | null;
  onClose: () => void;
  /** The top of the user's subtree: a move stays within it. */
  rootCode?: string;
  today: string;
  /** A unit's name by its code, from what was read (else the code). */
  nameOf?: (code: string) => string;
}

function titleOf(action: UnitAction, t: (key: string, o?: Record<string, unknown>) => string) {
  if (action.kind === 'create') return t('units.addBelow', { unit: action.parent.name });
  const unit = action.unit.name;
  if (action.kind === 'edit') return `${t('units.edit')}: ${unit}`;
  if (action.kind === 'move') return `${t('units.move')}: ${unit}`;
  if (action.kind === 'team') return `${t('units.team.title')}: ${unit}`;
  return t('units.closeConfirm', { unit });
}

/** One dialog for the four changes; its form is made anew for each action (key), so nothing typed lingers. */
export function UnitDialog({ action, onClose, rootCode, today, nameOf }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const phone = useMediaQuery('(max-width: 36em)') ?? false;
  // The dialog keeps its title and form while it fades out (a dialog without a name is an accessibility error).
  const [shown, setShown] = useState<UnitAction | null>(action);
  if (action && action !== shown) setShown(action);
  const current = action ?? shown;
  return (
    <Modal opened={action !== null} onClose={onClose} title={current ? titleOf(current, t) : ''} centered size="lg" fullScreen={phone}>
      <DatesProvider settings={{ locale: lang === 'vi' ? 'vi' : 'en', firstDayOfWeek: 1 }}>
        {current?.kind === 'create' && <CreateForm key={`c:${current.parent.code}`} parent={current.parent} onDone={onClose} today={today} />}
        {current?.kind === 'team' && <SupportTeamPanel key={`t:${current.unit.code}`} unit={current.unit} />}
        {current && current.kind !== 'create' && current.kind !== 'team' && (
          <ChangeForm key={`${current.kind}:${current.unit.code}:${current.unit.version}`} kind={current.kind} unit={current.unit} onDone={onClose} rootCode={rootCode} today={today} nameOf={nameOf} />
        )}
      </DatesProvider>
    </Modal>
  );
}

function ProblemAlert({ failure, onReload, reloading }: { failure: FormFailure; onReload?: () => void; reloading?: boolean }) {
  const { t } = useTranslation();
  const stale = failure.error instanceof ApiError && failure.error.isStale;
  return (
    <FormFailureAlert failure={failure} color={stale ? 'orange' : 'red'} markedText={stale ? undefined : t('units.invalid')} testId="unit-problem">
      {stale && (
        <>
          <Text size="sm">{t('units.stale')}</Text>
          {onReload && (
            <Group>
              <Button size="xs" color="orange" onClick={onReload} loading={reloading} data-testid="unit-reload">
                {t('units.reload')}
              </Button>
            </Group>
          )}
        </>
      )}
    </FormFailureAlert>
  );
}

type T = (key: string) => string;
const typeOptions = (t: T) => UNIT_TYPES.map((v) => ({ value: v, label: t(`units.types.${v}`) }));
const sectorOptions = (t: T) => UNIT_SECTORS.map((v) => ({ value: v, label: t(`units.sectors.${v}`) }));

interface CreateValues {
  code: string;
  name: string;
  type: UnitType;
  sector: UnitSector | null;
  validFrom: string | null;
}

function CreateForm({ parent, onDone, today }: { parent: Unit; onDone: () => void; today: string }) {
  const { t } = useTranslation();
  const create = useCreateUnit();
  const form = useForm<CreateValues>({
    initialValues: { code: '', name: '', type: defaultChildType(parent.type), sector: null, validFrom: today },
    validate: {
      code: (v) => (!v.trim() ? t('units.required') : UNIT_CODE.test(v.trim()) ? null : t('units.codeInvalid')),
      name: (v) => (v.trim() ? null : t('units.required')),
      validFrom: (v) => (v ? null : t('units.invalidDate')),
    },
  });
  const { failure, fail, clear } = useFormFailure(form, ['code', 'name', 'type', 'sector', 'parentCode', 'validFrom', 'validTo']);
  const submit = form.onSubmit(async (v) => {
    clear();
    try {
      const unit = await create.mutateAsync({
        code: v.code.trim(),
        name: v.name.trim(),
        type: v.type,
        sector: v.sector ?? undefined,
        parentCode: parent.code,
        validFrom: v.validFrom ?? today,
      });
      notifications.show({ color: 'teal', message: t('units.created', { unit: unit.name }) });
      onDone();
    } catch (e) {
      fail(e);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="unit-create-form">
      <Stack>
        <Text size="sm">{t('units.parentOf', { unit: `${parent.name} (${parent.code})` })}</Text>
        {failure && <ProblemAlert failure={failure} />}
        <TextInput label={t('units.code')} description={t('units.codeHint')} withAsterisk maxLength={40} autoComplete="off" data-autofocus {...form.getInputProps('code')} />
        <TextInput label={t('units.name')} withAsterisk maxLength={255} {...form.getInputProps('name')} />
        <Select label={t('units.type')} withAsterisk data={typeOptions(t)} allowDeselect={false} {...form.getInputProps('type')} />
        <Select label={t('units.sector')} placeholder={t('units.noSector')} data={sectorOptions(t)} clearable {...form.getInputProps('sector')} />
        <DateInput
          label={t('units.validFrom')}
          description={t('units.dateHint')}
          withAsterisk
          valueFormat="DD/MM/YYYY"
          dateParser={(s) => parseDate(s)}
          {...form.getInputProps('validFrom')}
        />
        <FormButtons onCancel={onDone} saving={create.isPending} label={t('units.add')} testId="unit-create-save" />
      </Stack>
    </form>
  );
}

interface ChangeValues {
  name: string;
  type: UnitType;
  sector: UnitSector | null;
  parentCode: string | null;
  movedOn: string | null;
  validTo: string | null;
}

function valuesOf(unit: Unit, today: string): ChangeValues {
  return {
    name: unit.name ?? '',
    type: unit.type ?? 'GRASSROOTS',
    sector: unit.sector ?? null,
    parentCode: null,
    movedOn: today,
    validTo: unit.validTo ?? today,
  };
}

/** Rename (and sector, level), move or close: a PUT of the whole unit with the version read. */
function ChangeForm({ kind, unit: read, onDone, rootCode, today, nameOf }: {
  kind: 'edit' | 'move' | 'close';
  unit: Unit;
  onDone: () => void;
  rootCode?: string;
  today: string;
  nameOf?: (code: string) => string;
}) {
  const { t } = useTranslation();
  const update = useUpdateUnit();
  const reload = useReloadUnit();
  // The version the change is based on: the one read, or the latest after a reload.
  const [unit, setUnit] = useState(read);
  const [reloading, setReloading] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const form = useForm<ChangeValues>({
    initialValues: valuesOf(read, today),
    validate: {
      name: (v) => (kind === 'edit' && !v.trim() ? t('units.required') : null),
      parentCode: (v) => (kind === 'move' && !v ? t('units.required') : null),
      movedOn: (v) => (kind === 'move' && !v ? t('units.invalidDate') : null),
      validTo: (v) => (kind === 'close' && !v ? t('units.invalidDate') : null),
    },
  });
  const fields =
    kind === 'edit' ? ['code', 'name', 'type', 'sector'] : kind === 'move' ? ['code', 'parentCode', 'movedOn'] : ['code', 'validTo'];
  const { failure, fail, clear } = useFormFailure(form, fields);

  const submit = form.onSubmit(async (v) => {
    clear();
    setReloaded(false);
    const changes =
      kind === 'edit'
        ? { name: v.name.trim(), type: v.type, sector: v.sector ?? undefined }
        : kind === 'move'
          ? { parentCode: v.parentCode ?? undefined, movedOn: v.movedOn ?? undefined }
          : { validTo: v.validTo ?? undefined };
    try {
      const saved = await update.mutateAsync({ code: unit.code ?? '', body: updateOf(unit, changes) });
      const message = kind === 'edit' ? 'units.saved' : kind === 'move' ? 'units.moved' : 'units.closedDone';
      notifications.show({ color: 'teal', message: t(message, { unit: saved.name }) });
      onDone();
    } catch (e) {
      if (e instanceof ApiError && e.isStale) {
        // The tree behind the dialog is read again at once; the form waits for the user to reload it.
        void reload(unit.code ?? '').catch(() => {});
      }
      fail(e);
    }
  });

  const doReload = async () => {
    setReloading(true);
    try {
      const fresh = await reload(unit.code ?? '');
      setUnit(fresh);
      form.setValues(valuesOf(fresh, today));
      form.clearErrors();
      clear();
      setReloaded(true);
    } catch (e) {
      fail(e);
    } finally {
      setReloading(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid={`unit-${kind}-form`}>
      <Stack>
        {failure && <ProblemAlert failure={failure} onReload={() => void doReload()} reloading={reloading} />}
        {reloaded && (
          <Text size="sm" role="status" c="teal.9">
            {t('units.reloaded')}
          </Text>
        )}
        <TextInput label={t('units.code')} value={unit.code ?? ''} readOnly variant="filled" error={form.errors.code} />
        {kind === 'edit' && (
          <>
            <TextInput label={t('units.name')} withAsterisk maxLength={255} data-autofocus {...form.getInputProps('name')} />
            <Select label={t('units.type')} withAsterisk data={typeOptions(t)} allowDeselect={false} {...form.getInputProps('type')} />
            <Select label={t('units.sector')} placeholder={t('units.noSector')} data={sectorOptions(t)} clearable {...form.getInputProps('sector')} />
          </>
        )}
        {kind === 'move' && <MoveFields form={form} unit={unit} rootCode={rootCode} today={today} nameOf={nameOf} />}
        {kind === 'close' && (
          <>
            <Text size="sm">{t('units.validToHint')}</Text>
            <DateInput
              label={t('units.validTo')}
              description={t('units.dateHint')}
              withAsterisk
              valueFormat="DD/MM/YYYY"
              dateParser={(s) => parseDate(s)}
              data-autofocus
              {...form.getInputProps('validTo')}
            />
          </>
        )}
        <FormButtons
          onCancel={onDone}
          saving={update.isPending}
          label={kind === 'close' ? t('units.close') : t('units.save')}
          testId={`unit-${kind}-save`}
        />
      </Stack>
    </form>
  );
}

function MoveFields({ form, unit, rootCode, today, nameOf }: {
  form: UseFormReturnType<ChangeValues>;
  unit: Unit;
  rootCode?: string;
  today: string;
  nameOf?: (code: string) => string;
}) {
  const { t } = useTranslation();
  const useOptions = (q: string) => {
    const choices = useParentChoices(q, rootCode, today, true);
    const options = (choices.data ?? [])
      .filter((u) => u.code && u.code !== unit.code && u.code !== unit.parentCode)
      .map((u) => ({ value: u.code ?? '', label: `${u.name} (${u.code})` }));
    return { options, fetching: choices.isFetching };
  };
  return (
    <>
      <Text size="sm">{t('units.currentParent', { unit: unit.parentCode ? (nameOf?.(unit.parentCode) ?? unit.parentCode) : '' })}</Text>
      <ServerSearchSelect
        label={t('units.newParent')}
        description={t('units.newParentHint')}
        withAsterisk
        useOptions={useOptions}
        nothingFound={t('units.noResults')}
        {...form.getInputProps('parentCode')}
        onChange={(value) => form.setFieldValue('parentCode', value)}
      />
      <DateInput
        label={t('units.movedOn')}
        description={`${t('units.movedOnHint')} ${t('units.dateHint')}`}
        withAsterisk
        valueFormat="DD/MM/YYYY"
        dateParser={(s) => parseDate(s)}
        maxDate={today}
        {...form.getInputProps('movedOn')}
      />
    </>
  );
}
