import { describe, expect, it } from 'vitest';
import { fileNameFrom } from './download';

describe('fileNameFrom', () => {
  it('prefers the UTF-8 name (Vietnamese letters survive)', () => {
    const header = `attachment; filename="tien-do.csv"; filename*=UTF-8''ti%E1%BA%BFn-%C4%91%E1%BB%99-LCH.csv`;
    expect(fileNameFrom(header, 'x.csv')).toBe('tiến-độ-LCH.csv');
  });

  it('reads a quoted or bare plain name', () => {
    expect(fileNameFrom('attachment; filename="progress-GD1.xlsx"', 'x')).toBe('progress-GD1.xlsx');
    expect(fileNameFrom('attachment; filename=progress.csv', 'x')).toBe('progress.csv');
  });

  it('falls back when the header is missing or names nothing', () => {
    expect(fileNameFrom(null, 'tien-do-LCH-GD1.csv')).toBe('tien-do-LCH-GD1.csv');
    expect(fileNameFrom('inline', 'a.csv')).toBe('a.csv');
  });
});
