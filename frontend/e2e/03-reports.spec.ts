import { readFileSync } from 'node:fs';
import { checkA11y, expect, shot, signIn, test } from './fixtures';

test('the reports page offers CSV and XLSX downloads', async ({ session }) => {
  const { page, errors } = await session();
  await signIn(page, 'ldld.laichau');
  await page.getByRole('link', { name: 'Báo cáo' }).click();
  await page.getByTestId('download-progress-csv').waitFor();
  await shot(page, '19-reports');
  await checkA11y(page, 'reports');
  const fetchFile = async (testId: string) => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.getByTestId(testId).click()]);
    const failure = await download.failure();
    expect(failure, testId).toBeNull();
    return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
  };
  const csv = await fetchFile('download-progress-csv');
  expect(csv.name, 'the CSV file name').toMatch(/^[\w.-]+\.csv$/i);
  expect(csv.bytes.toString('utf8'), 'the CSV has a row for Phong Thổ (LCH-PT)').toContain('LCH-PT');
  const xlsx = await fetchFile('download-progress-xlsx');
  expect(xlsx.name, 'the XLSX file name').toMatch(/^[\w.-]+\.xlsx$/i);
  // An XLSX file is a ZIP archive: it starts with "PK\x03\x04".
  expect(xlsx.bytes.length, `${xlsx.name}: size`).toBeGreaterThan(100);
  expect([...xlsx.bytes.subarray(0, 4)], `${xlsx.name} is a ZIP (XLSX) file`).toEqual([0x50, 0x4b, 0x03, 0x04]);
  console.log(`     (downloaded ${csv.name}, ${csv.bytes.length} B; ${xlsx.name}, ${xlsx.bytes.length} B)`);
  expect(errors, 'console errors').toEqual([]);
});
