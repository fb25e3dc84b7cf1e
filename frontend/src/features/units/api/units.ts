// The units screen's data: a node's children (closed ones included, with what a change needs: version, sector,
// validity), the counts below it (the tree two levels deep, the progress report one level deep), a search, and the
// writes. Every write reloads what the app knows of units (the tree, the unit pickers of other screens).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Unit, UnitCreate, UnitImportResult, UnitUpdate } from '@/lib/api/types';
import { config } from '@/lib/config';
import { saveDownload } from '@/lib/download';
import { importContentType, XLSX_TYPE } from '@/lib/imports/imports';
import { progressQuery } from '@/lib/progress/api';
import { childCounts, dossierCounts } from '../logic/units';

const PAGE = 200;

export const unitKeys = {
  all: ['units'] as const,
  one: (code: string) => ['units', 'one', code] as const,
  children: (code: string) => ['units', 'children', code] as const,
  counts: (code: string) => ['units', 'tree', code, 2] as const,
  search: (q: string, within: string | undefined, activeOn: string | undefined) => ['units', 'search', q, within ?? '*', activeOn ?? null] as const,
  parents: (q: string, within: string | undefined, activeOn: string) => ['units', 'parents', q, within ?? '*', activeOn] as const,
};

export async function fetchUnit(code: string): Promise<Unit> {
  return unwrap(api.GET('/api/v1/units/{code}', { params: { path: { code } } }));
}

/** The top of the screen: the user's own unit, or the top of the whole tree for a national role without one. */
export function useRootUnit(code: string | undefined) {
  return useQuery({
    queryKey: code ? unitKeys.one(code) : ['units', 'top'],
    queryFn: async (): Promise<Unit> => {
      if (code) return fetchUnit(code);
      const page = await unwrap(api.GET('/api/v1/units', { params: { query: { sort: 'depth', size: 1 } } }));
      const top = page.items?.[0];
      if (!top) throw new Error('no unit');
      return top;
    },
  });
}

/** All the units directly below one, closed ones too (the screen filters them), in name order. */
export function useChildren(code: string, enabled = true) {
  return useQuery({
    queryKey: unitKeys.children(code),
    enabled,
    queryFn: async (): Promise<Unit[]> => {
      const units: Unit[] = [];
      for (let page = 0; ; page++) {
        const result = await unwrap(api.GET('/api/v1/units', { params: { query: { parent: code, size: PAGE, page } } }));
        units.push(...(result.items ?? []));
        if (page + 1 >= (result.totalPages ?? 0)) return units;
      }
    },
  });
}

/** How many units in force lie directly below this unit and below each of its children: one tree read, two levels. */
export function useChildCounts(code: string, enabled = true) {
  return useQuery({
    queryKey: unitKeys.counts(code),
    enabled,
    queryFn: async () => childCounts(await unwrap(api.GET('/api/v1/units/{code}/tree', { params: { path: { code }, query: { depth: 2 } } }))),
  });
}

/** Valid and in-progress initiatives of the unit and of each child's subtree (the whole programme); none when refused. */
export function useDossierCounts(code: string, enabled = true) {
  const query = progressQuery({ program: config.defaultProgram, root: code, depth: 1 });
  return useQuery({
    queryKey: query.queryKey,
    queryFn: query.queryFn,
    enabled,
    select: (report) => dossierCounts(report.rows),
  });
}

export interface UnitSearch {
  items: Unit[];
  total: number;
}

/** Units within the subtree whose name or code holds the words, with or without diacritics. */
export function useUnitSearch(q: string, within: string | undefined, activeOn: string | undefined) {
  return useQuery({
    queryKey: unitKeys.search(q, within, activeOn),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    queryFn: async (): Promise<UnitSearch> => {
      const page = await unwrap(api.GET('/api/v1/units', { params: { query: { q, within, activeOn, size: 50 } } }));
      return { items: page.items ?? [], total: page.totalItems ?? page.items?.length ?? 0 };
    },
  });
}

