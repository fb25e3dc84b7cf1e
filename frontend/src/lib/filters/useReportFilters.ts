// The filter block of the screens that show figures for a period and a unit (reports, the printed progress report,
// emulation): both are kept in the address, so a link or a reload shows the same thing.
import { useSearchParams } from 'react-router';
import { toIsoDate } from '@/lib/format';
import { homeUnit, type Me } from '@/lib/me/me';
import { currentPeriod, sortPeriods, usePeriods } from '@/lib/programs/programs';
import { useUnitOptions, withOption } from '@/lib/units/units';

export interface ReportFilterOptions<R extends string | undefined> {
  /** The unit when the address names none and the caller has no unit of their own (national scope). */
  fallbackUnit?: R;
  /** Whether the screen offers a choice of unit (else the units are not loaded). */
  unitChoices?: boolean;
}

/**
 * The period (the address's, else the one holding today, else the first) and the unit (the address's, else the
 * caller's own), the periods and unit choices to pick from, and `set` to change one in the address.
 */
export function useReportFilters<R extends string | undefined = undefined>(
  program: string,
  me: Me,
  { fallbackUnit, unitChoices = true }: ReportFilterOptions<R> = {},
) {
  const [params, setParams] = useSearchParams();
  const periodsQuery = usePeriods(program);
  const periods = sortPeriods(periodsQuery.data ?? []);
  const units = useUnitOptions(me, unitChoices);
  const period = params.get('period') ?? currentPeriod(periods, toIsoDate(new Date()))?.code ?? periods[0]?.code;
  const root = (params.get('unit') ?? homeUnit(me) ?? fallbackUnit) as string | R;
  const loadedUnits = units.data ?? [];
  // Replacing the history entry: changing a filter is not a page the back button should step through.
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return {
    params,
    periodsQuery,
    periods,
    period,
    selected: periods.find((p) => p.code === period),
    root,
    loadedUnits,
    unitOptions: withOption(loadedUnits, root),
    set,
  };
}
