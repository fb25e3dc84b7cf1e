import { useCurrentUser } from '@/lib/me/MeContext';
import { usePeriods, usePrograms } from '@/lib/programs/programs';
import { useUnitOptions } from '@/lib/units/units';

/** Programmes, units and the programme window the dossier form offers. */
export function useFormOptions(programCode: string) {
  const me = useCurrentUser();
  const programs = usePrograms();
  const units = useUnitOptions(me);
  const periods = usePeriods(programCode);
  return {
    me,
    loading: programs.isPending || units.isPending,
    error: programs.error ?? units.error,
    programs: (programs.data ?? []).map((p) => ({ value: p.code ?? '', label: p.name ?? p.code ?? '' })),
    units: units.data ?? [],
    unitLocked: (units.data ?? []).length <= 1,
    programWindow: (periods.data ?? []).find((p) => p.kind === 'PROGRAM'),
  };
}
