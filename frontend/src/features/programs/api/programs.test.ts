import type { Period } from '@/lib/api/types';
import { currentPeriod, sortPeriods } from './programs';

const periods: Period[] = [
  { code: 'GD2', kind: 'PHASE', startsOn: '2022-06-01', endsOn: '2023-09-01' },
  { code: 'GD1', kind: 'PHASE', startsOn: '2021-09-01', endsOn: '2022-05-31' },
  { code: '2022-2023', kind: 'PROGRAM', startsOn: '2021-09-01', endsOn: '2023-09-01' },
];

describe('periods', () => {
  it('sorts the programme first, then phases by start', () => {
    expect(sortPeriods(periods).map((p) => p.code)).toEqual(['2022-2023', 'GD1', 'GD2']);
  });
  it('opens on the phase running today', () => {
    expect(currentPeriod(periods, '2022-03-01')?.code).toBe('GD1');
    expect(currentPeriod(periods, '2023-01-10')?.code).toBe('GD2');
  });
  it('opens on the whole programme when no phase runs today', () => {
    expect(currentPeriod(periods, '2026-11-25')?.code).toBe('2022-2023');
  });
});