/** Units in force a unit may be moved under, found as the user types. */
export function useParentChoices(q: string, within: string | undefined, activeOn: string, enabled: boolean) {
  return useQuery({
    queryKey: unitKeys.parents(q, within, activeOn),
    enabled,
    placeholderData: keepPreviousData,
    queryFn: async () => (await unwrap(api.GET('/api/v1/units', { params: { query: { q: q || undefined, within, activeOn, size: 20 } } }))).items ?? [],
  });
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UnitCreate) => unwrap(api.POST('/api/v1/units', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: unitKeys.all }),
  });
}

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: UnitUpdate }) =>
      unwrap(api.PUT('/api/v1/units/{code}', { params: { path: { code } }, body })),
    onSuccess: (unit) => {
      if (unit.code) queryClient.setQueryData(unitKeys.one(unit.code), unit);
      void queryClient.invalidateQueries({ queryKey: unitKeys.all });
      // A move changes whose totals an initiative counts in.
      void queryClient.invalidateQueries({ queryKey: ['progress'] });
    },
  });
}

/** Someone else changed the unit: what the app knows of units is read again, and the unit's latest version returned. */
export function useReloadUnit() {
  const queryClient = useQueryClient();
  return async (code: string): Promise<Unit> => {
    void queryClient.invalidateQueries({ queryKey: unitKeys.all });
    return queryClient.fetchQuery({ queryKey: unitKeys.one(code), queryFn: () => fetchUnit(code), staleTime: 0 });
  };
}

/** A unit's initiative support team (tổ hỗ trợ sáng kiến): who files its dossiers for members, besides officers. */
export function useSupportTeam(code: string) {
  return useQuery({
    queryKey: ['units', 'support-team', code],
    queryFn: () => unwrap(api.GET('/api/v1/units/{code}/support-team', { params: { path: { code } } })),
  });
}

export function useSupportTeamWrites(code: string) {
  const queryClient = useQueryClient();
  const onSuccess = () => void queryClient.invalidateQueries({ queryKey: ['units', 'support-team', code] });
  const replace = useMutation({
    mutationFn: (members: { username: string; fullName: string }[]) =>
      unwrap(api.PUT('/api/v1/units/{code}/support-team', { params: { path: { code } }, body: { members } })),
    onSuccess,
  });
  const remove = useMutation({
    mutationFn: (username: string) =>
      unwrap(api.DELETE('/api/v1/units/{code}/support-team/{username}', { params: { path: { code, username } } })),
    onSuccess,
  });
  return { replace, remove };
}

/**
 * A list of grassroots unions sent as the body (CSV or XLSX by its name): a dry run, or the creation of its right rows
 * (rows already there as written are skipped; the others are reported, never imported).
 */
export async function sendUnitImport({ file, dryRun }: { file: File; dryRun: boolean }): Promise<UnitImportResult> {
  return unwrap(
    api.POST('/api/v1/imports/units', {
      params: { query: { mode: 'VALID_ROWS', dryRun } },
      // The file itself, not JSON: the generated type says string (CSV) or binary (XLSX).
      body: file as unknown as string,
      bodySerializer: (b: unknown) => b as BodyInit,
      headers: { 'Content-Type': importContentType(file) },
    }),
  );
}

/** The import; once units are created, what the app knows of units (the tree, its counts, the pickers) is read again. */
export function useUnitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendUnitImport,
    onSuccess: (result) => {
      if (!result.dryRun && (result.created ?? 0) > 0) void queryClient.invalidateQueries({ queryKey: unitKeys.all });
    },
  });
}

export function downloadUnitTemplate(format: 'xlsx' | 'csv'): Promise<string> {
  return saveDownload(
    api.GET('/api/v1/imports/units/template', {
      params: { query: { format } },
      headers: { Accept: format === 'xlsx' ? XLSX_TYPE : 'text/csv' },
      parseAs: 'blob',
    }),
    `mau-nhap-don-vi.${format}`,
  );
}
