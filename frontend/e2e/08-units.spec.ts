import type { Locator, Page } from '@playwright/test';
import { checkA11y, expect, shot, signIn, test } from './fixtures';

const ddmmyyyy = (d: Date) => `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;

/** The row of a unit (not its children's): name, badges, counts and actions. */
const rowOf = (page: Page, code: string) => page.locator(`li[data-unit="${code}"] > .unit-row`);

/** "3 đơn vị trực thuộc" on a row, as a number. */
async function below(row: Locator) {
  const counts = row.getByTestId('unit-counts');
  await expect(counts).toContainText('đơn vị trực thuộc');
  return Number(/(\d[\d.]*) đơn vị trực thuộc/.exec(await counts.innerText())?.[1].replace(/\./g, '') ?? NaN);
}

test('the district officer adds, renames, finds and closes grassroots unions on the units screen', async ({ session, baseURL }) => {
  const { page, errors } = await session();
  // Codes of this run, so that the test can run again on the same stack.
  const run = Date.now().toString(36).toUpperCase();
  const school = { code: `LCH-PT-TH${run}`, name: 'CĐCS Trường Tiểu học Mường So', renamed: 'CĐCS Trường Tiểu học Sì Lở Lầu' };
  const plant = { code: `LCH-PT-TD${run}`, name: 'CĐCS Công ty Cổ phần Thủy điện Nậm Na' };
  const yesterday = ddmmyyyy(new Date(Date.now() - 24 * 60 * 60_000));

  await signIn(page, 'cb.phongtho');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đơn vị' }).click();
  await page.waitForURL(`${baseURL}/units`);
  const own = rowOf(page, 'LCH-PT');
  await expect(own).toContainText('LĐLĐ huyện Phong Thổ');
  await expect(own).toContainText('Đơn vị của bạn');
  const before = await below(own);
  // The officer's own unit: units may be added below it, but it is not renamed, moved or closed from here.
  await expect(own.getByRole('button', { name: /Thao tác với/ })).toHaveCount(0);
  await expect(page.getByRole('menuitem', { name: 'Đổi tên, khối' })).toHaveCount(0);

  // A primary school's union, with its sector.
  await own.getByRole('button', { name: 'Thêm đơn vị trực thuộc LĐLĐ huyện Phong Thổ' }).click();
  let dialog = page.getByRole('dialog', { name: 'Thêm đơn vị trực thuộc LĐLĐ huyện Phong Thổ' });
  await expect(dialog.getByLabel('Mã đơn vị')).toBeFocused();
  await dialog.getByLabel('Mã đơn vị').fill(school.code);
  await dialog.getByLabel('Tên đơn vị').fill(school.name);
  await expect(dialog.getByRole('textbox', { name: 'Hiệu lực từ ngày' })).toHaveValue(ddmmyyyy(new Date()));
  await dialog.getByRole('combobox', { name: 'Khối (đối tượng đoàn viên)' }).click();
  await page.getByRole('option', { name: 'Viên chức, người lao động đơn vị sự nghiệp công lập' }).click();
  await shot(page, '30-units-add');
  await checkA11y(page, 'units, add dialog');
  await dialog.getByRole('button', { name: 'Thêm đơn vị trực thuộc', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, school.code)).toContainText(school.name);
  await expect(rowOf(page, school.code).getByTestId('unit-sector')).toHaveText('Viên chức, người lao động đơn vị sự nghiệp công lập');

  // A hydropower company's union, in force since the programme began, no sector.
  await own.getByRole('button', { name: 'Thêm đơn vị trực thuộc LĐLĐ huyện Phong Thổ' }).click();
  dialog = page.getByRole('dialog', { name: 'Thêm đơn vị trực thuộc LĐLĐ huyện Phong Thổ' });
  await dialog.getByLabel('Mã đơn vị').fill(plant.code);
  await dialog.getByLabel('Tên đơn vị').fill(plant.name);
  const from = dialog.getByRole('textbox', { name: 'Hiệu lực từ ngày' });
  await from.fill('01/09/2021');
  await from.press('Tab');
  await dialog.getByRole('button', { name: 'Thêm đơn vị trực thuộc', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, plant.code)).toContainText(plant.name);
  await expect.poll(() => below(own)).toBe(before + 2);
  await shot(page, '31-units-tree');
  await checkA11y(page, 'units tree');

  // The school is renamed.
  await rowOf(page, school.code).getByRole('button', { name: `Thao tác với ${school.name}` }).click();
  await page.getByRole('menuitem', { name: 'Đổi tên, khối' }).click();
  dialog = page.getByRole('dialog');
  const name = dialog.getByLabel('Tên đơn vị');
  await expect(name).toBeFocused();
  await name.fill(school.renamed);
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, school.code).getByTestId('unit-name')).toHaveText(school.renamed);

  // Found again typing without diacritics.
  const search = page.getByRole('searchbox', { name: 'Tìm đơn vị' });
  await search.fill('si lo lau');
  const results = page.getByTestId('unit-results');
  await expect(results.locator(`li[data-unit="${school.code}"]`)).toContainText(school.renamed);
  await expect(results).toContainText('Cấp trên: LĐLĐ huyện Phong Thổ');
  await expect(page.getByTestId('unit-result-count')).toHaveText('1 đơn vị khớp');
  await shot(page, '32-units-search');
  await page.getByRole('button', { name: 'Xóa từ khóa' }).click();
  await expect(page.getByTestId('unit-tree')).toBeVisible();

  // The company's union is closed: its last day in force was yesterday.
  await rowOf(page, plant.code).getByRole('button', { name: `Thao tác với ${plant.name}` }).click();
  await page.getByRole('menuitem', { name: 'Đóng đơn vị' }).click();
  dialog = page.getByRole('dialog', { name: `Đóng ${plant.name}?` });
  const last = dialog.getByRole('textbox', { name: 'Ngày cuối còn hiệu lực' });
  await last.fill(yesterday);
  await last.press('Tab');
  await dialog.getByRole('button', { name: 'Đóng đơn vị', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, plant.code)).toHaveCount(0);
  await expect.poll(() => below(own)).toBe(before + 1);
  // Closed, not deleted: there when closed units are asked for.
  await page.getByRole('switch', { name: 'Hiện cả đơn vị đã đóng' }).check();
  await expect(rowOf(page, plant.code).getByTestId('unit-state')).toHaveText(`Đã đóng, hiệu lực đến ${yesterday}`);
  await shot(page, '33-units-closed');

  // Asked directly, the API refuses to rename the officer's own unit, with its message.
  const refusal = await page.evaluate(async () => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    const token = key ? (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string }).access_token : undefined;
    const unit = await (await fetch('/api/v1/units/LCH-PT', { headers: { Authorization: `Bearer ${token}` } })).json();
    const answer = await fetch('/api/v1/units/LCH-PT', {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Accept-Language': 'vi' },
      body: JSON.stringify({ name: 'LĐLĐ huyện Phong Thổ (đổi tên)', type: unit.type, parentCode: unit.parentCode, validFrom: unit.validFrom, version: unit.version }),
    });
    return { status: answer.status, body: await answer.json() };
  });
  expect(refusal.status).toBe(403);
  expect(refusal.body.title).toBe('Chỉ sửa được các đơn vị cấp dưới của mình');
  await expect(own).toContainText('LĐLĐ huyện Phong Thổ');

  // On a phone: the menu leads there, the tree fits the width, the actions open.
  const phone = await session({ phone: true });
  await signIn(phone.page, 'cb.phongtho');
  await phone.page.getByRole('button', { name: 'Mở/đóng menu' }).click();
  await phone.page.getByRole('link', { name: 'Đơn vị' }).click();
  await expect(rowOf(phone.page, school.code)).toContainText(school.renamed);
  const width = phone.page.viewportSize()?.width ?? 0;
  expect(await phone.page.evaluate(() => document.documentElement.scrollWidth), 'sideways scrolling on a phone').toBeLessThanOrEqual(width);
  await rowOf(phone.page, school.code).getByRole('button', { name: `Thao tác với ${school.renamed}` }).click();
  await phone.page.getByRole('menuitem', { name: 'Chuyển sang đơn vị cấp trên khác' }).click();
  await expect(phone.page.getByRole('dialog').getByRole('combobox', { name: 'Đơn vị cấp trên mới' })).toBeVisible();
  await shot(phone.page, '34-units-phone-move');
  await phone.page.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click();
  await expect(phone.page.getByRole('dialog')).toBeHidden();
  await shot(phone.page, '35-units-phone');
  await checkA11y(phone.page, 'units tree on a phone');
  expect([...errors, ...phone.errors].filter((e) => !/403|Forbidden/i.test(e)), 'console errors other than the 403').toEqual([]);
});
