import { describe, expect, it } from 'vitest';
import type { Unit } from '@/lib/api/types';
import { childCounts, defaultChildType, dossierCounts, shown, unitState, updateOf, UNIT_CODE } from './units';

const today = '2026-11-30';

describe('a unit on a day', () => {
  it('is in force, closing, closed or not yet in force', () => {
    expect(unitState({ validFrom: '2021-09-01' }, today)).toBe('active');
    expect(unitState({ validFrom: '2021-09-01', validTo: today }, today)).toBe('closing');
    expect(unitState({ validFrom: '2021-09-01', validTo: '2026-11-29' }, today)).toBe('closed');
    expect(unitState({ validFrom: '2026-12-01' }, today)).toBe('future');
  });

  it('is shown unless closed, or always when closed ones are asked for', () => {
    expect(shown({ validFrom: '2021-09-01', validTo: '2026-11-29' }, today, false)).toBe(false);
    expect(shown({ validFrom: '2021-09-01', validTo: '2026-11-29' }, today, true)).toBe(true);
    expect(shown({ validFrom: '2021-09-01', validTo: today }, today, false)).toBe(true);
  });
});

describe('counts', () => {
  it('reads the units below each unit of a two-level tree, not the last level (its children were not read)', () => {
    const counts = childCounts({
      code: 'LCH',
      children: [
        { code: 'LCH-PT', children: [{ code: 'PT-1', children: [] }, { code: 'PT-2', children: [] }] },
        { code: 'LCH-SH', children: [] },
      ],
    });
    expect([...counts]).toEqual([['LCH', 2], ['LCH-PT', 2], ['LCH-SH', 0]]);
  });

  it('reads valid and in-progress initiatives from progress rows', () => {
    expect(dossierCounts([{ unitCode: 'LCH-PT', valid: 12, pipeline: 3 }, { unitCode: 'LCH-SH' }]).get('LCH-SH')).toEqual({ valid: 0, pipeline: 0 });
  });
});

describe('a change', () => {
  it('sends the whole unit with the version read, the changes on top', () => {
    const unit: Unit = { code: 'PT-1', name: 'CĐCS A', type: 'GRASSROOTS', sector: 'ENTERPRISE', parentCode: 'LCH-PT', depth: 3, validFrom: '2021-09-01', version: 4 };
    expect(updateOf(unit, { validTo: today })).toEqual({
      name: 'CĐCS A', type: 'GRASSROOTS', sector: 'ENTERPRISE', parentCode: 'LCH-PT', validFrom: '2021-09-01', validTo: today, version: 4,
    });
  });

  it('proposes the level below and accepts the API codes', () => {
    expect(defaultChildType('PROVINCIAL_FEDERATION')).toBe('DISTRICT_FEDERATION');
    expect(defaultChildType('DISTRICT_FEDERATION')).toBe('GRASSROOTS');
    expect(UNIT_CODE.test('LCH-PT-CDCS01')).toBe(true);
    expect(UNIT_CODE.test('LCH PT')).toBe(false);
    expect(UNIT_CODE.test('-LCH')).toBe(false);
  });
});
