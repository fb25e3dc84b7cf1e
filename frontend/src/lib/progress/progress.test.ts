import { exceeded, percentOf, reached, splitRows } from './progress';

describe('progress rows', () => {
  it('flags units whose valid count is beyond the target', () => {
    expect(exceeded({ target: 100, valid: 101 })).toBe(true);
    expect(exceeded({ target: 100, valid: 100 })).toBe(false);
    expect(exceeded({ valid: 5 })).toBe(false);
  });
  it('prefers the server flag for reached', () => {
    expect(reached({ target: 100, valid: 100 })).toBe(true);
    expect(reached({ target: 100, valid: 99, reached: false })).toBe(false);
    expect(reached({ target: 0, valid: 3 })).toBe(false);
  });
  it('computes a percent only with a target', () => {
    expect(percentOf({ target: 200, valid: 50 })).toBe(25);
    expect(percentOf({ valid: 50 })).toBeNull();
    expect(percentOf({ target: 200, valid: 50, percent: 25.4 })).toBe(25.4);
  });
  it('separates the root from its children', () => {
    const { root, children } = splitRows([
      { unitCode: 'LCH', level: 0 },
      { unitCode: 'LCH-PT', level: 1, parentCode: 'LCH' },
      { unitCode: 'LCH-SH', level: 1, parentCode: 'LCH' },
      { unitCode: 'LCH-PT-1', level: 2, parentCode: 'LCH-PT' },
    ]);
    expect(root?.unitCode).toBe('LCH');
    expect(children.map((c) => c.unitCode)).toEqual(['LCH-PT', 'LCH-SH']);
  });
});
