import { Alert, Button, Group, List, NumberInput, Paper, Select, SimpleGrid, Stack, Stepper, Table, Text, Textarea, TextInput } from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import 'dayjs/locale/vi';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, mapFieldErrors, problemDetail, problemTitle } from '@/lib/api/problem';
import { INITIATIVE_FIELDS, SOLUTION_TYPES, type Period } from '@/lib/api/types';
import { formatDate, formatDateTime, formatNumber, parseDate } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { drafts, type Draft } from '@/lib/storage/drafts';
import { checkContributions } from '../logic/contributions';
import { CONTENT_TEXTS, FORM_PATHS, normaliseDossier, stepOf, validateDossier, type DossierValues } from '../logic/dossier';
import { HelpersFieldset } from './HelpersFieldset';
import { SimilarTitles } from './SimilarTitles';
import { AuthorsFieldset } from './AuthorsFieldset';

export interface Option {
  value: string;
  label: string;
}

interface Props {
  initialValues: DossierValues;
  /** Where the local draft lives (drafts store key). */
  draftKey: string;
  /** The server version an edit started from. */
  baseVersion?: number;
  programs: Option[];
  units: Option[];
  unitLocked?: boolean;
  /** The programme's counting window, for the hint under the date. */
  programWindow?: Period;
  /** Saves to the server; throws ApiError when refused or unreachable. */
  onSave: (values: DossierValues, baseVersion?: number) => Promise<void>;
  onCancel: () => void;
  /** After a stale-version conflict: drop the local draft and load the server's version. */
  onReloadLatest?: () => void;
  submitLabel?: string;
  /** The dossier being edited, left out of the similar titles. */
  excludeId?: number;
  /**
   * The API hid the dossier's confidential parts from this user: show a read-only note in place of the field, so
   * that nobody overwrites text they cannot see (the route leaves the field out of the request).
   */
  confidentialHidden?: boolean;
}

const STEPS = ['form.stepGeneral', 'form.stepContent', 'form.stepAuthors', 'form.stepReview'] as const;
const SAVE_DELAY_MS = 400;

