import { useQuery } from '@tanstack/react-query';
import { abilities, homeUnit, type Me } from '@/lib/me/me';
import { api, unwrap } from '@/lib/api/client';

export interface UnitOption {
  value: string;
  label: string;
}

/** The units a user may file for or filter by: their subtree, or just their own unit for a member. */
export function useUnitOptions(me: Me, enabled = true) {
  const browse = abilities(me).browseUnits;
  const within = homeUnit(me);
  return useQuery({
    queryKey: ['units', 'options', within ?? '*', browse],
    staleTime: 10 * 60_000,
    enabled,
    queryFn: async (): Promise<UnitOption[]> => {
      if (!browse) return me.unit ? [{ value: me.unit.code, label: me.unit.name }] : [];
      const page = await unwrap(api.GET('/api/v1/units', { params: { query: { within, size: 200 } } }));
      return (page.items ?? []).map((u) => ({ value: u.code ?? '', label: u.name ?? u.code ?? '' })).filter((o) => o.value);
    },
  });
}

/**
 * The options with `value` first when they do not hold it: a unit named by the address, or beyond the first page of
 * units, still shows as chosen (by its code when no name is known).
 */
export function withOption(options: UnitOption[], value: string | undefined, label = value): UnitOption[] {
  if (!value || options.some((o) => o.value === value)) return options;
  return [{ value, label: label ?? value }, ...options];
}
