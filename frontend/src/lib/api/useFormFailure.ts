// A form's refused submission: the server's field problems go next to the fields they name, the rest to a summary.
import { useState } from 'react';
import { useLang } from '@/lib/i18n';
import { ApiError, mapFieldErrors } from './problem';

export interface FormFailure {
  error: ApiError | Error;
  /** Problems of no field the form shows, as "field: message". */
  unmatched: string[];
  /** Whether some field got its problem. */
  marked: boolean;
}

/** `fail(e)` marks the form's fields (among `fields`) with the problem's errors and keeps the failure for an alert. */
export function useFormFailure(form: { setErrors: (e: Record<string, string>) => void }, fields: readonly string[]) {
  const lang = useLang();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const fail = (e: unknown) => {
    const error = e instanceof Error ? e : new Error(String(e));
    if (error instanceof ApiError) {
      const mapped = mapFieldErrors(error.fieldErrors, lang, (p) => fields.includes(p));
      form.setErrors(mapped.byField);
      setFailure({ error, unmatched: mapped.unmatched, marked: Object.keys(mapped.byField).length > 0 });
    } else {
      setFailure({ error, unmatched: [], marked: false });
    }
  };
  return { failure, fail, clear: () => setFailure(null) };
}
