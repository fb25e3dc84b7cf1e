// The units screen's rules that need no screen: a unit's validity on a day, the counts read from the tree and from
// progress, and the full body a change of one field sends (PUT replaces the unit's data).
import type { ProgressRow, Unit, UnitNode, UnitType, UnitUpdate } from '@/lib/api/types';

/** In force, closing (a last day still ahead or today), closed (its last day has passed) or not yet in force. */
export type UnitState = 'active' | 'closing' | 'closed' | 'future';

/** Dates are ISO calendar days ("2026-11-30"), so they compare as text. */
export function unitState(unit: Pick<Unit, 'validFrom' | 'validTo'>, today: string): UnitState {
  if (unit.validTo && unit.validTo < today) return 'closed';
  if (unit.validFrom && unit.validFrom > today) return 'future';
  if (unit.validTo) return 'closing';
  return 'active';
}

/** Whether the tree shows a unit: closed ones only when asked for. */
export function shown(unit: Pick<Unit, 'validFrom' | 'validTo'>, today: string, showClosed: boolean): boolean {
  return showClosed || unitState(unit, today) !== 'closed';
}

/**
 * Units in force directly below each unit of a tree read `depth` levels deep (GET /units/{code}/tree?depth=): known for
 * the levels above the last one only, whose children were not read.
 */
export function childCounts(tree: UnitNode | undefined, depth = 2): Map<string, number> {
  const counts = new Map<string, number>();
  const walk = (node: UnitNode, level: number) => {
    if (level >= depth || !node.code) return;
    counts.set(node.code, node.children?.length ?? 0);
    for (const child of node.children ?? []) walk(child, level + 1);
  };
  if (tree) walk(tree, 0);
  return counts;
}

export interface DossierCount {
  valid: number;
  pipeline: number;
}

/** Valid and in-progress initiatives of each unit's subtree, from a progress report's rows. */
export function dossierCounts(rows: ProgressRow[] | undefined): Map<string, DossierCount> {
  const counts = new Map<string, DossierCount>();
  for (const row of rows ?? []) {
    if (row.unitCode) counts.set(row.unitCode, { valid: row.valid ?? 0, pipeline: row.pipeline ?? 0 });
  }
  return counts;
}

/** The whole unit as PUT wants it, from the version read, with the changes made. */
export function updateOf(unit: Unit, changes: Partial<UnitUpdate> = {}): UnitUpdate {
  return {
    name: unit.name ?? '',
    type: unit.type ?? 'GRASSROOTS',
    sector: unit.sector,
    parentCode: unit.parentCode,
    validFrom: unit.validFrom ?? '',
    validTo: unit.validTo,
    version: unit.version ?? 0,
    ...changes,
  };
}

/** The level a new unit below this one most likely has. */
export function defaultChildType(parent: UnitType | undefined): UnitType {
  if (parent === 'CONFEDERATION') return 'PROVINCIAL_FEDERATION';
  if (parent === 'PROVINCIAL_FEDERATION') return 'DISTRICT_FEDERATION';
  return 'GRASSROOTS';
}

/** Unit codes as the API accepts them (UnitCreate.code). */
export const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

