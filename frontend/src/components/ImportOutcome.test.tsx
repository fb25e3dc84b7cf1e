import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderUi } from '@/test/render';
import { ImportOutcome } from './ImportOutcome';

const label = (key: string) => ({ firstAppliedOn: 'Ngày áp dụng lần đầu', unitCode: 'Mã đơn vị' })[key] ?? key;

describe('ImportOutcome', () => {
  it('shows a dry run: what would be imported, each rejected cell with its row, column and reason, the duplicates', () => {
    renderUi(
      <ImportOutcome
        dryRun
        counts={{ rows: 1250, imported: 1200, rejected: 2, skipped: 48 }}
        rejectedRows={[
          { row: 9, errors: [{ field: 'rows[9].unitCode', rule: 'UnitExists', message: 'Không có đơn vị LCH-XX trong phạm vi của bạn' }] },
          { row: 4, errors: [{ field: 'rows[4].firstAppliedOn', rule: 'VietnameseDate', message: 'Ngày phải theo dạng dd/MM/yyyy' }] },
        ]}
        skippedRows={[5, 6]}
        columnLabel={label}
      />,
    );
    expect(screen.getByTestId('import-imported')).toHaveTextContent('Sẽ nhập 1.200');
    expect(screen.getByTestId('import-rows')).toHaveTextContent('1.250 dòng');
    expect(screen.getByTestId('import-skipped')).toHaveTextContent('Trùng, bỏ qua 48');
    const rows = within(screen.getByTestId('import-rejected-rows')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('4Ngày áp dụng lần đầuNgày phải theo dạng dd/MM/yyyy');
    expect(rows[2]).toHaveTextContent('9Mã đơn vịKhông có đơn vị LCH-XX trong phạm vi của bạn');
    expect(screen.getByTestId('import-skipped-rows')).toHaveTextContent('Các dòng 5, 6 đã có');
  });

  it('after the import, says what was imported and lists no table when nothing was refused', () => {
    renderUi(<ImportOutcome dryRun={false} counts={{ rows: 3, imported: 3, rejected: 0, skipped: 0 }} columnLabel={label} />);
    expect(screen.getByTestId('import-imported')).toHaveTextContent('Đã nhập 3');
    expect(screen.queryByTestId('import-rejected-rows')).toBeNull();
    expect(screen.queryByTestId('import-skipped-rows')).toBeNull();
  });
});
