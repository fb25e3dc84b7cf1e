import { readFileSync } from 'node:fs';
import { checkA11y, expect, apiCall, shot, signIn, test, text } from './fixtures';

const vi = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

test('the province opens the interim review report of phase 1, prints it and downloads the workbook', async ({ session }) => {
  const { page, errors } = await session();
  await signIn(page, 'ldld.laichau');
  await page.getByRole('link', { name: 'Báo cáo' }).click();
  await page.getByTestId('open-review').waitFor();
  // Phase 1 in the period picker, then the link beside the progress print page.
  await page.getByRole('combobox', { name: 'Giai đoạn' }).click();
  await page.getByRole('option', { name: 'Giai đoạn 1 (chỉ tiêu năm 2022)' }).click();
  await expect(page.getByTestId('open-review')).toHaveAttribute('href', /period=GD1/);
  await page.getByTestId('open-review').click();
  await expect(page).toHaveURL(/\/reports\/review\?period=GD1&unit=LCH/);
  await expect(page.getByTestId('review-title')).toHaveText('Báo cáo sơ kết Giai đoạn 1 (chỉ tiêu năm 2022)');

  // The same numbers as the API's JSON.
  const api = await apiCall(page, 'GET', '/api/v1/programs/1TRIEU-SK/review?period=GD1&root=LCH');
  expect(api.status).toBe(200);
  const report = api.body;
  expect(report.kind).toBe('INTERIM');
  const total = report.units.find((u: { unitCode: string }) => u.unitCode === 'LCH');
  expect(total.target).toBe(1200);
  const totalRow = await text(page, 'progress-total');
  expect(totalRow, 'the total row shows the target').toContain(vi(total.target));
  expect(totalRow, 'the total row shows the valid ones').toContain(vi(total.valid));
  await expect(page.getByTestId('review-units').locator('tr[data-unit]')).toHaveCount(report.units.length);
  expect(await text(page, 'grassroots-units')).toBe(vi(report.participation.grassrootsUnits));
  expect(await text(page, 'review-authors')).toBe(vi(report.participation.authors));
  for (const id of ['review-exceeders', 'review-by-field', 'review-by-sector', 'review-by-impact', 'review-participation', 'review-rewards', 'review-typical']) {
    await expect(page.getByTestId(id), id).toBeVisible();
  }
  await expect(page.getByTestId('review-typical').locator('tbody tr')).toHaveCount(report.typicalInitiatives.length);
  await shot(page, '16-review');
  await checkA11y(page, 'review report');

  // "In báo cáo" calls the browser's print; in print media the buttons are gone and the tables stay.
  await page.evaluate(() => {
    const w = window as unknown as { printed: number; print: () => void };
    w.printed = 0;
    w.print = () => {
      w.printed += 1;
    };
  });
  await page.getByTestId('print').click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print')).toBeHidden();
  await expect(page.getByTestId('review-units')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // The workbook: a ZIP named for the interim report of GD1 and Lai Châu.
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.getByTestId('download-review-xlsx').click()]);
  expect(await download.failure()).toBeNull();
  expect(download.suggestedFilename()).toMatch(/^so-ket-1TRIEU-SK-GD1-LCH-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 4)], 'an XLSX (ZIP) file').toEqual([0x50, 0x4b, 0x03, 0x04]);
  expect(errors, 'console errors').toEqual([]);
});
