import { api, unwrap } from '@/lib/api/client';
import { saveDownload } from '@/lib/download';
import type { components } from '@/lib/api/schema';
import { useQuery } from '@tanstack/react-query';

export type ReviewReport = components['schemas']['ReviewReport'];
export type ReviewKind = NonNullable<ReviewReport['kind']>;

export interface ReviewScope {
  program: string;
  period?: string;
  root?: string;
  asOf?: string;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The review's query: only the parameters given (an absent one takes the server's default). */
export function reviewQuery({ period, root, asOf }: ReviewScope, format?: 'json' | 'xlsx') {
  return {
    ...(period ? { period } : {}),
    ...(root ? { root } : {}),
    ...(asOf ? { asOf } : {}),
    ...(format ? { format } : {}),
  };
}

/** "Báo cáo sơ kết" for a phase, "Báo cáo tổng kết" for the whole programme; the server says which. */
export function reviewTitleKey(kind: ReviewKind | undefined) {
  return kind === 'FINAL' ? 'reports.review.finalTitle' : 'reports.review.interimTitle';
}

/** The name the file is saved under when the answer does not give one. */
export function reviewFileName(kind: ReviewKind | undefined, q: ReviewScope) {
  return `${[kind === 'FINAL' ? 'tong-ket' : 'so-ket', q.program, q.period, q.root, q.asOf].filter(Boolean).join('-')}.xlsx`;
}

/** The link from the Reports page to the review's print page. */
export function reviewLink({ period, root, asOf }: Omit<ReviewScope, 'program'>) {
  const q = new URLSearchParams({ ...(period ? { period } : {}), ...(root ? { unit: root } : {}), ...(asOf ? { asOf } : {}) });
  return `/reports/review?${q.toString()}`;
}

export function useReview(scope: ReviewScope, enabled = true) {
  return useQuery({
    queryKey: ['review', scope.program, scope.period ?? null, scope.root ?? null, scope.asOf ?? null],
    queryFn: () =>
      unwrap(api.GET('/api/v1/programs/{code}/review', { params: { path: { code: scope.program }, query: reviewQuery(scope) } })),
    enabled,
  });
}

/** GETs the workbook (with the token) and saves it; throws ApiError when refused. Returns the file name. */
export function downloadReview(scope: ReviewScope, kind: ReviewKind | undefined): Promise<string> {
  const call = api.GET('/api/v1/programs/{code}/review', {
    headers: { Accept: XLSX },
    parseAs: 'blob' as const,
    params: { path: { code: scope.program }, query: reviewQuery(scope, 'xlsx') },
  });
  return saveDownload(call, reviewFileName(kind, scope));
}