/** The guided dossier form: four steps, checks as you type, server problems at the fields, a local draft. */
export function DossierForm(props: Props) {
  const { initialValues, draftKey, programs, units, unitLocked, programWindow, onSave, onCancel, onReloadLatest, confidentialHidden } = props;
  const { t } = useTranslation();
  const lang = useLang();
  const narrow = useMediaQuery('(max-width: 48em)');
  const [restored] = useState<Draft<DossierValues> | null>(() => drafts.load<DossierValues>(draftKey));
  // A restored draft keeps the version it was started from, so a newer server version still answers 409.
  const [baseVersion, setBaseVersion] = useState(restored?.baseVersion ?? props.baseVersion);
  const form = useForm<DossierValues>({
    mode: 'controlled',
    initialValues: restored ? normaliseDossier(restored.value, initialValues) : initialValues,
  });
  const [active, setActive] = useState(0);
  const [failure, setFailure] = useState<ApiError | Error | null>(null);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [keptAt, setKeptAt] = useState<string | null>(restored?.savedAt ?? null);
  const [showRestored, setShowRestored] = useState(Boolean(restored));
  const dirty = useRef(false);
  const baseline = useRef(JSON.stringify(form.getValues()));
  const values = form.getValues();

  // Keep what is typed on this device, a moment after the last keystroke.
  useEffect(() => {
    if (!dirty.current) {
      if (JSON.stringify(values) === baseline.current) return undefined;
      dirty.current = true;
    }
    const timer = window.setTimeout(() => {
      const kept = drafts.save(draftKey, values, baseVersion);
      if (kept) setKeptAt(kept.savedAt);
    }, SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [values, draftKey, baseVersion]);

  // Leaving the page (tab closed, phone locked) writes the draft at once.
  useEffect(() => {
    const flush = () => {
      if (dirty.current && document.visibilityState === 'hidden') drafts.save(draftKey, form.getValues(), baseVersion);
    };
    const unload = () => {
      if (dirty.current) drafts.save(draftKey, form.getValues(), baseVersion);
    };
    document.addEventListener('visibilitychange', flush);
    window.addEventListener('pagehide', unload);
    return () => {
      document.removeEventListener('visibilitychange', flush);
      window.removeEventListener('pagehide', unload);
    };
  }, [draftKey, baseVersion, form]);

  const discardDraft = () => {
    drafts.remove(draftKey);
    dirty.current = false;
    baseline.current = JSON.stringify(initialValues);
    form.setValues(initialValues);
    setBaseVersion(props.baseVersion);
    form.clearErrors();
    setShowRestored(false);
    setKeptAt(null);
  };

  const check = (onlyStep?: number) => {
    const all = validateDossier(form.getValues(), t);
    const errors = onlyStep === undefined ? all : Object.fromEntries(Object.entries(all).filter(([path]) => stepOf(path) === onlyStep));
    form.setErrors(errors);
    return errors;
  };

  const next = () => {
    const errors = check(active);
    if (Object.keys(errors).length === 0) setActive((s) => Math.min(s + 1, STEPS.length - 1));
  };

  const save = async () => {
    setFailure(null);
    setUnmatched([]);
    const errors = check();
    if (Object.keys(errors).length > 0) {
      setActive(Math.min(...Object.keys(errors).map(stepOf)));
      return;
    }
    drafts.save(draftKey, form.getValues(), baseVersion);
    setSaving(true);
    try {
      await onSave(form.getValues(), baseVersion);
      drafts.remove(draftKey);
    } catch (e) {
      setFailure(e instanceof Error ? e : new Error(String(e)));
      if (e instanceof ApiError && e.fieldErrors.length > 0) {
        const mapped = mapFieldErrors(e.fieldErrors, lang, (p) => FORM_PATHS.test(p));
        form.setErrors(mapped.byField);
        setUnmatched(mapped.unmatched);
        const steps = Object.keys(mapped.byField).map(stepOf);
        if (steps.length > 0) setActive(Math.min(...steps));
      }
    } finally {
      setSaving(false);
    }
  };

  const stepHasError = (step: number) => Object.keys(form.errors).some((path) => stepOf(path) === step);
  const label = (o: Option[], v: string | null) => o.find((x) => x.value === v)?.label ?? v ?? '';

  return (
    <DatesProvider settings={{ locale: lang === 'vi' ? 'vi' : 'en', firstDayOfWeek: 1 }}>
      <Stack gap="md">
        {showRestored && restored && (
          <Alert color="blue" variant="light" role="status" withCloseButton onClose={() => setShowRestored(false)} data-testid="draft-restored">
            <Group justify="space-between" gap="xs">
              <Text size="sm">{t('form.draftRestored', { when: formatDateTime(restored.savedAt) })}</Text>
              <Button size="xs" variant="white" onClick={discardDraft}>
                {t('form.discardDraft')}
              </Button>
            </Group>
          </Alert>
        )}

        <FailureAlert failure={failure} unmatched={unmatched} onReloadLatest={onReloadLatest} />

        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (active < STEPS.length - 1) next();
            else void save();
          }}
        >
          <Stepper
            active={active}
            onStepClick={setActive}
            allowNextStepsSelect={false}
            orientation={narrow ? 'vertical' : 'horizontal'}
            size="sm"
          >
            <Stepper.Step label={t(STEPS[0])} color={stepHasError(0) ? 'red' : undefined}>
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
                <SimilarTitles program={values.programCode} title={values.title} excludeId={props.excludeId} />
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
            </Stepper.Step>
            <Stepper.Step label={t(STEPS[1])} color={stepHasError(1) ? 'red' : undefined}>
              <Stack gap="sm" mt="md">
<Textarea
                  label={t('form.summary')}
                  description={t('form.summaryHint')}
                  autosize
                  minRows={3}
                  maxRows={12}
                  maxLength={20000}
                  {...form.getInputProps('summary')}
                />
                {CONTENT_TEXTS.map((name) =>
                  name === 'confidentialParts' && confidentialHidden ? (
                    <ConfidentialHiddenNote key={name} />
                  ) : (
                    <Textarea
                      key={name}
                      label={t(`form.${name}`)}
                      description={name === 'solution' ? t('form.solutionHint') : name === 'confidentialParts' ? t('form.confidentialHint') : undefined}
                      autosize
                      minRows={name === 'solution' ? 5 : 2}
                      maxRows={16}
                      maxLength={20000}
                      {...form.getInputProps(name)}
                    />
                  ),
                )}
                <NumberInput
                  label={t('form.estimatedValueVnd')}
                  min={0}
                  allowNegative={false}
                  allowDecimal={false}
                  thousandSeparator={lang === 'vi' ? '.' : ','}
                  decimalSeparator={lang === 'vi' ? ',' : '.'}
                  hideControls
                  w={{ base: '100%', sm: 320 }}
                  {...form.getInputProps('estimatedValueVnd')}
                />
              </Stack>
            </Stepper.Step>
            <Stepper.Step label={t(STEPS[2])} color={stepHasError(2) ? 'red' : undefined}>
              <div style={{ marginTop: 'var(--mantine-spacing-md)' }}>
                <AuthorsFieldset form={form} />
                <HelpersFieldset form={form} />
              </div>
            </Stepper.Step>
            <Stepper.Step label={t(STEPS[3])}>
              <Review values={values} programs={programs} units={units} label={label} confidentialHidden={confidentialHidden} />
            </Stepper.Step>
          </Stepper>

          <Group justify="space-between" mt="lg">
            <Group gap="xs">
              <Button variant="default" onClick={onCancel}>
                {t('form.cancel')}
              </Button>
              {keptAt && (
                <Text size="xs" c="dimmed" role="status" data-testid="draft-kept">
                  {t('form.draftSavedLocally', { when: formatDateTime(keptAt) })}
                </Text>
              )}
            </Group>
            <Group gap="xs">
              {active > 0 && (
                <Button variant="default" onClick={() => setActive((s) => s - 1)}>
                  {t('form.previous')}
                </Button>
              )}
              {active < STEPS.length - 1 ? (
                <Button type="submit">{t('form.next')}</Button>
              ) : (
                <Button type="submit" loading={saving} data-testid="save-dossier">
                  {props.submitLabel ?? t('form.save')}
                </Button>
              )}
            </Group>
          </Group>
        </form>
      </Stack>
    </DatesProvider>
  );
}

