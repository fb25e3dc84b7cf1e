// What every import screen shares (initiatives now, units next): the file's type from its name, and the rejected rows
// of an answer (or of a 400 problem) as one line per broken rule: row, column, reason.
import type { TFunction } from 'i18next';
import type { FieldProblem, RejectedRow } from '@/lib/api/types';
import { fieldMessage, type Lang } from '@/lib/api/problem';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What a file chooser for an import offers. */
export const IMPORT_ACCEPT = `.xlsx,.csv,text/csv,${XLSX_TYPE}`;

/** The Content-Type the import endpoints take for a chosen file: XLSX by its name or type, else CSV. */
export function importContentType(file: { name: string; type?: string }): string {
  return file.type === XLSX_TYPE || /\.xlsx$/i.test(file.name) ? XLSX_TYPE : 'text/csv';
}

export interface RejectedCell {
  /** The row as numbered in the file (the header is row 1); null for the file or its header. */
  row: number | null;
  /** The column's API key ("firstAppliedOn"), "header" or "file". */
  column: string;
  message: string;
}

/** "rows[7].firstAppliedOn" → [7, "firstAppliedOn"]; "header" → [null, "header"]. */
export function splitField(field: string | undefined): [number | null, string] {
  const match = /^rows\[(\d+)\]\.(.+)$/.exec(field ?? '');
  return match ? [Number(match[1]), match[2]] : [null, field ?? ''];
}

function cellOf(error: FieldProblem, lang: Lang, fallbackRow: number | null): RejectedCell {
  const [row, column] = splitField(error.field);
  return { row: row ?? fallbackRow, column, message: fieldMessage(error, lang) };
}

/** Each broken rule of each rejected row, in row order. */
export function rejectedCells(rows: RejectedRow[] | undefined, lang: Lang): RejectedCell[] {
  return (rows ?? [])
    .slice()
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
    .flatMap((r) => (r.errors ?? []).map((e) => cellOf(e, lang, r.row ?? null)));
}

/** The field errors of a refused import (400: missing columns, an empty file, all-or-nothing's wrong rows). */
export function problemCells(errors: FieldProblem[] | undefined, lang: Lang): RejectedCell[] {
  return (errors ?? []).map((e) => cellOf(e, lang, null));
}

/** A column key's label from `${prefix}.${key}` ("firstAppliedOn" → "Ngày áp dụng lần đầu"); an unknown key as it is. */
export function columnLabels(t: TFunction, prefix: string, keys: readonly string[]) {
  return (key: string) => (keys.includes(key) ? t(`${prefix}.${key}`) : key);
}
