import type { Page } from '@playwright/test';
import { PDFParse } from 'pdf-parse';
import { apiCall as call, checkA11y, expect, shot, signIn, test } from './fixtures';

/** "3 / 12 CĐCS" under "Có sáng kiến đã nộp" on the dashboard, as numbers. */
async function participation(page: Page) {
  const text = await page.getByTestId('participation-filed').innerText();
  const m = /(\d[\d.]*) \/ (\d[\d.]*) CĐCS/.exec(text);
  return m ? { filed: Number(m[1].replace(/\./g, '')), total: Number(m[2].replace(/\./g, '')) } : null;
}

/** Sets every period of a unit's row in the quota editor. */
async function fillRow(page: Page, unit: string, targets: Record<string, number>) {
  for (const [period, target] of Object.entries(targets)) await page.getByTestId(`quota-${unit}-${period}`).fill(String(target));
}

test('the district officer adds two grassroots unions, splits the phase target between them, prints a dossier', async ({ session, baseURL }) => {
  const { page, errors } = await session();
  const run = Date.now().toString(36).toUpperCase();
  const school = { code: `LCH-PT-MN${run}`, name: `CĐCS Trường Mầm non Hoa Ban ${run}` };
  const clinic = { code: `LCH-PT-YT${run}`, name: `CĐCS Trạm Y tế xã Sì Lở Lầu ${run}` };
  await signIn(page, 'cb.phongtho');

  // Two grassroots unions below Phong Thổ, in force since the programme began so that they count in its periods.
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đơn vị' }).click();
  const own = page.locator('li[data-unit="LCH-PT"] > .unit-row');
  for (const unit of [school, clinic]) {
    await own.getByRole('button', { name: 'Thêm đơn vị trực thuộc LĐLĐ huyện Phong Thổ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm đơn vị trực thuộc LĐLĐ huyện Phong Thổ' });
    await dialog.getByLabel('Mã đơn vị').fill(unit.code);
    await dialog.getByLabel('Tên đơn vị').fill(unit.name);
    const from = dialog.getByRole('textbox', { name: 'Hiệu lực từ ngày' });
    await from.fill('01/09/2021');
    await from.press('Tab');
    const answer = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/units');
    await dialog.getByRole('button', { name: 'Thêm đơn vị trực thuộc', exact: true }).click();
    const created = await answer;
    expect(created.status(), await created.text()).toBe(201);
    await expect(dialog).toBeHidden();
    await expect(page.locator(`li[data-unit="${unit.code}"] > .unit-row`)).toContainText(unit.name).catch(async (e: Error) => {
      // Says whether the server or the screen lagged behind.
      const listed = await call(page, 'GET', '/api/v1/units?parent=LCH-PT&size=200');
      throw new Error(`${e.message}\nthe API lists below LCH-PT: ${JSON.stringify(listed.body.items?.map((u: { code: string }) => u.code))}`);
    });
  }

  // Phong Thổ's quota table: 265 for the programme, 135 in phase 1, 130 in phase 2, to split among its unions.
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Chỉ tiêu' }).click();
  await page.getByTestId('quota-table').waitFor();
  const parentRow = page.getByTestId('quota-parent-row');
  await expect(parentRow).toContainText('LĐLĐ huyện Phong Thổ');
  await expect(parentRow).toContainText('265');
  await expect(parentRow).toContainText('135');
  await expect(page.locator(`tr[data-unit="${school.code}"]`)).toContainText(school.name);
  await page.getByTestId('quota-edit').click();
  // Other unions of Phong Thổ (other tests' and earlier runs') get nothing this time.
  const others = (await page.locator('tr[data-unit]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit') ?? '')))
    .filter((code) => code !== school.code && code !== clinic.code);
  for (const code of others) await fillRow(page, code, { '2022-2023': 0, GD1: 0, GD2: 0 });

  // A wrong split: 100 + 30 is 5 short of phase 1's 135, and the programme's 265 with it. Seen while typing...
  await fillRow(page, school.code, { '2022-2023': 170, GD1: 100, GD2: 70 });
  await fillRow(page, clinic.code, { '2022-2023': 90, GD1: 30, GD2: 60 });
  const sums = page.getByTestId('quota-sums');
  await expect(sums).toContainText(
    'Giai đoạn 1 (chỉ tiêu năm 2022): các đơn vị trực thuộc cộng lại 130, chỉ tiêu của LĐLĐ huyện Phong Thổ là 135 — còn thiếu 5.',
  );
  await expect(page.getByTestId('quota-check-row')).toContainText('Thiếu 5');
  await checkA11y(page, 'district quota table, editing');
  // ... and refused by the server, whose own words the screen shows: the problem and the rule broken per period.
  await page.getByTestId('quota-save').click();
  const problem = page.getByTestId('quota-problem');
  await expect(problem).toContainText('Chỉ tiêu không khớp');
  await expect(problem).toContainText('Chỉ tiêu của LĐLĐ huyện Phong Thổ chưa đúng quy tắc, xem từng dòng');
  await expect(page.getByTestId('quota-check-row')).toContainText('Tổng phân bổ "GD1" phải bằng chỉ tiêu của đơn vị cấp trên (135) nhưng đang là 130');
  // The server's messages wrap in their columns: the table does not scroll sideways for them.
  const wide = await page.getByTestId('quota-table').evaluate((table) => {
    const found: string[] = [];
    for (let node: Element | null = table; node; node = node.parentElement) {
      if (node.scrollWidth > node.clientWidth + 1) found.push(`${node.tagName}.${node.className} ${node.scrollWidth}>${node.clientWidth}`);
    }
    return found;
  });
  expect(wide, "sideways scrolling with the server's messages").toEqual([]);
  await shot(page, '40-grassroots-quota-refused');
  // Sent as is, the same split is refused in the same words: the message is the server's, not the screen's.
  const table = await call(page, 'GET', '/api/v1/programs/1TRIEU-SK/quotas?unit=LCH-PT');
  const wrong = await call(page, 'PUT', '/api/v1/programs/1TRIEU-SK/quotas/LCH-PT/allocation', {
    version: table.body.version,
    allocations: [
      ...others.map((unitCode) => ({ unitCode, targets: { '2022-2023': 0, GD1: 0, GD2: 0 } })),
      { unitCode: school.code, targets: { '2022-2023': 170, GD1: 100, GD2: 70 } },
      { unitCode: clinic.code, targets: { '2022-2023': 90, GD1: 30, GD2: 60 } },
    ],
  });
  expect(wrong.status).toBe(409);
  expect(wrong.body.detail).toBe('Chỉ tiêu của LĐLĐ huyện Phong Thổ chưa đúng quy tắc, xem từng dòng');

  // The right split: 100 + 35 = 135, 70 + 60 = 130, 170 + 95 = 265; saved in one request, there after a reload.
  await fillRow(page, clinic.code, { '2022-2023': 95, GD1: 35 });
  await expect(page.getByTestId('quota-sums')).not.toContainText('còn thiếu');
  await page.getByTestId('quota-save').click();
  await expect(page.getByText('Đã lưu phân bổ chỉ tiêu')).toBeVisible();
  await page.reload();
  await expect(page.locator(`tr[data-unit="${school.code}"]`)).toContainText('100');
  await expect(page.locator(`tr[data-unit="${clinic.code}"]`)).toContainText('35');
  await expect(page.getByTestId('quota-children-total')).toContainText('135');
  await expect(page.getByTestId('quota-check-row')).not.toContainText('Thiếu');
  // On a phone's width: a card per union, the inputs in it, nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator(`[data-testid="quota-card"][data-unit="${school.code}"]`)).toContainText('100');
  await page.getByTestId('quota-edit').click();
  await expect(page.getByTestId(`quota-${clinic.code}-GD1`)).toHaveValue('35');
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'sideways scrolling on a phone').toBeLessThanOrEqual(390);
  await shot(page, '40b-grassroots-quota-phone');
  await page.getByRole('button', { name: 'Hủy thay đổi' }).click();
  await page.setViewportSize({ width: 1366, height: 900 });

  // Participation before the school's union files anything (phase 1).
  await page.goto(`${baseURL}/?period=GD1`);
  await expect(page.getByTestId('participation-filed')).toBeVisible();
  const before = await participation(page);
  expect(before, 'participation on the dashboard').not.toBeNull();

  // The school's union files a dossier (through the API: the form has its own test), with a confidential part.
  const title = `Sổ tay phòng dịch bằng tiếng Hà Nhì cho trẻ mầm non ${run}`;
  const created = await call(page, 'POST', '/api/v1/initiatives', {
    programCode: '1TRIEU-SK',
    unitCode: school.code,
    addressee: 'Hội đồng sáng kiến LĐLĐ huyện Phong Thổ',
    title,
    summary: 'Tranh và lời hát tiếng Hà Nhì nhắc trẻ rửa tay, đeo khẩu trang.',
    solutionType: 'OPERATIONAL',
    field: 'EPIDEMIC_PREVENTION',
    firstAppliedOn: '2022-02-14',
    filedOn: '2022-03-01',
    solution: 'Cô giáo người Hà Nhì dịch các bước phòng dịch thành lời hát, in thành sổ tay.',
    confidentialParts: 'Bản quyền tranh vẽ của họa sĩ Lý Thị Mỷ.',
    applicationConditions: 'Giáo viên biết tiếng Hà Nhì.',
    benefitsByAuthors: 'Trẻ nhớ các bước rửa tay sau một tuần.',
    authors: [
      { fullName: 'Lý Thị Mỷ', birthDate: '1990-05-20', workplace: school.name, jobTitle: 'Giáo viên', qualification: 'Cao đẳng sư phạm mầm non', contributionPercent: 60 },
      { fullName: 'Chu Văn Sừ', workplace: school.name, jobTitle: 'Hiệu trưởng', contributionPercent: 40 },
    ],
    helpers: [{ fullName: 'Phùng Thị Xuân', jobTitle: 'Nhân viên y tế', contribution: 'Kiểm tra nội dung y tế' }],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const submitted = await call(page, 'POST', `/api/v1/initiatives/${created.body.id}/submit`, { version: created.body.version });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);

  // The dossier page leads to the printed application; printed to PDF by Chromium, A4, its Vietnamese text in it.
  await page.goto(`${baseURL}/initiatives/${created.body.id}`);
  await page.getByTestId('print-open').click();
  await page.waitForURL(`${baseURL}/initiatives/${created.body.id}/print`);
  const form = page.getByTestId('application-form');
  await expect(form).toContainText('ĐƠN YÊU CẦU CÔNG NHẬN SÁNG KIẾN');
  await expect(form).toContainText('Bản quyền tranh vẽ của họa sĩ Lý Thị Mỷ.');
  await checkA11y(page, 'printed application');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-application')).toBeHidden();
  await expect(page.getByTestId('user-menu')).toBeHidden();
  await shot(page, '41-application-print');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const parser = new PDFParse({ data: pdf });
  const printed = await parser.getText();
  await parser.destroy();
  // Words wrap at the end of a line, and a PDF may hold letters decomposed: compare words, composed.
  const words = printed.text.normalize('NFC').replace(/\s+/g, ' ');
  for (const expected of [
    'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'ĐƠN YÊU CẦU CÔNG NHẬN SÁNG KIẾN',
    'Kính gửi: Hội đồng sáng kiến LĐLĐ huyện Phong Thổ',
    title,
    'Lý Thị Mỷ',
    '60 %',
    'Phòng, chống dịch',
    '14/02/2022',
    'Bản quyền tranh vẽ của họa sĩ Lý Thị Mỷ.',
    'Lai Châu, ngày 01 tháng 03 năm 2022',
    'Người nộp đơn',
  ]) {
    expect(words, `the PDF holds "${expected}"`).toContain(expected);
  }
  expect(printed.total, 'pages of the PDF').toBeGreaterThanOrEqual(1);

  // Participation moved: one more of Phong Thổ's grassroots unions has filed in phase 1; the school's row counts it.
  await page.goto(`${baseURL}/?period=GD1`);
  await expect.poll(async () => (await participation(page))?.filed).toBe((before?.filed ?? 0) + 1);
  const row = page.locator(`[data-testid="progress-table"] tr[data-unit="${school.code}"]`);
  await expect(row.locator('td').nth(0)).toHaveText('100');
  await expect(row.locator('td').nth(2)).toHaveText('1');
  await shot(page, '42-grassroots-participation');
  expect(errors.filter((e) => !/409|Conflict/i.test(e)), 'console errors other than the refused split').toEqual([]);

  // Someone who may read the dossier but not its confidential part (the admin role alone) prints it without that part.
  const admin = await session();
  await signIn(admin.page, 'admin.demo');
  await admin.page.goto(`${baseURL}/initiatives/${created.body.id}/print`);
  await expect(admin.page.getByTestId('application-form')).toContainText(title);
  await expect(admin.page.getByTestId('application-confidential-withheld')).toHaveText('(thông tin bảo mật — không hiển thị)');
  await expect(admin.page.getByTestId('application-form')).not.toContainText('Bản quyền tranh vẽ');
  expect(admin.errors, 'console errors, admin').toEqual([]);
});
