import { checkA11y, expect, shot, signIn, test } from './fixtures';

test('the app works on a phone and signs out', async ({ session }) => {
  const { page, errors } = await session({ phone: true });
  await signIn(page, 'cb.phongtho');
  await page.getByTestId('total-summary').waitFor();
  await shot(page, '12-phone-dashboard');
  await checkA11y(page, 'dashboard on a phone');
  await page.getByRole('button', { name: 'Mở/đóng menu' }).click();
  await page.getByRole('link', { name: 'Sáng kiến' }).click();
  await page.getByTestId('initiative-count').waitFor();
  await shot(page, '13-phone-initiatives');
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await page.getByTestId('sign-in').waitFor({ timeout: 30_000 });
  await shot(page, '14-signed-out');
  expect(errors, 'console errors').toEqual([]);
});