function FailureAlert({ failure, unmatched, onReloadLatest }: { failure: Error | null; unmatched: string[]; onReloadLatest?: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!failure) return null;
  if (failure instanceof ApiError && failure.isStale) {
    return (
      <Alert color="orange" title={problemTitle(failure.problem, lang)} role="alert" data-testid="stale-alert">
        <Stack gap="xs">
          <Text size="sm">{problemDetail(failure.problem, lang)}</Text>
          <Text size="sm">{t('form.stale')}</Text>
          {onReloadLatest && (
            <Group>
              <Button size="xs" color="orange" onClick={onReloadLatest}>
                {t('form.reloadLatest')}
              </Button>
            </Group>
          )}
        </Stack>
      </Alert>
    );
  }
  if (failure instanceof ApiError && failure.isNetwork) {
    return (
      <Alert color="yellow" title={problemTitle(failure.problem, lang)} role="alert" data-testid="offline-alert">
        {t('form.offline')}
      </Alert>
    );
  }
  const title = failure instanceof ApiError ? problemTitle(failure.problem, lang) : t('problem.generic');
  const detail = failure instanceof ApiError ? problemDetail(failure.problem, lang) : failure.message;
  return (
    <Alert color="red" title={title} role="alert" data-testid="problem-alert">
      <Stack gap={4}>
        <Text size="sm">{detail}</Text>
        <Text size="sm">{t('form.fixErrors')}</Text>
        {unmatched.length > 0 && (
          <List size="sm">
            {unmatched.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Alert>
  );
}

/** In place of the confidential parts the user may not read: says they are hidden and kept. */
export function ConfidentialHiddenNote() {
  const { t } = useTranslation();
  return (
    <div role="note" aria-labelledby="confidential-hidden-label" data-testid="confidential-hidden">
      <Text id="confidential-hidden-label" size="sm" fw={500}>
        {t('form.confidentialParts')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('form.confidentialHidden')}
      </Text>
    </div>
  );
}

interface ReviewProps {
  values: DossierValues;
  programs: Option[];
  units: Option[];
  label: (o: Option[], v: string | null) => string;
  confidentialHidden?: boolean;
}

function Review({ values, programs, units, label, confidentialHidden }: ReviewProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const sum = checkContributions(values.authors.map((a) => a.contributionPercent));
  const rows: Array<[string, string]> = [
    [t('form.program'), label(programs, values.programCode)],
    [t('form.unit'), label(units, values.unitCode)],
    [t('form.addressee'), values.addressee],
    [t('form.title'), values.title],
    [t('form.solutionType'), values.solutionType ? t(`solutionTypes.${values.solutionType}`) : ''],
    [t('form.field'), values.field ? t(`fields.${values.field}`) : ''],
    [t('form.firstAppliedOn'), formatDate(values.firstAppliedOn)],
    [t('form.filedOn'), formatDate(values.filedOn)],
    [t('form.funder'), values.funder],
    [t('form.estimatedValueVnd'), values.estimatedValueVnd === '' ? '' : formatNumber(Number(values.estimatedValueVnd), lang)],
  ];
  return (
    <Stack gap="sm" mt="md">
      <Text size="sm">{t('form.reviewIntro')}</Text>
      <Paper withBorder>
        <Table>
          <Table.Tbody>
            {rows.map(([k, v]) => (
              <Table.Tr key={k}>
                <Table.Th scope="row" w="35%">
                  {k}
                </Table.Th>
                <Table.Td>{v || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {(['summary', ...CONTENT_TEXTS] as const)
        .filter((name) => values[name].trim() !== '' && !(confidentialHidden && name === 'confidentialParts'))
        .map((name) => (
          <Paper withBorder p="sm" key={name}>
            <Text fw={600} size="sm">
              {t(`form.${name}`)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {values[name]}
            </Text>
          </Paper>
        ))}
      <Paper withBorder>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('form.fullName')}</Table.Th>
              <Table.Th>{t('form.workplace')}</Table.Th>
              <Table.Th className="num">{t('form.contribution')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {values.authors.map((a) => (
              <Table.Tr key={a.key}>
                <Table.Td>{a.fullName}</Table.Td>
                <Table.Td>{a.workplace}</Table.Td>
                <Table.Td className="num">{formatNumber(Number(String(a.contributionPercent).replace(',', '.')) || 0, lang)} %</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={2}>{t('reports.total')}</Table.Th>
              <Table.Th className="num" c={sum.state === 'ok' ? undefined : 'red.9'}>
                {formatNumber(sum.total, lang)} %
              </Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Paper>
    </Stack>
  );
}
