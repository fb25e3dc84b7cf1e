// The council's work: an evaluator's queue and score sheets (on a rubric), assigning evaluators, the result.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

type S = components['schemas'];
export type ReviewTask = S['ReviewTask'];
export type EvaluationResult = S['EvaluationResult'];
export type ScoreSheet = S['ScoreSheet'];
export type Council = S['Council'];

export function useReviewQueue(enabled = true) {
  return useQuery({
    queryKey: ['review', 'mine'],
    queryFn: () => unwrap(api.GET('/api/v1/evaluations/mine')),
    enabled,
  });
}

export function useRubrics(enabled = true) {
  return useQuery({
    queryKey: ['rubrics'],
    queryFn: () => unwrap(api.GET('/api/v1/rubrics')),
    staleTime: 10 * 60_000,
    enabled,
  });
}

export function useRubric(code: string | undefined) {
  return useQuery({
    queryKey: ['rubrics', code],
    queryFn: () => unwrap(api.GET('/api/v1/rubrics/{code}', { params: { path: { code: code ?? '' } } })),
    enabled: Boolean(code),
    staleTime: 10 * 60_000,
  });
}

/** The result and sheets: an officer sees every sheet, an evaluator only their own. */
export function useEvaluation(id: number, enabled = true) {
  return useQuery({
    queryKey: ['initiatives', 'one', id, 'evaluations'],
    queryFn: () => unwrap(api.GET('/api/v1/initiatives/{id}/evaluations', { params: { path: { id } } })),
    enabled: enabled && Number.isFinite(id),
  });
}

/** A unit's council; null when the unit has none or the user may not read it. */
export function useCouncil(unitCode: string | undefined) {
  return useQuery({
    queryKey: ['councils', unitCode],
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/v1/councils/{unitCode}', { params: { path: { unitCode: unitCode ?? '' } } }));
      } catch {
        return null;
      }
    },
    enabled: Boolean(unitCode),
    staleTime: 5 * 60_000,
  });
}

export function useSaveScoreSheet(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: S['ScoreSheetWrite']) => unwrap(api.PUT('/api/v1/initiatives/{id}/evaluations/mine', { params: { path: { id } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['initiatives', 'one', id, 'evaluations'] });
      void queryClient.invalidateQueries({ queryKey: ['review', 'mine'] });
    },
  });
}

export function useAssignEvaluators(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: S['AssignmentRequest']) => unwrap(api.POST('/api/v1/initiatives/{id}/evaluations', { params: { path: { id } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['initiatives', 'one', id] });
      void queryClient.invalidateQueries({ queryKey: ['initiatives', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['progress'] });
    },
  });
}
