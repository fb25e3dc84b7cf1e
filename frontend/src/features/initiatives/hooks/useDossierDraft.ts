// The dossier being typed, kept on this device (drafts store, localStorage) until the server has it: restored when the
// form opens again, kept a moment after the last keystroke and at once when the page is left, dropped on request.
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useCallback, useEffect, useRef, useState } from 'react';
import { drafts, type Draft } from '@/lib/storage/drafts';
import { normaliseDossier, type DossierValues } from '../logic/dossier';

/** How long after the last change the draft is written. */
export const DRAFT_SAVE_DELAY_MS = 400;

export interface DossierDraft {
  /** The form, opened on the restored draft when there is one, else on the initial values. */
  form: UseFormReturnType<DossierValues>;
  /** The form's values as they stand. */
  values: DossierValues;
  /** The server version the work started from: a restored draft keeps its own, so a newer server version still answers 409. */
  baseVersion: number | undefined;
  /** The draft found on the device when the form opened, until dismissed or discarded. */
  restored: Draft<DossierValues> | null;
  dismissRestored: () => void;
  /** When the draft was last kept on the device (ISO instant), null when there is none. */
  keptAt: string | null;
  /** Writes the draft now (before sending it to the server). */
  keepNow: () => void;
  /** Drops the draft (the server has it). */
  clear: () => void;
  /** Drops the draft and goes back to the initial values and version. */
  discard: () => void;
}

export function useDossierDraft({ draftKey, initialValues, baseVersion: initialBaseVersion }: {
  draftKey: string;
  initialValues: DossierValues;
  baseVersion?: number;
}): DossierDraft {
  const [found] = useState<Draft<DossierValues> | null>(() => drafts.load<DossierValues>(draftKey));
  const [baseVersion, setBaseVersion] = useState(found?.baseVersion ?? initialBaseVersion);
  const form = useForm<DossierValues>({
    mode: 'controlled',
    initialValues: found ? normaliseDossier(found.value, initialValues) : initialValues,
  });
  const [keptAt, setKeptAt] = useState<string | null>(found?.savedAt ?? null);
  const [showRestored, setShowRestored] = useState(Boolean(found));
  // Nothing is written until the values differ from what the form opened on.
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
    }, DRAFT_SAVE_DELAY_MS);
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

  const keepNow = useCallback(() => {
    drafts.save(draftKey, form.getValues(), baseVersion);
  }, [draftKey, form, baseVersion]);

  const clear = useCallback(() => drafts.remove(draftKey), [draftKey]);

  const discard = () => {
    drafts.remove(draftKey);
    dirty.current = false;
    baseline.current = JSON.stringify(initialValues);
    form.setValues(initialValues);
    setBaseVersion(initialBaseVersion);
    form.clearErrors();
    setShowRestored(false);
    setKeptAt(null);
  };

  return {
    form,
    values,
    baseVersion,
    restored: showRestored ? found : null,
    dismissRestored: () => setShowRestored(false),
    keptAt,
    keepNow,
    clear,
    discard,
  };
}
