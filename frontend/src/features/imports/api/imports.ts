// The import screen's data: the dry run and the import itself (the file is the body), the template, the past imports
// and the dossiers each created. An import reloads what the app knows of initiatives and progress.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ImportResult } from '@/lib/api/types';
import { saveDownload } from '@/lib/download';
import { importContentType, XLSX_TYPE } from '@/lib/imports/imports';

export const importKeys = {
  batches: (page: number) => ['imports', 'batches', page] as const,
  batchRows: (id: number, page: number) => ['imports', 'batches', id, 'initiatives', page] as const,
};

export interface ImportRequest {
  program: string;
  file: File;
  dryRun: boolean;
}

/** Sends the file as the body (CSV or XLSX by its name) for a dry run or the import of its right rows. */
export async function sendImport({ program, file, dryRun }: ImportRequest): Promise<ImportResult> {
  return unwrap(
    api.POST('/api/v1/imports/initiatives', {
      params: { query: { program, mode: 'VALID_ROWS', dryRun, fileName: file.name } },
      // The file itself, not JSON: the generated type says string (CSV) or binary (XLSX).
      body: file as unknown as string,
      bodySerializer: (b: unknown) => b as BodyInit,
      headers: { 'Content-Type': importContentType(file) },
    }),
  );
}

export function useImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendImport,
    onSuccess: (result) => {
      if (!result.dryRun) {
        void queryClient.invalidateQueries({ queryKey: ['imports'] });
        void queryClient.invalidateQueries({ queryKey: ['initiatives'] });
        void queryClient.invalidateQueries({ queryKey: ['progress'] });
      }
    },
  });
}

export function downloadTemplate(format: 'xlsx' | 'csv'): Promise<string> {
  return saveDownload(
    api.GET('/api/v1/imports/initiatives/template', {
      params: { query: { format } },
      headers: { Accept: format === 'xlsx' ? XLSX_TYPE : 'text/csv' },
      parseAs: 'blob',
    }),
    `mau-nhap-sang-kien.${format}`,
  );
}

export const HISTORY_PAGE = 10;

export function useBatches(page: number) {
  return useQuery({
    queryKey: importKeys.batches(page),
    queryFn: () => unwrap(api.GET('/api/v1/imports/initiatives/batches', { params: { query: { page, size: HISTORY_PAGE } } })),
    placeholderData: keepPreviousData,
  });
}

export function useBatchInitiatives(id: number, page: number) {
  return useQuery({
    queryKey: importKeys.batchRows(id, page),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/imports/initiatives/batches/{id}/initiatives', {
          params: { path: { id }, query: { page, size: HISTORY_PAGE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
