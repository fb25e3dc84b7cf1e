// What the browser tests share: fresh browser sessions that record console errors, signing in through the real
// Keycloak page, axe-core scans, screenshots of the main screens (e2e/screenshots/, git-ignored).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export { expect };

export const BASE = (process.env.E2E_BASE_URL ?? 'http://127.0.0.1:5173').replace(/\/$/, '');
export const PASSWORD = process.env.E2E_PASSWORD ?? 'Demo@2026';
export const SHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions of the page. */
  errors: string[];
}

interface Fixtures {
  /** A fresh browser context (no cookies, no tokens) that records console errors; closed after the test. */
  session: (options?: { phone?: boolean }) => Promise<Session>;
}

export const test = base.extend<Fixtures>({
  session: async ({ browser }, use, testInfo) => {
    const opened: Session[] = [];
    await use(async ({ phone = false } = {}) => {
      const context = await browser.newContext(
        phone
          ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'vi-VN' }
          : { viewport: { width: 1366, height: 900 }, locale: 'vi-VN' },
      );
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      const s = { context, page, errors };
      opened.push(s);
      return s;
    });
    // A failed test leaves a picture of every page it had open.
    if (testInfo.status !== testInfo.expectedStatus) {
      for (const [n, s] of opened.entries()) {
        const path = join(SHOTS, `FAILED-${testInfo.title.replace(/[^\w-]+/g, '-').slice(0, 60)}-${n}.png`);
        await s.page.screenshot({ path, fullPage: true }).then(() => testInfo.attachments.push({ name: `page ${n}`, path, contentType: 'image/png' })).catch(() => {});
      }
    }
    for (const s of opened) await s.context.close().catch(() => {});
  },
});

/** Signs in through the real Keycloak login page, as a person would. */
export async function signIn(page: Page, username: string) {
  await page.goto(`${BASE}/`);
  await page.getByTestId('sign-in').click();
  await page.waitForSelector('#username', { timeout: 30_000 });
  await page.fill('#username', username);
  await page.fill('#password', PASSWORD);
  await page.click('#kc-login');
  await page.waitForURL((url) => url.href.startsWith(BASE), { timeout: 30_000 });
  await page.getByTestId('user-menu').waitFor({ timeout: 30_000 });
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core (WCAG 2.1 A/AA rules and best practices) on the page as it stands; fails on serious or critical
 * violations, prints the others.
 */
export async function checkA11y(page: Page, where: string) {
  if (!(await page.evaluate(() => Boolean((window as unknown as { axe?: unknown }).axe)))) await page.addScriptTag({ content: AXE });
  const violations: AxeViolation[] = await page.evaluate(async () => {
    type Axe = { run: (ctx: Document, options: unknown) => Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: { target: string[] }[] }[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 4).map((n) => n.target.join(' ')) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of violations) if (!serious.includes(v)) console.log(`     (accessibility, ${where}: ${v.impact} ${v.id} — ${v.help})`);
  expect(serious, `accessibility, ${where}: ${serious.map((v) => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(', ')}`).join(' | ')}`).toEqual([]);
}

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

export async function text(page: Page, testId: string) {
  return (await page.getByTestId(testId).first().innerText()).trim();
}

/** A number as the page shows it in Vietnamese (1.234,5). */
export const numberIn = async (page: Page, testId: string) => Number((await text(page, testId)).replace(/\./g, '').replace(',', '.'));

/** Presses Tab (or Shift+Tab) until the focused element matches the selector; fails after `limit` presses. */
export async function tabTo(page: Page, selector: string, { back = false, limit = 40 } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Calls the API as the signed-in page does (the token of its session), asking for Vietnamese messages. */
export async function apiCall(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return page.evaluate(
    async ({ method, path, body }) => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
      const token = key ? (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string }).access_token : undefined;
      const answer = await fetch(path, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Accept-Language': 'vi' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: answer.status, body: await answer.json().catch(() => null) };
    },
    { method, path, body },
  );
}
