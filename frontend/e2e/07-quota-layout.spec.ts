import type { Page } from '@playwright/test';
import { checkA11y, expect, shot, signIn, test } from './fixtures';

/** Widths the quota screen must fit: nothing scrolls sideways (the page and every box on the way to the table). */
async function overflow(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((el) => {
    const wide: string[] = [];
    for (let node: Element | null = el; node; node = node.parentElement) {
      if (node.scrollWidth > node.clientWidth + 1) wide.push(`${node.tagName}.${node.className} ${node.scrollWidth}>${node.clientWidth}`);
    }
    return wide;
  });
}

/** The unit names whose link takes more than two lines. */
async function tallNames(page: Page) {
  return page.locator('tr[data-unit] th a').evaluateAll((links) =>
    links
      .filter((a) => a.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(a).lineHeight) + 1)
      .map((a) => `${a.textContent} ${Math.round(a.getBoundingClientRect().height)}px`),
  );
}

test('the quota table fits an office laptop (1366 px) and is a card per unit on a phone', async ({ session, baseURL }) => {
  const { page, errors } = await session();
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, 'ldld.laichau');
  await page.goto(`${baseURL}/quotas`);
  await page.getByTestId('quota-table').waitFor();
  await expect(page.locator('tr[data-unit]')).toHaveCount(11);
  expect(await tallNames(page), 'names over two lines, reading').toEqual([]);
  expect(await overflow(page, '[data-testid="quota-table"]'), 'sideways scrolling, reading').toEqual([]);
  await page.getByTestId('quota-edit').click();
  await page.getByTestId('quota-LCH-PT-GD1').waitFor();
  expect(await tallNames(page), 'names over two lines, editing').toEqual([]);
  expect(await overflow(page, '[data-testid="quota-table"]'), 'sideways scrolling, editing').toEqual([]);
  await shot(page, '15-quotas-1366');

  const phone = await session({ phone: true });
  await signIn(phone.page, 'ldld.laichau');
  await phone.page.goto(`${baseURL}/quotas`);
  const cards = phone.page.getByTestId('quota-card');
  await expect(cards).toHaveCount(11);
  const width = phone.page.viewportSize()?.width ?? 0;
  for (const box of await cards.evaluateAll((all) => all.map((c) => c.getBoundingClientRect()))) {
    expect(box.x >= 0 && box.x + box.width <= width, `a card at ${box.x}+${box.width} on a ${width} px screen`).toBe(true);
  }
  expect(await overflow(phone.page, '[data-testid="quota-table"]'), 'sideways scrolling on a phone').toEqual([]);
  await phone.page.getByTestId('quota-edit').click();
  await phone.page.getByTestId('quota-LCH-PT-GD1').fill('140');
  await phone.page.getByTestId('quota-check-row').getByText('Thừa 5').first().waitFor();
  expect(await overflow(phone.page, '[data-testid="quota-cards"]'), 'sideways scrolling on a phone, editing').toEqual([]);
  await shot(phone.page, '16-quotas-phone');
  await checkA11y(phone.page, 'quota cards on a phone, editing');
  expect([...errors, ...phone.errors], 'console errors').toEqual([]);
});
