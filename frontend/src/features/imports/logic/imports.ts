// The import screen's small rules: a column key's label, and what the commit button may do after a dry run.
import type { TFunction } from 'i18next';
import type { ImportResult } from '@/lib/api/types';
import { columnLabels } from '@/lib/imports/imports';

export const COLUMN_KEYS = [
  'unitCode', 'title', 'summary', 'solutionType', 'field', 'firstAppliedOn', 'status', 'authors', 'estimatedValueVnd', 'header', 'file',
] as const;

/** "firstAppliedOn" → "Ngày áp dụng lần đầu"; an unknown key is shown as it is. */
export function columnLabeller(t: TFunction) {
  return columnLabels(t, 'imports.columns', COLUMN_KEYS);
}

/** Rows the commit would import: the dry run's count, nothing when the dry run found none. */
export function rowsToCommit(dryRun: ImportResult | undefined): number {
  return dryRun?.dryRun ? dryRun.imported ?? 0 : 0;
}

/** How many rows the dry run would import beyond its preview. */
export function beyondPreview(dryRun: ImportResult): number {
  return Math.max(0, (dryRun.imported ?? 0) - (dryRun.preview?.length ?? 0));
}
