// Browser tests of the built SPA against a running stack (Keycloak, backend, `vite preview`): the @playwright/test
// runner driving Debian's chromium (no browser download: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 at install). Started by
// scripts/e2e.mjs, which brings the stack up first; on its own: `npx playwright test` against a stack already running.
//
//   E2E_BASE_URL      the SPA                       default http://127.0.0.1:5173
//   E2E_PASSWORD      the demo users' password       default Demo@2026
//   CHROMIUM_PATH     the browser                    default /usr/bin/chromium
//   E2E_ONLY          run only tests whose title contains this text
//   E2E_HEADED=1      show the browser (needs a display)
import { defineConfig } from '@playwright/test';

const only = process.env.E2E_ONLY;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // The tests share one stack and, in the filing story, one dossier: one worker, files and tests in order.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  timeout: 240_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  ...(only ? { grep: new RegExp(only.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) } : {}),
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL: (process.env.E2E_BASE_URL ?? 'http://127.0.0.1:5173').replace(/\/$/, ''),
    browserName: 'chromium',
    headless: process.env.E2E_HEADED !== '1',
    locale: 'vi-VN',
    viewport: { width: 1366, height: 900 },
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Playwright adds --headless and a fresh temporary --user-data-dir itself.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
  },
});
