import type { Period } from '@/lib/api/types';
import { checkAllocation, toAllocation, type Targets } from './quotaSums';

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
    expect(check.rows).toEqual([{ row: 2, period: '2022-2023', parts: ['GD1', 'GD2'], sum: 250, whole: 240 }]);
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
