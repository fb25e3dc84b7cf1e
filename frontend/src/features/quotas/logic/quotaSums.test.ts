import type { Period } from '@/lib/api/types';
import { allocatedBelow, checkAllocation, givenTargets, sameTargets, toAllocation, toAllocationWithBelow, type AllocationRow, type Targets } from './quotaSums';

const periods: Period[] = [
  { code: '2022-2023', kind: 'PROGRAM' },
  { code: 'GD1', kind: 'PHASE', parentCode: '2022-2023' },
  { code: 'GD2', kind: 'PHASE', parentCode: '2022-2023' },
];
const parent = { '2022-2023': 2300, GD1: 1200, GD2: 1100 };

// Lai Châu's seed table: 11 units adding up exactly to 2,300 / 1,200 / 1,100.
const seed = [
  ['LCH-PT', 265, 135, 130], ['LCH-SH', 250, 130, 120], ['LCH-THU', 240, 115, 125], ['LCH-TP', 200, 130, 70],
  ['LCH-TD', 180, 95, 85], ['LCH-TAU', 180, 95, 85], ['LCH-MT', 180, 95, 85], ['LCH-NN', 130, 65, 65],
  ['LCH-CDVC', 280, 140, 140], ['LCH-YT', 280, 140, 140], ['LCH-GD', 115, 60, 55],
].map(([unitCode, total, gd1, gd2]) => ({ unitCode: unitCode as string, targets: { '2022-2023': total, GD1: gd1, GD2: gd2 } as Targets }));

describe('checkAllocation', () => {
  it('accepts a table whose children add up to the parent', () => {
    const check = checkAllocation(periods, parent, seed);
    expect(check.totals).toEqual({ '2022-2023': 2300, GD1: 1200, GD2: 1100 });
    expect(check.ok).toBe(true);
  });

  it('says how far each period is off the parent', () => {
    const rows = structuredClone(seed);
    rows[0].targets.GD1 = 125; // 10 short
    rows[0].targets['2022-2023'] = 255;
    const check = checkAllocation(periods, parent, rows);
    expect(check.ok).toBe(false);
    expect(check.periods.find((p) => p.period === 'GD1')).toMatchObject({ total: 1190, difference: 10, state: 'short' });
    expect(check.periods.find((p) => p.period === '2022-2023')).toMatchObject({ difference: 10, state: 'short' });
    expect(check.periods.find((p) => p.period === 'GD2')?.state).toBe('ok');
    expect(check.rows).toEqual([]);
  });

  it("flags a row whose phases do not add up to its programme target", () => {
    const rows = structuredClone(seed);
    rows[2].targets.GD2 = 135;
    const check = checkAllocation(periods, parent, rows);
    expect(check.rows).toEqual([{ row: 2, period: '2022-2023', parts: ['GD1', 'GD2'], sum: 250, whole: 240, kind: 'sum' }]);
  });

  it('names the phase left empty in a row that gives the other one, as the server does (PartMissing)', () => {
    const rows = structuredClone(seed);
    rows[1].targets.GD2 = '';
    const check = checkAllocation(periods, parent, rows);
    expect(check.ok).toBe(false);
    expect(check.rows).toEqual([{ row: 1, period: 'GD2', parts: ['GD1', 'GD2'], sum: 0, whole: 250, kind: 'missing' }]);
    // A row with no phase at all is not asked for them.
    rows[1].targets = { '2022-2023': 250, GD1: '', GD2: '' };
    expect(checkAllocation(periods, parent, rows).rows).toEqual([]);
  });

  it('splits a district target between two new grassroots unions, other children at zero', () => {
    const district = { '2022-2023': 265, GD1: 135, GD2: 130 };
    const rows: AllocationRow[] = [
      { unitCode: 'A', targets: { '2022-2023': 170, GD1: 100, GD2: 70 } },
      { unitCode: 'B', targets: { '2022-2023': 90, GD1: 30, GD2: 60 } },
      { unitCode: 'OLD', targets: { '2022-2023': 0, GD1: 0, GD2: 0 } },
    ];
    const wrong = checkAllocation(periods, district, rows);
    expect(wrong.ok).toBe(false);
    expect(wrong.periods.map((p) => [p.period, p.state, p.difference])).toEqual([['2022-2023', 'short', 5], ['GD1', 'short', 5], ['GD2', 'ok', 0]]);
    rows[1].targets = { '2022-2023': 95, GD1: 35, GD2: 60 };
    expect(checkAllocation(periods, district, rows).ok).toBe(true);
  });

  it('lets the children stay under the parent when the rule allows it', () => {
    const rows = structuredClone(seed);
    rows[0].targets = { '2022-2023': 255, GD1: 125, GD2: 130 };
    expect(checkAllocation(periods, parent, rows, 'MUST_NOT_EXCEED').ok).toBe(true);
    rows[0].targets = { '2022-2023': 275, GD1: 145, GD2: 130 };
    expect(checkAllocation(periods, parent, rows, 'MUST_NOT_EXCEED').periods[0].state).toBe('over');
  });

  it('counts empty cells as zero', () => {
    const rows = structuredClone(seed);
    rows[0].targets.GD1 = '';
    const check = checkAllocation(periods, parent, rows);
    expect(check.totals.GD1).toBe(1065);
  });
});

