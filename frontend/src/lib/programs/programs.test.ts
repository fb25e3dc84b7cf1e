import type { Period } from '@/lib/api/types';
import { currentPeriod, periodOfKind, sortPeriods, subPeriodKinds } from './programs';

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

describe('switching the kind of period', () => {
  const all: Period[] = [
    ...periods,
    { code: 'N2023', kind: 'YEAR', startsOn: '2023-01-01', endsOn: '2023-09-01' },
    { code: 'N2022', kind: 'YEAR', startsOn: '2022-01-01', endsOn: '2022-12-31' },
    { code: 'Q2-2022', kind: 'QUARTER', startsOn: '2022-04-01', endsOn: '2022-06-30' },
    { code: 'Q1-2022', kind: 'QUARTER', startsOn: '2022-01-01', endsOn: '2022-03-31' },
  ];
  const byCode = (code: string) => all.find((p) => p.code === code);
  it('lists the kinds present, widest first', () => {
    expect(subPeriodKinds(all)).toEqual(['PHASE', 'YEAR', 'QUARTER']);
    expect(subPeriodKinds(periods)).toEqual(['PHASE']);
  });
  it("goes to today's period of that kind, else the one holding the shown period's start, else the first", () => {
    expect(periodOfKind(all, 'YEAR', byCode('GD1'), '2023-02-01')?.code).toBe('N2023');
    expect(periodOfKind(all, 'QUARTER', byCode('N2022'), '2026-11-25')?.code).toBe('Q1-2022');
    expect(periodOfKind(all, 'PHASE', byCode('Q2-2022'), '2026-11-25')?.code).toBe('GD1');
    expect(periodOfKind(all, 'YEAR', byCode('2022-2023'), '2026-11-25')?.code).toBe('N2022');
  });
});
