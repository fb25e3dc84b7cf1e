import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Initiative, InitiativeField, InitiativeStatus, InitiativeWrite, SolutionType } from '@/lib/api/types';

export interface InitiativeFilters {
  q?: string;
  unit?: string;
  program?: string;
  period?: string;
  status?: InitiativeStatus[];
  field?: InitiativeField;
  solutionType?: SolutionType;
  /** Only dossiers with an author linked to the caller's account (filed for me). */
  linkedToMe?: boolean;
  page: number;
  size: number;
  sort?: string;
}

export function useInitiatives(filters: InitiativeFilters) {
  return useQuery({
    queryKey: ['initiatives', 'list', filters],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/initiatives', {
          params: {
            query: {
              q: filters.q || undefined,
              unit: filters.unit || undefined,
              program: filters.program || undefined,
              period: filters.period || undefined,
              status: filters.status && filters.status.length > 0 ? filters.status : undefined,
              field: filters.field,
              solutionType: filters.solutionType,
              linkedToMe: filters.linkedToMe || undefined,
              page: filters.page,
              size: filters.size,
              sort: filters.sort || undefined,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useInitiative(id: number) {
  return useQuery({
    queryKey: ['initiatives', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/initiatives/{id}', { params: { path: { id } } })),
    enabled: Number.isFinite(id),
  });
}

export function useSaveInitiative(id?: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: InitiativeWrite): Promise<Initiative> => {
      if (id === undefined) {
        // 201 with the created dossier as body (openapi.yaml does not declare it yet).
        return (await unwrap(api.POST('/api/v1/initiatives', { body }))) as unknown as Initiative;
      }
      return unwrap(api.PUT('/api/v1/initiatives/{id}', { params: { path: { id } }, body }));
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ['initiatives', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['progress'] });
      if (saved?.id !== undefined) queryClient.setQueryData(['initiatives', 'one', saved.id], saved);
    },
  });
}

export function useDeleteInitiative() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      unwrap(api.DELETE('/api/v1/initiatives/{id}', { params: { path: { id }, query: { version } } })),
    onSuccess: (_d, { id }) => {
      queryClient.removeQueries({ queryKey: ['initiatives', 'one', id] });
      void queryClient.invalidateQueries({ queryKey: ['initiatives', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['progress'] });
    },
  });
}
