// The checks of a quota allocation, as the API makes them, done as you type:
// - per period, the children add up to the parent's target (MUST_EQUAL) or stay within it (MUST_NOT_EXCEED);
// - per row, the parts of a period (the phases of the programme) add up to that period's target, and a row that gives
//   one part gives them all (rules PeriodSum and PartMissing of the server's QuotaRules).
// The rule's names are the contract's QuotaRule: MUST_EQUAL (the default) and MUST_NOT_EXCEED.
import type { Period, QuotaRule } from '@/lib/api/types';

export type Cell = number | '' | null | undefined;
export type Targets = Record<string, Cell>;

export interface AllocationRow {
  unitCode: string;
  targets: Targets;
}

export type SumState = 'ok' | 'short' | 'over';

export interface PeriodCheck {
  period: string;
  parent: number | null;
  total: number;
  /** parent − total */
  difference: number;
  state: SumState;
}

export interface RowProblem {
  row: number;
  /** The whole period whose parts do not add up, or the part missing ("missing"). */
  period: string;
  parts: string[];
  sum: number;
  whole: number;
  kind: 'sum' | 'missing';
}

export interface AllocationCheck {
  totals: Record<string, number>;
  periods: PeriodCheck[];
  rows: RowProblem[];
  ok: boolean;
}

function value(cell: Cell): number {
  return typeof cell === 'number' && Number.isFinite(cell) ? cell : 0;
}

function hasValue(cell: Cell): boolean {
  return typeof cell === 'number' && Number.isFinite(cell);
}

export function checkAllocation(
  periods: Period[],
  parentTargets: Record<string, number | undefined>,
  rows: AllocationRow[],
  rule: QuotaRule = 'MUST_EQUAL',
): AllocationCheck {
  const totals: Record<string, number> = {};
  for (const p of periods) {
    const code = p.code ?? '';
    totals[code] = rows.reduce((sum, r) => sum + value(r.targets[code]), 0);
  }
  const periodChecks: PeriodCheck[] = periods.map((p) => {
    const code = p.code ?? '';
    const parent = parentTargets[code] ?? null;
    const total = totals[code];
    const difference = (parent ?? 0) - total;
    let state: SumState;
    if (parent === null) state = total > 0 ? 'over' : 'ok';
    else if (rule === 'MUST_EQUAL') state = difference === 0 ? 'ok' : difference > 0 ? 'short' : 'over';
    else state = difference >= 0 ? 'ok' : 'over';
    return { period: code, parent, total, difference, state };
  });

  const rowProblems: RowProblem[] = [];
  rows.forEach((r, index) => {
    for (const whole of periods) {
      const parts = periods.filter((p) => p.parentCode === whole.code);
      const given = parts.filter((p) => hasValue(r.targets[p.code ?? '']));
      if (given.length === 0) continue;
      const partCodes = parts.map((p) => p.code ?? '');
      const wholeValue = value(r.targets[whole.code ?? '']);
      if (given.length < parts.length) {
        // As the server: each part left empty is named, and the sum is not checked until all are given.
        for (const p of parts.filter((x) => !given.includes(x))) {
          rowProblems.push({ row: index, period: p.code ?? '', parts: partCodes, sum: 0, whole: wholeValue, kind: 'missing' });
        }
        continue;
      }
      if (!hasValue(r.targets[whole.code ?? ''])) continue;
      const sum = parts.reduce((s, p) => s + value(r.targets[p.code ?? '']), 0);
      if (sum !== wholeValue) {
        rowProblems.push({ row: index, period: whole.code ?? '', parts: partCodes, sum, whole: wholeValue, kind: 'sum' });
      }
    }
  });

  return {
    totals,
    periods: periodChecks,
    rows: rowProblems,
    ok: periodChecks.every((c) => c.state === 'ok') && rowProblems.length === 0,
  };
}

/** The request body of PUT …/quotas/{unit}/allocation: empty cells are left out. */
export function toAllocation(version: number, rows: AllocationRow[]) {
  return {
    version,
    allocations: rows.map((r) => ({
      unitCode: r.unitCode,
      targets: Object.fromEntries(Object.entries(r.targets).filter(([, v]) => hasValue(v)).map(([k, v]) => [k, value(v)])),
    })),
  };
}

/** Whether two rows give the same targets (an empty cell and a missing one are the same). */
export function sameTargets(a: Targets, b: Targets): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => hasValue(a[k]) === hasValue(b[k]) && value(a[k]) === value(b[k]));
}

/** A row's targets as the parent's side of a check: only the cells given. */
export function givenTargets(targets: Targets): Record<string, number> {
  return Object.fromEntries(Object.entries(targets).filter(([, v]) => hasValue(v)).map(([k, v]) => [k, value(v)]));
}

/** Whether the unit of this table has already passed its targets further down (a child holds any). */
export function allocatedBelow(table: { children?: { targets?: Record<string, number> }[] } | undefined): boolean {
  return (table?.children ?? []).some((c) => Object.keys(c.targets ?? {}).length > 0);
}

/** A child's own allocation sent with its parent's (`below`): the child's table version and its children's rows. */
export interface BelowAllocation {
  unitCode: string;
  version: number;
  rows: AllocationRow[];
}

/**
 * The request body of PUT …/quotas/{unit}/allocation with the children's own allocations (`below`) that change in the
 * same transaction: under MUST_EQUAL a child's new targets must still add up with what it already allocated.
 */
export function toAllocationWithBelow(version: number, rows: AllocationRow[], below: BelowAllocation[]) {
  const body = toAllocation(version, rows);
  return below.length === 0
    ? body
    : { ...body, below: below.map((b) => ({ unitCode: b.unitCode, allocation: toAllocation(b.version, b.rows) })) };
}
