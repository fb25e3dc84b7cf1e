import { describe, expect, it } from 'vitest';
import { reviewFileName, reviewLink, reviewQuery, reviewTitleKey } from './review';

describe('review report', () => {
  it('asks only for the parameters given', () => {
    expect(reviewQuery({ program: '1TRIEU-SK', period: 'GD1', root: 'LCH' })).toEqual({ period: 'GD1', root: 'LCH' });
    expect(reviewQuery({ program: '1TRIEU-SK', asOf: '2022-05-31' }, 'xlsx')).toEqual({ asOf: '2022-05-31', format: 'xlsx' });
  });

  it('is titled interim for a phase and final for the programme', () => {
    expect(reviewTitleKey('INTERIM')).toBe('reports.review.interimTitle');
    expect(reviewTitleKey('FINAL')).toBe('reports.review.finalTitle');
    expect(reviewTitleKey(undefined)).toBe('reports.review.interimTitle');
  });

  it('names the file by kind, period, unit and day', () => {
    expect(reviewFileName('INTERIM', { program: '1TRIEU-SK', period: 'GD1', root: 'LCH', asOf: '2022-05-31' }))
      .toBe('so-ket-1TRIEU-SK-GD1-LCH-2022-05-31.xlsx');
    expect(reviewFileName('FINAL', { program: '1TRIEU-SK' })).toBe('tong-ket-1TRIEU-SK.xlsx');
  });

  it('links the print page with the unit as unit=', () => {
    expect(reviewLink({ period: 'GD1', root: 'LCH' })).toBe('/reports/review?period=GD1&unit=LCH');
    expect(reviewLink({})).toBe('/reports/review?');
  });
});
