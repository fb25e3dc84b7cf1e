import { BASE, checkA11y, expect, shot, signIn, test, text } from './fixtures';

// Issue 17 in one story: the district officer files a dossier for a member, naming them as its author linked to their
// account; the member sees it with its status and history among the dossiers filed for them and confirms their
// details; another member of the same district sees nothing of it.
const STAMP = Date.now().toString(36);
const dossier: { title: string; url?: string } = { title: `Sổ tay chăm sóc vườn chè cho đoàn viên ${STAMP}` };

test('a unit officer files a dossier for a member, linked to their account', async ({ session }) => {
  const { page, errors } = await session();
  await signIn(page, 'cb.phongtho');
  await page.goto(`${BASE}/initiatives/new`);
  await page.getByLabel('Tên sáng kiến').fill(dossier.title);
  await page.getByRole('combobox', { name: 'Loại giải pháp' }).click();
  await page.getByRole('option', { name: 'Giải pháp kỹ thuật' }).click();
  await page.getByRole('combobox', { name: 'Lĩnh vực áp dụng' }).click();
  await page.getByRole('option', { name: 'Phát triển kinh tế – xã hội' }).click();
  const date = page.getByRole('textbox', { name: 'Ngày áp dụng lần đầu' });
  await date.fill('15/03/2022');
  await date.press('Tab');
  const filed = page.getByRole('textbox', { name: 'Ngày nộp đơn' });
  await filed.fill('01/04/2022');
  await filed.press('Tab');
  await page.getByRole('button', { name: 'Tiếp' }).click();
  await page.getByLabel('Tóm tắt bản chất giải pháp').fill('Lịch bón phân, tỉa cành và hái chè theo mùa, in thành sổ tay cho đoàn viên.');
  await page.getByRole('button', { name: 'Tiếp' }).click();
  await page.getByLabel('Họ và tên').first().fill('Giàng A Sùng');
  await page.getByLabel('Tỷ lệ đóng góp (%)').first().fill('100');
  await page.getByLabel('Tài khoản của tác giả').first().fill('doanvien.phongtho');
  await expect(page.getByLabel('Tài khoản của tác giả').first()).toHaveValue('doanvien.phongtho');
  await page.getByRole('button', { name: 'Tiếp' }).click();
  await page.getByTestId('save-dossier').click();
  await page.getByTestId('initiative-title').waitFor({ timeout: 15_000 });
  expect(await text(page, 'initiative-title')).toBe(dossier.title);
  dossier.url = page.url();
  expect(errors, 'console errors').toEqual([]);
});

test('the member sees the dossier filed for them, its status and history, and confirms their details', async ({ session }) => {
  const { page, errors } = await session();
  await signIn(page, 'doanvien.phongtho');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Sáng kiến' }).click();
  // The switch keeps its state in the address (the list's filters do), so wait for it there.
  await page.getByTestId('filed-for-me').click();
  await page.waitForURL(/linkedToMe=1/);
  await page.getByRole('link', { name: dossier.title }).click();
  await page.getByTestId('initiative-title').waitFor();
  await expect(page.locator('[data-status="DRAFT"]').first()).toBeVisible();
  await expect(page.getByTestId('history')).toContainText('Nháp');
  const mine = page.getByTestId('my-author');
  await expect(mine).toContainText('Giàng A Sùng');
  await expect(mine.getByTestId('my-author-state')).toHaveText('Bạn chưa xác nhận thông tin của mình.');
  // The dossier is the filer's to edit; the member only confirms or corrects their own row.
  await expect(page.getByRole('link', { name: 'Sửa hồ sơ' })).toHaveCount(0);
  await checkA11y(page, 'dossier filed for a member');
  await mine.getByTestId('my-author-confirm').click();
  await expect(mine.getByTestId('my-author-state')).toContainText('Bạn đã xác nhận lúc');
  await expect(page.getByTestId('history')).toContainText('Tác giả xác nhận thông tin của mình');
  await shot(page, '40-member-confirmed');
  expect(errors, 'console errors').toEqual([]);
});

test('another member of the district sees nothing of it', async ({ session }) => {
  const { page, errors } = await session();
  await signIn(page, 'doanvien.mai');
  await page.goto(`${BASE}/initiatives?q=${encodeURIComponent(STAMP)}`);
  await page.getByTestId('initiative-count').waitFor();
  expect(await text(page, 'initiative-count'), "a colleague's dossier must not be listed").toMatch(/^0 /);
  if (dossier.url) {
    await page.goto(dossier.url);
    await page.getByRole('alert').first().waitFor();
    await expect(page.getByTestId('initiative-title')).toHaveCount(0);
  }
  expect(errors.filter((e) => !/404|Not Found/i.test(e)), 'console errors other than the 404').toEqual([]);
});
