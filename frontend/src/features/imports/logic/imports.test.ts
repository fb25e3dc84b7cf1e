import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import '@/lib/i18n';
import { importContentType, problemCells, rejectedCells, splitField } from '@/lib/imports/imports';
import type { ImportResult } from '@/lib/api/types';
import { beyondPreview, columnLabeller, rowsToCommit } from './imports';

describe('the rejected rows of an import', () => {
  it('reads the row and the column from the field', () => {
    expect(splitField('rows[7].firstAppliedOn')).toEqual([7, 'firstAppliedOn']);
    expect(splitField('header')).toEqual([null, 'header']);
    expect(splitField(undefined)).toEqual([null, '']);
  });

  it('lists each broken rule in row order, in the chosen language', () => {
    const rows = [
      { row: 9, errors: [{ field: 'rows[9].unitCode', rule: 'UnitExists', message: 'Không có đơn vị', messageEn: 'No such unit' }] },
      {
        row: 3,
        errors: [
          { field: 'rows[3].firstAppliedOn', rule: 'VietnameseDate', message: 'Ngày phải theo dạng dd/MM/yyyy', messageEn: 'A date as dd/MM/yyyy' },
          { field: 'rows[3].authors', rule: 'ContributionSum', message: 'Tổng tỷ lệ phải là 100' },
        ],
      },
    ];
    expect(rejectedCells(rows, 'vi')).toEqual([
      { row: 3, column: 'firstAppliedOn', message: 'Ngày phải theo dạng dd/MM/yyyy' },
      { row: 3, column: 'authors', message: 'Tổng tỷ lệ phải là 100' },
      { row: 9, column: 'unitCode', message: 'Không có đơn vị' },
    ]);
    expect(rejectedCells(rows, 'en')[0].message).toBe('A date as dd/MM/yyyy');
    expect(rejectedCells(undefined, 'vi')).toEqual([]);
  });

  it("names a refused file's header problems without a row", () => {
    expect(problemCells([{ field: 'header', rule: 'RequiredColumn', message: 'Thiếu cột Tác giả' }], 'vi')).toEqual([
      { row: null, column: 'header', message: 'Thiếu cột Tác giả' },
    ]);
  });
});

describe('the import screen', () => {
  it('sends XLSX by its name or type, anything else as CSV', () => {
    expect(importContentType({ name: 'danh-sach.XLSX' })).toMatch(/spreadsheetml/);
    expect(importContentType({ name: 'x', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })).toMatch(/spreadsheetml/);
    expect(importContentType({ name: 'danh-sach.csv', type: 'text/csv' })).toBe('text/csv');
  });

  it('labels the columns in Vietnamese and leaves unknown keys alone', async () => {
    await i18n.changeLanguage('vi');
    const label = columnLabeller(i18n.t);
    expect(label('firstAppliedOn')).toBe('Ngày áp dụng lần đầu');
    expect(label('header')).toBe('Dòng tiêu đề');
    expect(label('somethingElse')).toBe('somethingElse');
  });

  it('commits only what a dry run found to import', () => {
    const dry = { dryRun: true, imported: 25, preview: new Array(20).fill({}) } as ImportResult;
    expect(rowsToCommit(dry)).toBe(25);
    expect(beyondPreview(dry)).toBe(5);
    expect(rowsToCommit({ ...dry, imported: 0 })).toBe(0);
    expect(rowsToCommit({ ...dry, dryRun: false })).toBe(0);
    expect(rowsToCommit(undefined)).toBe(0);
  });
});
