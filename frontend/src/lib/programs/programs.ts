import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Period } from '@/lib/api/types';

export function usePrograms() {
  return useQuery({
    queryKey: ['programs'],
    queryFn: () => unwrap(api.GET('/api/v1/programs')),
    staleTime: 10 * 60_000,
  });
}

export function usePeriods(program: string) {
  return useQuery({
    queryKey: ['programs', program, 'periods'],
    queryFn: () => unwrap(api.GET('/api/v1/programs/{code}/periods', { params: { path: { code: program } } })),
    staleTime: 10 * 60_000,
  });
}

const KIND_ORDER = { PROGRAM: 0, PHASE: 1, YEAR: 2, QUARTER: 3 } as const;

/** Periods in reading order: the whole programme first, then phases/years/quarters by start date. */
export function sortPeriods(periods: Period[]): Period[] {
  return [...periods].sort((a, b) => {
    const ka = KIND_ORDER[a.kind ?? 'QUARTER'];
    const kb = KIND_ORDER[b.kind ?? 'QUARTER'];
    if (ka !== kb) return ka - kb;
    return (a.startsOn ?? '').localeCompare(b.startsOn ?? '');
  });
}

/**
 * The period the dashboard opens on: the phase (or year, or quarter) whose window holds today;
 * when the programme is not running today, the whole programme.
 */
export function currentPeriod(periods: Period[], today: string): Period | undefined {
  const holding = periods.filter((p) => p.startsOn && p.endsOn && p.startsOn <= today && today <= p.endsOn && p.kind !== 'PROGRAM');
  if (holding.length > 0) {
    // The widest of the sub-periods: a phase before a year before a quarter.
    return sortPeriods(holding)[0];
  }
  return periods.find((p) => p.kind === 'PROGRAM') ?? sortPeriods(periods)[0];
}

export type SubPeriodKind = 'PHASE' | 'YEAR' | 'QUARTER';
const SUB_KINDS: SubPeriodKind[] = ['PHASE', 'YEAR', 'QUARTER'];

/** The kinds of sub-period the programme has (phases, years, quarters), widest first. */
export function subPeriodKinds(periods: Period[]): SubPeriodKind[] {
  return SUB_KINDS.filter((k) => periods.some((p) => p.kind === k));
}

/**
 * The period to show when the user switches to another kind: the one of that kind whose window holds today, else the
 * one holding the start of what was shown (the year a phase begins in, the first quarter of a year), else the first.
 */
export function periodOfKind(periods: Period[], kind: SubPeriodKind, shown: Period | undefined, today: string): Period | undefined {
  const ofKind = sortPeriods(periods.filter((p) => p.kind === kind));
  const holds = (day?: string) => (p: Period) => Boolean(day && p.startsOn && p.endsOn && p.startsOn <= day && day <= p.endsOn);
  return ofKind.find(holds(today)) ?? ofKind.find(holds(shown?.startsOn)) ?? ofKind[0];
}
