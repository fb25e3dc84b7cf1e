import { checkA11y, expect, shot, signIn, test, text } from './fixtures';

test("the federation officer sees Lai Châu's targets 2.300 / 1.200 / 1.100", async ({ session }) => {
  const { page, errors } = await session();
  await signIn(page, 'ldld.laichau');
  await page.getByTestId('period-2022-2023-target').waitFor();
  await page.getByTestId('period-GD2-target').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid="period-GD2-target"]')?.textContent?.trim() !== '–');
  expect(await text(page, 'period-2022-2023-target'), 'programme target').toBe('2.300');
  expect(await text(page, 'period-GD1-target'), 'GD1 target').toBe('1.200');
  expect(await text(page, 'period-GD2-target'), 'GD2 target').toBe('1.100');
  await page.getByTestId('progress-table').waitFor();
  await page.locator('.recharts-surface').first().waitFor({ timeout: 15_000 });
  await shot(page, '01-dashboard-federation');
  await checkA11y(page, 'dashboard');
  await page.getByTestId('period-GD1').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="total-target"]')?.textContent?.trim() === '1.200');
  await page.getByRole('link', { name: /Phong Thổ/ }).first().click();
  await page.waitForFunction(() => document.querySelector('[data-testid="total-target"]')?.textContent?.trim() === '135');
  await shot(page, '02-dashboard-drilldown-phong-tho');
  expect(errors, 'console errors').toEqual([]);
});

test('the federation officer sees the quota table and the print report', async ({ session, baseURL }) => {
  const { page, errors } = await session();
  await signIn(page, 'ldld.laichau');
  await page.goto(`${baseURL}/quotas`);
  await page.getByTestId('quota-table').waitFor();
  const totals = await page.getByTestId('quota-children-total').innerText();
  expect(totals.includes('2.300') && totals.includes('1.200') && totals.includes('1.100'), `children totals: ${totals}`).toBe(true);
  await page.getByTestId('quota-edit').click();
  const cell = page.getByTestId('quota-LCH-PT-GD1');
  await cell.fill('140');
  await page.getByTestId('quota-check-row').getByText('Thừa 5').first().waitFor();
  await shot(page, '03-quotas-editing');
  await checkA11y(page, 'quota table, editing');
  await page.getByTestId('quota-save').click();
  await page.getByTestId('quota-problem').waitFor();
  await shot(page, '04-quotas-server-verdict');
  await page.goto(`${baseURL}/reports/progress?period=2022-2023`);
  await page.getByTestId('progress-table').waitFor();
  await page.emulateMedia({ media: 'print' });
  await shot(page, '05-report-print');
  await page.emulateMedia({ media: 'screen' });
  expect(errors.filter((e) => !/409|Conflict/i.test(e)), 'console errors other than the 409').toEqual([]);
});
