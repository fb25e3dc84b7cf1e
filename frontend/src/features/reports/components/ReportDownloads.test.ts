import { describe, expect, it } from 'vitest';
import { reportFileName, reportPath } from './ReportDownloads';

describe('report addresses', () => {
  it('asks the contract: program, period, root, depth (progress only) and format', () => {
    expect(reportPath('progress', 'csv', { program: '1TRIEU-SK', period: 'GD1', root: 'LCH' })).toBe(
      '/api/v1/reports/progress?program=1TRIEU-SK&period=GD1&root=LCH&depth=1&format=csv',
    );
    expect(reportPath('initiatives', 'xlsx', { program: '1TRIEU-SK', period: '2022-2023' })).toBe(
      '/api/v1/reports/initiatives?program=1TRIEU-SK&period=2022-2023&format=xlsx',
    );
  });

  it('names the file after the report, unit and period', () => {
    expect(reportFileName('progress', 'xlsx', { period: 'GD2', root: 'LCH-PT' })).toBe('tien-do-LCH-PT-GD2.xlsx');
    expect(reportFileName('initiatives', 'csv', {})).toBe('danh-sach-sang-kien.csv');
  });
});
