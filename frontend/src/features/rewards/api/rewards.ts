// The emulation screen's data: a ranking (the children of a unit, or an emulation cluster) for a period, the clusters,
// the rewards within the caller's reach, and the three writes (propose, decide, refuse). Every write reloads the list.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { saveDownload } from '@/lib/download';
import { XLSX_TYPE } from '@/lib/imports/imports';

type S = components['schemas'];
export type RankedUnit = S['RankedUnit'];
export type Reward = S['RewardView'];
export type RewardProposal = S['RewardProposal'];
export type RewardForm = RewardProposal['form'];
export type Cluster = S['Cluster'];

export const REWARD_FORMS: RewardForm[] = ['NATIONAL_CERTIFICATE', 'PROVINCIAL_CERTIFICATE', 'DISTRICT_CERTIFICATE'];

export const rewardKeys = {
  all: ['rewards'] as const,
  list: (program: string) => ['rewards', 'list', program] as const,
  ranking: (program: string, period: string | undefined, root: string, cluster: string | undefined) =>
    ['rewards', 'ranking', program, period ?? '*', root, cluster ?? '*'] as const,
  clusters: (program: string) => ['rewards', 'clusters', program] as const,
};

export function useRanking(program: string, period: string | undefined, root: string, cluster: string | undefined) {
  return useQuery({
    queryKey: rewardKeys.ranking(program, period, root, cluster),
    queryFn: () =>
      unwrap(api.GET('/api/v1/programs/{code}/rankings', { params: { path: { code: program }, query: { period, ...(cluster ? { cluster } : { root }) } } })),
  });
}

export function useClusters(program: string) {
  return useQuery({
    queryKey: rewardKeys.clusters(program),
    queryFn: () => unwrap(api.GET('/api/v1/programs/{code}/clusters', { params: { path: { code: program } } })),
    staleTime: 5 * 60_000,
  });
}

export type RewardStatus = NonNullable<Reward['status']>;

/** The rewards within reach, newest first; a status and a period narrow them (the printed lists). */
export function useRewards(program: string, status?: RewardStatus, period?: string) {
  return useQuery({
    queryKey: [...rewardKeys.list(program), status ?? '*', period ?? '*'],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/programs/{code}/rewards', { params: { path: { code: program }, query: { status, period } } }))).items ?? [],
  });
}

function useReloadingMutation<V>(mutationFn: (v: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => void queryClient.invalidateQueries({ queryKey: rewardKeys.all }) });
}

export function useProposeReward(program: string) {
  return useReloadingMutation((body: RewardProposal) => unwrap(api.POST('/api/v1/programs/{code}/rewards', { params: { path: { code: program } }, body })));
}

export function useDecideReward() {
  return useReloadingMutation(({ id, ...body }: { id: number; version: number; decisionNumber: string; decisionDate: string }) =>
    unwrap(api.POST('/api/v1/rewards/{id}/decide', { params: { path: { id } }, body })),
  );
}

export function useRejectReward() {
  return useReloadingMutation(({ id, ...body }: { id: number; version: number; reason: string }) =>
    unwrap(api.POST('/api/v1/rewards/{id}/reject', { params: { path: { id } }, body })),
  );
}

/** The list of proposals, or of decided rewards (a decision's annex), as the XLSX the server numbers and heads in Vietnamese. */
export function downloadRewards(program: string, status: 'PROPOSED' | 'DECIDED', period?: string): Promise<string> {
  const call = api.GET('/api/v1/programs/{code}/rewards', {
    headers: { Accept: XLSX_TYPE },
    parseAs: 'blob',
    params: { path: { code: program }, query: { status, ...(period ? { period } : {}), format: 'xlsx' } },
  });
  return saveDownload(call, `khen-thuong-${program}-${status.toLowerCase()}.xlsx`);
}

/** Creates an emulation cluster, or replaces one from the version read; the rankings are read again. */
export function useSaveCluster(program: string) {
  return useReloadingMutation(({ code, ...body }: { code: string; name: string; unitCodes: string[]; version?: number }) =>
    unwrap(api.PUT('/api/v1/programs/{code}/clusters/{clusterCode}', { params: { path: { code: program, clusterCode: code } }, body })),
  );
}
