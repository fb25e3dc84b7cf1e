import type { ProgressRow } from '@/lib/api/types';

/** Valid beyond the target: these units are highlighted (and rewarded, per the seed plan). */
export function exceeded(row: ProgressRow): boolean {
  return row.target !== undefined && row.target !== null && row.target > 0 && (row.valid ?? 0) > row.target;
}

/** Reached or exceeded; trusts the server's flag and falls back to the numbers. */
export function reached(row: ProgressRow): boolean {
  if (row.reached !== undefined) return row.reached;
  return row.target !== undefined && row.target !== null && row.target > 0 && (row.valid ?? 0) >= row.target;
}

/** Percent of the target reached; null when no target was set. */
export function percentOf(row: ProgressRow): number | null {
  if (row.percent !== undefined && row.percent !== null) return row.percent;
  if (!row.target) return null;
  return ((row.valid ?? 0) * 100) / row.target;
}

/** The root row (level 0) and its direct children, whatever order the server sent them in. */
export function splitRows(rows: ProgressRow[] | undefined, rootCode?: string) {
  const all = rows ?? [];
  const root = all.find((r) => (rootCode ? r.unitCode === rootCode : r.level === 0)) ?? all[0];
  const children = all.filter((r) => r !== root && r.parentCode === root?.unitCode);
  return { root, children };
}
