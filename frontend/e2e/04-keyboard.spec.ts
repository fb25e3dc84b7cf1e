import { BASE, PASSWORD, checkA11y, expect, shot, tabTo, test } from './fixtures';

test('the sign-in screen and the main menu work from the keyboard alone', async ({ session }) => {
  const { page, errors } = await session();
  await page.goto(`${BASE}/`);
  await page.getByTestId('sign-in').waitFor();
  await checkA11y(page, 'sign-in screen');
  await tabTo(page, '[data-testid="sign-in"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#username', { timeout: 30_000 });
  await page.focus('#username');
  await page.keyboard.type('cb.phongtho');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id), 'Tab leads from the user name to the password').toBe('password');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.href.startsWith(BASE), { timeout: 30_000 });
  await page.getByTestId('total-summary').waitFor({ timeout: 30_000 });
  // The first Tab reaches the skip link; following it puts the focus on the main content.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('skip-link')), 'the first Tab reaches the skip link').toBe(true);
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id), 'the skip link moves the focus to the main content').toBe('main');
  // The main menu (before the content): back to "Sáng kiến", Enter opens the list; the focus is visible on the way.
  await tabTo(page, 'nav a[href="/initiatives"]', { back: true });
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  });
  expect(outline, 'the focused menu link shows a focus outline').toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${BASE}/initiatives`);
  await page.getByTestId('initiative-count').waitFor();
  await tabTo(page, '[data-testid="new-initiative"]');
  await page.keyboard.press('Enter');
  await page.getByLabel('Tên sáng kiến').waitFor();
  await shot(page, '20-keyboard-new-initiative');
  expect(errors, 'console errors').toEqual([]);
});
