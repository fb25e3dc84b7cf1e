import type { Page } from '@playwright/test';
import { apiCall, expect, shot, signIn, test } from './fixtures';

const PROGRAM = '/api/v1/programs/1TRIEU-SK/quotas';

/** Saves and expects it saved; a refusal fails the test with the server's answer (status and problem). */
async function save(page: Page) {
  const answer = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/quotas/'));
  await page.getByTestId('quota-save').click();
  const response = await answer;
  expect(response.status(), await response.text()).toBe(200);
  await expect(page.getByText('Đã lưu phân bổ chỉ tiêu')).toBeVisible();
}

/** Opens the quota table and waits for the server's own: editing starts from the latest, not the copy kept on the device. */
async function openLatest(page: Page, url: string) {
  const latest = page.waitForResponse((r) => r.request().method() === 'GET' && new URL(r.url()).pathname === PROGRAM && r.ok());
  await page.goto(url);
  await latest;
  await expect(page.getByTestId('quota-edit')).toBeEnabled();
}

async function fill(page: Page, unit: string, targets: Record<string, number>) {
  for (const [period, target] of Object.entries(targets)) await page.getByTestId(`quota-${unit}-${period}`).fill(String(target));
}

test("the province moves ten of phase 1 from Sìn Hồ to Phong Thổ together with Phong Thổ's own split, in one request", async ({ session, baseURL }) => {
  const { page, errors } = await session();
  await signIn(page, 'ldld.laichau');

  // Phong Thổ has split its targets among its grassroots unions (10-grassroots does it; alone, this test does it here).
  let phongTho = await apiCall(page, 'GET', `${PROGRAM}?unit=LCH-PT`);
  type Row = { unitCode: string; unitName: string; targets: Record<string, number> };
  if (!(phongTho.body.children as Row[]).some((c) => Object.keys(c.targets).length > 0)) {
    const code = `LCH-PT-PV${Date.now().toString(36).toUpperCase()}`;
    const unit = await apiCall(page, 'POST', '/api/v1/units', { code, name: `CĐCS Trường Phổ thông Dân tộc nội trú ${code}`, type: 'GRASSROOTS', parentCode: 'LCH-PT', validFrom: '2021-09-01' });
    expect(unit.status, JSON.stringify(unit.body)).toBe(201);
    const others = (phongTho.body.children as Row[]).map((c) => ({ unitCode: c.unitCode, targets: { '2022-2023': 0, GD1: 0, GD2: 0 } }));
    const split = await apiCall(page, 'PUT', `${PROGRAM}/LCH-PT/allocation`, {
      version: phongTho.body.version,
      allocations: [...others, { unitCode: code, targets: { '2022-2023': 265, GD1: 135, GD2: 130 } }],
    });
    expect(split.status, JSON.stringify(split.body)).toBe(200);
    phongTho = await apiCall(page, 'GET', `${PROGRAM}?unit=LCH-PT`);
  }
  // The union that takes Phong Thổ's ten more: the one with the most in phase 1.
  const taker = (phongTho.body.children as Row[]).reduce((a, b) => ((b.targets.GD1 ?? 0) > (a.targets.GD1 ?? 0) ? b : a));
  const was = { '2022-2023': taker.targets['2022-2023'], GD1: taker.targets.GD1 };

  await openLatest(page, `${baseURL}/quotas`);
  await page.getByTestId('quota-edit').click();
  await fill(page, 'LCH-PT', { '2022-2023': 275, GD1: 145 });
  await fill(page, 'LCH-SH', { '2022-2023': 240, GD1: 120 });
  // Phong Thổ has passed its targets down: its split shows, checked against its new targets.
  const below = page.getByTestId('quota-below-LCH-PT');
  await expect(below.getByRole('heading')).toHaveText('Phân bổ tiếp của LĐLĐ huyện Phong Thổ');
  await expect(page.getByTestId('quota-below-check-LCH-PT')).toContainText('Thiếu 10');
  await expect(page.getByTestId('quota-sums')).toContainText('chỉ tiêu của LĐLĐ huyện Phong Thổ là 145 — còn thiếu 10.');

  // Sent as it stands, the server refuses the whole request, naming the row below: nothing changes.
  await page.getByTestId('quota-save').click();
  await expect(page.getByTestId('quota-problem')).toContainText('Chỉ tiêu không khớp');
  await expect(page.getByTestId('quota-below-check-LCH-PT')).toContainText('phải bằng chỉ tiêu của đơn vị cấp trên (145) nhưng đang là 135');
  expect((await apiCall(page, 'GET', `${PROGRAM}?unit=LCH`)).body.children.find((c: Row) => c.unitCode === 'LCH-PT').targets.GD1).toBe(135);

  // With Phong Thổ's split made to fit, both are saved by the one request.
  await fill(page, taker.unitCode, { '2022-2023': was['2022-2023'] + 10, GD1: was.GD1 + 10 });
  await expect(page.getByTestId('quota-below-check-LCH-PT')).not.toContainText('Thiếu');
  await shot(page, '43-province-below');
  const writes: { url: string; body: { below?: { unitCode: string }[] } }[] = [];
  page.on('request', (r) => {
    if (r.method() === 'PUT' && r.url().includes('/quotas/')) writes.push({ url: r.url(), body: r.postDataJSON() });
  });
  await save(page);
  // One request: Lai Châu's allocation, carrying Phong Thổ's as below.
  expect(writes.map((w) => [new URL(w.url).pathname, w.body.below?.map((b) => b.unitCode)])).toEqual([
    ['/api/v1/programs/1TRIEU-SK/quotas/LCH/allocation', ['LCH-PT']],
  ]);
  await page.goto(`${baseURL}/quotas?unit=LCH-PT`);
  await expect(page.getByTestId('quota-parent-row')).toContainText('145');
  await expect(page.locator(`tr[data-unit="${taker.unitCode}"]`)).toContainText(String(was.GD1 + 10));
  await expect(page.getByTestId('quota-check-row')).not.toContainText('Thiếu');

  // And back as it was, the same way, so that the other tests find Lai Châu's table as planned.
  // The table kept on the device shows first; the edit starts on the one just read (a newer version starts afresh).
  await openLatest(page, `${baseURL}/quotas`);
  await expect(page.locator('tr[data-unit="LCH-PT"]')).toContainText('275');
  await page.getByTestId('quota-edit').click();
  await fill(page, 'LCH-PT', { '2022-2023': 265, GD1: 135 });
  await fill(page, 'LCH-SH', { '2022-2023': 250, GD1: 130 });
  await fill(page, taker.unitCode, was);
  await expect(page.getByTestId('quota-below-check-LCH-PT')).not.toContainText('Thiếu');
  await save(page);
  const after = await apiCall(page, 'GET', `${PROGRAM}?unit=LCH-PT`);
  expect(after.body.parent.targets).toEqual({ '2022-2023': 265, GD1: 135, GD2: 130 });
  expect(after.body.children.find((c: Row) => c.unitCode === taker.unitCode).targets.GD1).toBe(was.GD1);
  expect(errors.filter((e) => !/409|Conflict/i.test(e)), 'console errors other than the refusal').toEqual([]);
});
