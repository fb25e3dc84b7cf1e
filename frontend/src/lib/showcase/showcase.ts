// The public showcase of recognised initiatives: reads need no sign-in; the "helped us too" mark needs one.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { InitiativeField, ShowcaseHelped } from '@/lib/api/types';

export interface ShowcaseFilters {
  q: string;
  field?: InitiativeField;
  page: number;
}

export const SHOWCASE_PAGE_SIZE = 12;

export function useShowcase(filters: ShowcaseFilters) {
  return useQuery({
    queryKey: ['showcase', 'list', filters],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/showcase', {
          params: { query: { q: filters.q.trim() || undefined, field: filters.field, page: filters.page, size: SHOWCASE_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useShowcaseInitiative(id: number) {
  return useQuery({
    queryKey: ['showcase', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/showcase/{id}', { params: { path: { id } } })),
    enabled: Number.isFinite(id),
  });
}

/** The count and the caller's own mark: signed-in callers only. */
export function useShowcaseHelped(id: number, signedIn: boolean) {
  return useQuery({
    queryKey: ['showcase', 'helped', id],
    queryFn: () => unwrap(api.GET('/api/v1/showcase/{id}/helped', { params: { path: { id } } })),
    enabled: signedIn && Number.isFinite(id),
  });
}

export function useToggleHelped(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (helped: boolean): Promise<ShowcaseHelped> =>
      unwrap(
        helped
          ? api.POST('/api/v1/showcase/{id}/helped', { params: { path: { id } }, body: {} })
          : api.DELETE('/api/v1/showcase/{id}/helped', { params: { path: { id } } }),
      ),
    onSuccess: (answer) => queryClient.setQueryData(['showcase', 'helped', id], answer),
  });
}
