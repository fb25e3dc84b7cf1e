import { checkContributions, splitEvenly } from './contributions';

describe('checkContributions', () => {
  it('accepts shares that add up to exactly 100', () => {
    expect(checkContributions([60, 40])).toEqual({ total: 100, missing: 0, state: 'ok' });
    expect(checkContributions([33.33, 33.33, 33.34]).state).toBe('ok');
    expect(checkContributions([0.1, 0.2, 99.7]).state).toBe('ok');
  });
  it('says how much is missing or over', () => {
    expect(checkContributions([60, 30])).toEqual({ total: 90, missing: 10, state: 'short' });
    expect(checkContributions([60, 50])).toEqual({ total: 110, missing: -10, state: 'over' });
  });
  it('counts empty inputs as zero and reads a decimal comma', () => {
    expect(checkContributions([60, '', undefined, '40']).state).toBe('ok');
    expect(checkContributions(['33,5', '66,5']).state).toBe('ok');
  });
  it('has nothing to check without authors', () => {
    expect(checkContributions([]).state).toBe('empty');
  });
});

describe('splitEvenly', () => {
  it('splits 100 into equal shares that add up exactly', () => {
    expect(splitEvenly(1)).toEqual([100]);
    expect(splitEvenly(2)).toEqual([50, 50]);
    expect(splitEvenly(3)).toEqual([33.34, 33.33, 33.33]);
    expect(checkContributions(splitEvenly(7)).state).toBe('ok');
  });
});
