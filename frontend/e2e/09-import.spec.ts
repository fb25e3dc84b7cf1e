import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { checkA11y, expect, shot, signIn, test } from './fixtures';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = ['Mã đơn vị', 'Tên sáng kiến', 'Tóm tắt', 'Loại giải pháp', 'Lĩnh vực', 'Ngày áp dụng lần đầu', 'Trạng thái', 'Tác giả', 'Giá trị làm lợi (đồng)'];

/** A small list as units keep it: a title line, the template's header, the rows. */
async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh sách');
  sheet.addRow(['DANH SÁCH SÁNG KIẾN – LĐLĐ HUYỆN PHONG THỔ']);
  sheet.addRow([]);
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function upload(page: Page, name: string, rows: (string | number)[][]) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: XLSX, buffer: await workbook(rows) });
  await page.getByRole('button', { name: 'Kiểm tra thử' }).click();
  return page.getByTestId('import-dry-run');
}

test('the district officer imports a small Excel list: a wrong row explained, fixed, imported once', async ({ session, baseURL }) => {
  const { page, errors } = await session();
  // Titles of this run, so that the test can run again on the same stack.
  const run = Date.now().toString(36).toUpperCase();
  const good = [
    ['LCH-PT', `Sổ tay điện tử tổ công đoàn ${run}`, 'Ghi chép sinh hoạt tổ trên điện thoại', 'MANAGEMENT', 'UNION_INNOVATION', '15/03/2022', 'DRAFT', 'Lò Văn Thắng: 60; Tòng Thị Én: 40', 25000000],
    ['LCH-PT', `Máy sấy thảo quả năng lượng mặt trời ${run}`, '', 'TECHNICAL', 'SOCIO_ECONOMIC', '02/05/2022', 'DRAFT', 'Giàng A Páo', ''],
  ];
  const wrong = ['LCH-PT', `Bếp đun tiết kiệm củi ${run}`, '', 'TECHNICAL', 'SOCIO_ECONOMIC', '31/02/2022', 'DRAFT', 'Vàng Thị Mai', ''];
  const fixed = [...wrong.slice(0, 5), '28/02/2022', ...wrong.slice(6)];

  await signIn(page, 'cb.phongtho');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Nhập từ tệp' }).click();
  await page.waitForURL(`${baseURL}/imports`);
  await expect(page.getByRole('heading', { name: 'Nhập sáng kiến từ tệp' })).toBeVisible();

  // The template downloads as XLSX.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải tệp mẫu (XLSX)' }).click();
  expect((await download).suggestedFilename()).toBe('mau-nhap-sang-kien.xlsx');

  // A list with one wrong date: the dry run names the row, the column and why, in Vietnamese, and saves nothing.
  let dry = await upload(page, `danh-sach-${run}.xlsx`, [good[0], wrong, good[1]]);
  await expect(dry.getByTestId('import-imported')).toHaveText('Sẽ nhập 2');
  await expect(dry.getByTestId('import-rejected')).toHaveText('Bị từ chối 1');
  const reason = dry.getByTestId('import-rejected-rows').getByRole('row').nth(1);
  await expect(reason).toContainText('5');
  await expect(reason).toContainText('Ngày áp dụng lần đầu');
  await expect(reason).toContainText('Ngày phải theo dạng dd/MM/yyyy');
  await expect(dry.getByTestId('import-preview')).toContainText(`Sổ tay điện tử tổ công đoàn ${run}`);
  await shot(page, '40-import-dry-run');
  await checkA11y(page, 'import, dry run with a rejected row');

  // The row fixed and the file sent again: all three would be imported; then imported.
  dry = await upload(page, `danh-sach-${run}-da-sua.xlsx`, [good[0], fixed, good[1]]);
  await expect(dry.getByTestId('import-rejected')).toHaveText('Bị từ chối 0');
  await dry.getByRole('button', { name: 'Nhập 3 dòng' }).click();
  const done = page.getByTestId('import-done');
  await expect(done).toContainText(`Đã nhập 3 sáng kiến từ tệp danh-sach-${run}-da-sua.xlsx`);

  // The batch in the list of past imports, with the dossiers it created.
  const batch = page.getByTestId('import-batches').getByRole('row').filter({ hasText: `danh-sach-${run}-da-sua.xlsx` });
  await expect(batch).toContainText('cb.phongtho');
  await batch.getByRole('button', { name: 'Xem hồ sơ' }).click();
  const created = page.locator('[data-testid^="batch-rows-"]');
  await expect(created).toContainText(`Bếp đun tiết kiệm củi ${run}`);
  await expect(created).toContainText('28/02/2022');
  await shot(page, '41-import-history');

  // The same rows in another file: nothing new, every row skipped as already there.
  dry = await upload(page, `lan-hai-${run}.xlsx`, [good[1], fixed, good[0]]);
  await expect(dry.getByTestId('import-imported')).toHaveText('Sẽ nhập 0');
  await expect(dry.getByTestId('import-skipped')).toHaveText('Trùng, bỏ qua 3');
  await expect(dry.getByTestId('import-skipped-rows')).toContainText('Các dòng 4, 5, 6 đã có');
  await expect(dry.getByRole('button', { name: /^Nhập \d+ dòng$/ })).toHaveCount(0);
  await expect(dry).toContainText('Không có dòng nào để nhập.');
  await checkA11y(page, 'import, every row a duplicate');
  expect(errors, 'console errors').toEqual([]);
});
