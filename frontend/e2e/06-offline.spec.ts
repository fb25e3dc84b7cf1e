import type { Page } from '@playwright/test';
import { BASE, checkA11y, expect, shot, signIn, test, text } from './fixtures';

/** The persisted query cache as the app keeps it in IndexedDB (src/lib/offline/queryCache.ts), or null. */
const keptCache = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const open = indexedDB.open('sangkien');
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('query-cache')) return resolve(null);
          const get = db.transaction('query-cache', 'readonly').objectStore('query-cache').get('sangkien:query-cache');
          get.onsuccess = () => resolve(typeof get.result === 'string' ? get.result : null);
          get.onerror = () => resolve(null);
        };
      }),
  );

test('offline, the app opens on the last data and the drafts kept on the device, says so, and forgets the data on sign-out', async ({ session }) => {
  const { context, page, errors } = await session({ phone: true });
  await signIn(page, 'cb.phongtho');
  await page.waitForFunction(() => document.querySelector('[data-testid="period-GD2-target"]')?.textContent?.trim() === '130');
  // The service worker takes the page over (clients.claim) once it has precached the app. Chromium sometimes leaves
  // the page that registered it uncontrolled (seen once in make test): a page loaded once the worker is active is not.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
  }
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });

  // A draft, kept on the device.
  const title = `Sổ tay an toàn lao động cho bản ${Date.now().toString(36)}`;
  await page.goto(`${BASE}/initiatives/new`);
  await page.getByLabel('Tên sáng kiến').fill(title);
  await page.getByTestId('draft-kept').waitFor();

  // Back on the dashboard; its data is kept on the device a moment later.
  await page.goto(`${BASE}/`);
  await page.waitForFunction(() => document.querySelector('[data-testid="period-GD2-target"]')?.textContent?.trim() === '130');
  await expect.poll(async () => (await keptCache(page)) ?? '', { message: 'the dashboard data kept in IndexedDB' }).toContain('"progress"');
  await expect(page.getByTestId('offline-banner')).toHaveCount(0);

  // No connection at all, then a reload: the shell comes from the service worker, the data from IndexedDB.
  await context.setOffline(true);
  await page.reload();
  const banner = page.getByTestId('offline-banner');
  await banner.waitFor();
  const said = await banner.innerText();
  expect(said, 'the banner, in Vietnamese first').toMatch(/Đang ngoại tuyến[\s\S]*Không có kết nối mạng[\s\S]*dữ liệu đã lưu trên máy lúc \d\d\/\d\d\/\d{4} \d\d:\d\d[\s\S]*No network connection/);
  expect(said.indexOf('Không có kết nối mạng'), 'Vietnamese before English').toBeLessThan(said.indexOf('No network connection'));
  await page.waitForFunction(() => document.querySelector('[data-testid="period-GD2-target"]')?.textContent?.trim() === '130');
  expect(await text(page, 'period-GD1-target'), 'GD1 target, offline').toBe('135');
  expect(await text(page, 'total-summary'), "the summary is Phong Thổ's, offline").toContain('LĐLĐ huyện Phong Thổ');
  await shot(page, '21-offline-dashboard');
  await checkA11y(page, 'dashboard offline, with the banner');

  // The form opens offline on the draft.
  await page.goto(`${BASE}/initiatives/new`);
  await page.getByTestId('draft-restored').waitFor({ timeout: 15_000 });
  await expect(page.getByLabel('Tên sáng kiến')).toHaveValue(title);
  await expect(page.getByTestId('offline-banner')).toBeVisible();
  await shot(page, '22-offline-draft');

  // The connection comes back: the banner goes.
  await context.setOffline(false);
  await expect(page.getByTestId('offline-banner')).toHaveCount(0);

  // Signing out leaves nothing of this officer's data on the device.
  await page.goto(`${BASE}/`);
  await page.getByTestId('total-summary').waitFor();
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await page.getByTestId('sign-in').waitFor({ timeout: 30_000 });
  // (An empty cache may be written again as the app signs out; none of the officer's data is in it.)
  await page.waitForTimeout(1500);
  const kept = (await keptCache(page)) ?? '';
  expect(kept, 'the dashboard data kept on the device after sign-out').not.toContain('"progress"');
  expect(kept, "the officer's profile kept on the device after sign-out").not.toContain('cb.phongtho');

  const unexpected = errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/i.test(e));
  expect(unexpected, 'console errors other than the missing network').toEqual([]);
});
