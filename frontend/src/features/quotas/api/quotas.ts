import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { QuotaAllocation } from '@/lib/api/types';

export function useQuotaTable(program: string, unit?: string) {
  return useQuery({
    queryKey: ['quotas', program, unit ?? null],
    queryFn: () => unwrap(api.GET('/api/v1/programs/{code}/quotas', { params: { path: { code: program }, query: { unit } } })),
  });
}

/** The quota tables of several units (each the unit and its children), by unit code; the same cache as useQuotaTable. */
export function useQuotaTables(program: string, units: string[]) {
  return useQueries({
    queries: units.map((unit) => ({
      queryKey: ['quotas', program, unit],
      queryFn: () => unwrap(api.GET('/api/v1/programs/{code}/quotas', { params: { path: { code: program }, query: { unit } } })),
    })),
    combine: (results) => Object.fromEntries(units.map((unit, n) => [unit, results[n]])),
  });
}

export function useAllocate(program: string, unit?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ parent, body }: { parent: string; body: QuotaAllocation }) =>
      unwrap(
        api.PUT('/api/v1/programs/{code}/quotas/{unitCode}/allocation', {
          params: { path: { code: program, unitCode: parent } },
          body,
        }),
      ),
    onSuccess: (table) => {
      queryClient.setQueryData(['quotas', program, unit ?? null], table);
      void queryClient.invalidateQueries({ queryKey: ['quotas', program] });
      void queryClient.invalidateQueries({ queryKey: ['progress'] });
    },
  });
}

export function useUnit(code?: string, enabled = true) {
  return useQuery({
    queryKey: ['units', 'one', code],
    queryFn: () => unwrap(api.GET('/api/v1/units/{code}', { params: { path: { code: code! } } })),
    enabled: Boolean(code) && enabled,
    staleTime: 10 * 60_000,
  });
}