describe('toAllocation', () => {
  it('leaves empty cells out of the request', () => {
    expect(toAllocation(3, [{ unitCode: 'A', targets: { GD1: 5, GD2: '' } }])).toEqual({
      version: 3,
      allocations: [{ unitCode: 'A', targets: { GD1: 5 } }],
    });
  });
});

describe('a child whose targets change with what it allocated below', () => {
  it('sees a changed row, whatever an empty cell is', () => {
    expect(sameTargets({ GD1: 5, GD2: '' }, { GD1: 5 })).toBe(true);
    expect(sameTargets({ GD1: 5 }, { GD1: 6 })).toBe(false);
    expect(sameTargets({ GD1: 0 }, { GD1: '' })).toBe(false);
  });

  it('knows a unit that passed its targets down from one that did not', () => {
    expect(allocatedBelow({ children: [{ targets: {} }, { targets: { GD1: 0 } }] })).toBe(true);
    expect(allocatedBelow({ children: [{ targets: {} }] })).toBe(false);
    expect(allocatedBelow(undefined)).toBe(false);
  });

  it("checks the grandchildren against the child's new targets and sends both in one body", () => {
    const child = { '2022-2023': 275, GD1: 145, GD2: 130 };
    const grandchildren: AllocationRow[] = [
      { unitCode: 'LCH-PT-A', targets: { '2022-2023': 170, GD1: 100, GD2: 70 } },
      { unitCode: 'LCH-PT-B', targets: { '2022-2023': 95, GD1: 35, GD2: 60 } },
    ];
    expect(checkAllocation(periods, givenTargets(child), grandchildren).periods.find((p) => p.period === 'GD1')).toMatchObject({ state: 'short', difference: 10 });
    grandchildren[1].targets = { '2022-2023': 105, GD1: 45, GD2: 60 };
    expect(checkAllocation(periods, givenTargets(child), grandchildren).ok).toBe(true);
    expect(toAllocationWithBelow(4, [{ unitCode: 'LCH-PT', targets: child }], [{ unitCode: 'LCH-PT', version: 2, rows: grandchildren }])).toEqual({
      version: 4,
      allocations: [{ unitCode: 'LCH-PT', targets: child }],
      below: [{ unitCode: 'LCH-PT', allocation: { version: 2, allocations: [
        { unitCode: 'LCH-PT-A', targets: { '2022-2023': 170, GD1: 100, GD2: 70 } },
        { unitCode: 'LCH-PT-B', targets: { '2022-2023': 105, GD1: 45, GD2: 60 } },
      ] } }],
    });
    expect(toAllocationWithBelow(4, [], [])).toEqual({ version: 4, allocations: [] });
  });
});
