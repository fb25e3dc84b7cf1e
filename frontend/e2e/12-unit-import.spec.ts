import type { Page } from '@playwright/test';
import { checkA11y, expect, shot, signIn, test } from './fixtures';

const HEADER = ['Mã đơn vị', 'Tên đơn vị', 'Mã đơn vị cấp trên', 'Loại đơn vị', 'Khối', 'Ngày thành lập'];

/** A CSV list as a district keeps it: the template's header, one unit a row. */
const csv = (rows: string[][]) => [HEADER, ...rows].map((r) => r.join(',')).join('\n') + '\n';

async function check(page: Page, name: string, rows: string[][]) {
  const dialog = page.getByRole('dialog', { name: 'Nhập công đoàn cơ sở từ tệp' });
  await dialog.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv(rows), 'utf8') });
  await dialog.getByRole('button', { name: 'Kiểm tra thử' }).click();
  return dialog.getByTestId('unit-import-dry-run');
}

test('the district officer imports grassroots unions from a CSV list: a wrong row explained, fixed, the units in the tree', async ({ session, baseURL }) => {
  const { page, errors } = await session();
  // Codes of this run, so that the test can run again on the same stack.
  const run = Date.now().toString(36).toUpperCase();
  const school = [`LCH-PT-NK${run}`, 'CĐCS Trường Mầm non Nậm Xe', 'LCH-PT', 'GRASSROOTS', 'PUBLIC_SERVICE', '01/09/2021'];
  const wrong = [`LCH-PT-HT${run}`, 'CĐCS Hợp tác xã chè Tông Qua Lìn', 'LCH-PT', 'GRASSROOTS', 'ENTERPRISE', '31/02/2022'];
  const fixed = [...wrong.slice(0, 5), '28/02/2022'];

  await signIn(page, 'cb.phongtho');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đơn vị' }).click();
  await page.waitForURL(`${baseURL}/units`);
  await page.getByRole('button', { name: 'Nhập từ tệp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập công đoàn cơ sở từ tệp' });

  // The template downloads as XLSX.
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Tải tệp mẫu (XLSX)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^mau-nhap-don-vi.*\.xlsx$/);

  // A list with an impossible founding date: the dry run names the row, the column and why, and saves nothing.
  let dry = await check(page, `cdcs-${run}.csv`, [school, wrong]);
  await expect(dry.getByTestId('import-imported')).toHaveText('Sẽ nhập 1');
  await expect(dry.getByTestId('import-rejected')).toHaveText('Bị từ chối 1');
  const reason = dry.getByTestId('import-rejected-rows').getByRole('row').nth(1);
  await expect(reason.getByRole('cell').nth(0)).toHaveText('3');
  await expect(reason.getByRole('cell').nth(1)).toHaveText('Ngày thành lập');
  await expect(reason.getByRole('cell').nth(2)).toContainText('dd/MM/yyyy');
  await expect(dry.getByTestId('unit-import-to-create')).toHaveText(school[0]);
  await shot(page, '36-units-import-dry-run');
  await checkA11y(page, 'units, import dry run with a rejected row');

  // The row fixed and the file checked again: both would be added; then added.
  dry = await check(page, `cdcs-${run}-da-sua.csv`, [school, fixed]);
  await expect(dry.getByTestId('import-rejected')).toHaveText('Bị từ chối 0');
  await dry.getByRole('button', { name: 'Thêm 2 đơn vị' }).click();
  await expect(dialog.getByTestId('unit-import-done')).toContainText(`Đã thêm 2 đơn vị từ tệp cdcs-${run}-da-sua.csv.`);
  await dialog.getByRole('button', { name: 'Xong' }).click();
  await expect(dialog).toBeHidden();

  // Both in the tree below Phong Thổ, the fixed date kept.
  const rowOf = (code: string) => page.locator(`li[data-unit="${code}"] > .unit-row`);
  await expect(rowOf(school[0])).toContainText(school[1]);
  await expect(rowOf(fixed[0])).toContainText(fixed[1]);
  await expect(rowOf(fixed[0]).getByTestId('unit-sector')).toHaveText('Công nhân lao động trong doanh nghiệp');

  // The same list again: nothing new to add, both rows skipped as already there.
  await page.getByRole('button', { name: 'Nhập từ tệp' }).click();
  dry = await check(page, `cdcs-${run}-lan-hai.csv`, [school, fixed]);
  await expect(dry.getByTestId('import-skipped')).toHaveText('Trùng, bỏ qua 2');
  await expect(dry).toContainText('Không có đơn vị mới để thêm.');
  expect(errors, 'console errors').toEqual([]);
});
