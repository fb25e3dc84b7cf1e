import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export interface ProgressParams {
  program: string;
  period?: string;
  root?: string;
  depth?: number;
}

export function progressQuery({ program, period, root, depth = 1 }: ProgressParams) {
  return {
    queryKey: ['progress', program, period ?? null, root ?? null, depth],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/programs/{code}/progress', {
          params: { path: { code: program }, query: { period, root, depth } },
        }),
      ),
  };
}

export function useProgress(params: ProgressParams, enabled = true) {
  return useQuery({ ...progressQuery(params), enabled, placeholderData: keepPreviousData });
}

/** Grassroots participation and the make-up of the initiatives of a unit's subtree in a period. */
export function useBreakdown({ program, period, root }: Omit<ProgressParams, 'depth'>, enabled = true) {
  return useQuery({
    queryKey: ['progress-breakdown', program, period ?? null, root ?? null],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/programs/{code}/progress/breakdown', {
          params: { path: { code: program }, query: { period, root } },
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}
