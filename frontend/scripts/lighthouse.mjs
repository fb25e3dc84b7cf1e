// `make lighthouse`: Lighthouse (mobile: its default emulation and simulated throttling) on the sign-in page and on
// the dashboard after sign-in, 3 runs each, medians of the performance score, FCP, LCP, TBT and CLS written to
// bench/lighthouse.json and printed. Starts what it needs as scripts/e2e.mjs does (Keycloak 28180, the packaged backend
// 28080 on a throw-away PostgreSQL 25432, the built app on 5173 — so not while `make run` or the browser tests run).
//
// The sign-in page is measured as a first visit (Lighthouse resets the origin's storage). For the dashboard, Playwright
// signs in on a Debian Chromium started with --remote-debugging-port, and Lighthouse then runs on that browser, in the
// signed-in tab, with storage not reset (the tokens live in that tab's sessionStorage): a returning officer's visit.
//
//   CHROME_PATH         the browser (default /usr/bin/chromium; CHROMIUM_PATH too)
//   LIGHTHOUSE_RUNS     runs per page (default 3)
//   LIGHTHOUSE_OUT      where the figures go (default bench/lighthouse.json)
//   LIGHTHOUSE_TARGET   the performance score each page must reach (default 90); exits 1 below it
//   LIGHTHOUSE_REPORTS  a folder for each run's full report (JSON), to look into
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { stopAll } from '../../scripts/lib/parts.mjs';
import { ROOT, log } from '../../scripts/lib/stack.mjs';
import { THROWAWAY_PORTS, startThrowawayStack } from '../../scripts/lib/spa.mjs';

const { spa: SPA_PORT } = THROWAWAY_PORTS;
const DEBUG_PORT = 9333;
const BASE = `http://127.0.0.1:${SPA_PORT}`;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const OUT = process.env.LIGHTHOUSE_OUT ?? join(ROOT, 'bench', 'lighthouse.json');
const TARGET = Number(process.env.LIGHTHOUSE_TARGET ?? 90);
const USER = 'cb.phongtho';
const PASSWORD = process.env.E2E_PASSWORD ?? 'Demo@2026';

const executablePath = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`no browser at ${executablePath}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  process.exit(1);
}

const FLAGS = { output: 'json', logLevel: 'error', onlyCategories: ['performance'] };

/** The figures of one Lighthouse run. */
function figures(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
    fcpMs: Math.round(audit('first-contentful-paint')),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: Number(audit('cumulative-layout-shift').toFixed(3)),
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function summarise(url, runs) {
  const keys = Object.keys(runs[0]);
  return { url, median: Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])), runs };
}

async function measure(name, run) {
  const runs = [];
  for (let i = 1; i <= RUNS; i++) {
    const result = await run();
    if (result.lhr.runtimeError) throw new Error(`${name}, run ${i}: ${result.lhr.runtimeError.message}`);
    const f = figures(result.lhr);
    if (process.env.LIGHTHOUSE_REPORTS) {
      mkdirSync(process.env.LIGHTHOUSE_REPORTS, { recursive: true });
      writeFileSync(join(process.env.LIGHTHOUSE_REPORTS, `${name.replace(/\W+/g, '-')}-${i}.json`), result.report);
    }
    log(`lighthouse ${name} run ${i}/${RUNS}: performance ${f.performance}, FCP ${f.fcpMs} ms, LCP ${f.lcpMs} ms, TBT ${f.tbtMs} ms, CLS ${f.cls}`);
    runs.push(f);
  }
  return runs;
}

const began = Date.now();
const dataDir = mkdtempSync(join(tmpdir(), 'sangkien-lighthouse-'));
let context;
let code;

try {
  await startThrowawayStack(dataDir);

  // One Chromium, started by Playwright with a debugging port that Lighthouse connects to.
  context = await chromium.launchPersistentContext(join(dataDir, 'profile'), {
    executablePath, headless: true, viewport: null, locale: 'vi-VN',
    args: [`--remote-debugging-port=${DEBUG_PORT}`, '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const version = context.browser()?.version() ?? '';

  // A first visit: the sign-in page, in a tab of Lighthouse's own, storage reset before each run.
  const signIn = await measure('sign-in page', () => lighthouse(`${BASE}/`, { ...FLAGS, port: DEBUG_PORT }));

  // Sign in as a district officer with Playwright, then measure the dashboard in that tab, storage kept.
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${BASE}/`);
  await page.getByTestId('sign-in').click();
  await page.waitForSelector('#username', { timeout: 60_000 });
  await page.fill('#username', USER);
  await page.fill('#password', PASSWORD);
  await page.click('#kc-login');
  await page.waitForURL((url) => url.href.startsWith(BASE), { timeout: 60_000 });
  await page.getByTestId('total-summary').waitFor({ timeout: 60_000 });
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${DEBUG_PORT}`, defaultViewport: null });
  const tab = (await browser.pages()).find((p) => p.url().startsWith(BASE));
  if (!tab) throw new Error('the signed-in tab is not visible on the debugging port');
  const dashboard = await measure('dashboard', async () => {
    const result = await lighthouse(`${BASE}/`, { ...FLAGS, disableStorageReset: true }, undefined, tab);
    // Each run must have measured the dashboard, not the sign-in screen of a lost session.
    // The run ends at load; the totals follow the data, so they are given a moment to show.
    const summary = await tab.waitForSelector('[data-testid="total-summary"]', { timeout: 30_000 }).catch(() => null);
    if (!summary) throw new Error('the dashboard run did not end on the dashboard');
    return result;
  });
  await browser.disconnect();

  const report = {
    measuredAt: new Date().toISOString(),
    tool: `lighthouse ${lighthouse.version ?? '12.2.3'}, ${version ? `Chromium ${version}` : 'Chromium'}, mobile (default emulation, simulated throttling)`,
    runsPerPage: RUNS,
    target: { performance: TARGET },
    pages: {
      signIn: summarise(`${BASE}/`, signIn),
      dashboard: { ...summarise(`${BASE}/`, dashboard), signedInAs: USER },
    },
  };
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);

  console.log(`\nLighthouse, mobile, median of ${RUNS} runs (${relative(process.cwd(), OUT) || OUT}):`);
  console.log('page          performance   FCP ms   LCP ms   TBT ms     CLS');
  const met = [];
  for (const [name, p] of Object.entries(report.pages)) {
    const m = p.median;
    console.log(`${name.padEnd(13)} ${String(m.performance).padStart(11)} ${String(m.fcpMs).padStart(8)} ${String(m.lcpMs).padStart(8)} ${String(m.tbtMs).padStart(8)} ${String(m.cls).padStart(7)}`);
    met.push(m.performance >= TARGET);
  }
  code = met.every(Boolean) ? 0 : 1;
  console.log(code === 0 ? `target met: performance ≥ ${TARGET} on both pages` : `TARGET MISSED: performance below ${TARGET}`);
} catch (e) {
  console.error(e.stack ?? e.message);
  code = 1;
}
await context?.close().catch(() => {});
await stopAll();
if (code === 0) rmSync(dataDir, { recursive: true, force: true });
else log(`logs kept in ${dataDir}`);
log(`lighthouse done in ${((Date.now() - began) / 1000).toFixed(0)} s`);
process.exit(code);
