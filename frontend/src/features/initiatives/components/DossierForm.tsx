import { Alert, Button, Group, Stack, Stepper, Text } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useMediaQuery } from '@mantine/hooks';
import 'dayjs/locale/vi';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, mapFieldErrors } from '@/lib/api/problem';
import type { Period } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { useDossierDraft } from '../hooks/useDossierDraft';
import { FORM_PATHS, stepOf, validateDossier, type DossierValues } from '../logic/dossier';
import { AuthorsStep } from './dossier/AuthorsStep';
import { ContentStep } from './dossier/ContentStep';
import { FailureAlert } from './dossier/FailureAlert';
import { GeneralStep } from './dossier/GeneralStep';
import { ReviewStep } from './dossier/ReviewStep';
import type { Option } from './dossier/types';


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

/** The guided dossier form: four steps, checks as you type, server problems at the fields, a draft kept on the device. */
export function DossierForm(props: Props) {
  const { programs, units, unitLocked, programWindow, onSave, onCancel, onReloadLatest, confidentialHidden } = props;
  const { t } = useTranslation();
  const lang = useLang();
  const narrow = useMediaQuery('(max-width: 48em)');
  const draft = useDossierDraft({ draftKey: props.draftKey, initialValues: props.initialValues, baseVersion: props.baseVersion });
  const { form, values, baseVersion } = draft;
  const [active, setActive] = useState(0);
  const [failure, setFailure] = useState<ApiError | Error | null>(null);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

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
    draft.keepNow();
    setSaving(true);
    try {
      await onSave(form.getValues(), baseVersion);
      draft.clear();
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

  return (
    <DatesProvider settings={{ locale: lang === 'vi' ? 'vi' : 'en', firstDayOfWeek: 1 }}>
      <Stack gap="md">
        {draft.restored && (
          <Alert color="blue" variant="light" role="status" withCloseButton onClose={draft.dismissRestored} data-testid="draft-restored">
            <Group justify="space-between" gap="xs">
              <Text size="sm">{t('form.draftRestored', { when: formatDateTime(draft.restored.savedAt) })}</Text>
              <Button size="xs" variant="white" onClick={draft.discard}>
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
              <GeneralStep form={form} programs={programs} units={units} unitLocked={unitLocked} programWindow={programWindow} excludeId={props.excludeId} />
            </Stepper.Step>
            <Stepper.Step label={t(STEPS[1])} color={stepHasError(1) ? 'red' : undefined}>
              <ContentStep form={form} confidentialHidden={confidentialHidden} />
            </Stepper.Step>
            <Stepper.Step label={t(STEPS[2])} color={stepHasError(2) ? 'red' : undefined}>
              <AuthorsStep form={form} />
            </Stepper.Step>
            <Stepper.Step label={t(STEPS[3])}>
              <ReviewStep values={values} programs={programs} units={units} confidentialHidden={confidentialHidden} />
            </Stepper.Step>
          </Stepper>

          <Group justify="space-between" mt="lg">
            <Group gap="xs">
              <Button variant="default" onClick={onCancel}>
                {t('form.cancel')}
              </Button>
              {draft.keptAt && (
                <Text size="xs" c="dimmed" role="status" data-testid="draft-kept">
                  {t('form.draftSavedLocally', { when: formatDateTime(draft.keptAt) })}
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
