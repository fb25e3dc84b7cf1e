// Browser tests of the built SPA against a running stack (Keycloak, backend, `vite preview`), with playwright-core
// driving Debian's chromium (no browser download). Screenshots of the main screens go to e2e/screenshots/.
//
//   E2E_BASE_URL      the SPA                       default http://127.0.0.1:5173
//   E2E_PASSWORD      the demo users' password       default Demo@2026
//   CHROMIUM_PATH     the browser                    default /usr/bin/chromium
//   E2E_ONLY          run only tests whose name contains this text
//   E2E_HEADED=1      show the browser (needs a display)
//
// Prints one line per test and closes with "N passed, N failed"; exits non-zero on any failure.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const BASE = (process.env.E2E_BASE_URL ?? 'http://127.0.0.1:5173').replace(/\/$/, '');
const PASSWORD = process.env.E2E_PASSWORD ?? 'Demo@2026';
const SHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
const STAMP = Date.now().toString(36);

// A full run starts from an empty folder, so what is there is this run's.
if (!process.env.E2E_ONLY) rmSync(SHOTS, { recursive: true, force: true });
mkdirSync(SHOTS, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: process.env.E2E_HEADED !== '1',
  args: [
    // Playwright adds --headless and a fresh temporary --user-data-dir itself (it refuses one in args).
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync',
  ],
});

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** A fresh browser context (no cookies, no tokens) that records console errors. */
async function session({ phone = false } = {}) {
  const context = await browser.newContext(
    phone
      ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'vi-VN' }
      : { viewport: { width: 1366, height: 900 }, locale: 'vi-VN' },
  );
  const page = await context.newPage();
  openPages.push(page);
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

/** Signs in through the real Keycloak login page, as a person would. */
async function signIn(page, username) {
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

/**
 * Runs axe-core (WCAG 2.1 A/AA rules and best practices) on the page as it stands; fails on serious or critical
 * violations, prints the others.
 */
async function checkA11y(page, where) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 4).map((n) => n.target.join(' ')) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of violations) if (!serious.includes(v)) console.log(`     (accessibility, ${where}: ${v.impact} ${v.id} — ${v.help})`);
  expect(serious.length === 0, `accessibility, ${where}: ${serious.map((v) => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(', ')}`).join(' | ')}`);
}

async function shot(page, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function text(page, testId) {
  return (await page.getByTestId(testId).first().innerText()).trim();
}

const tests = [];
const openPages = [];
const test = (name, fn) => tests.push({ name, fn });
const created = { title: `Sáng kiến lọc nước sạch cho điểm trường ${STAMP}` };

test('the federation officer sees Lai Châu\'s targets 2.300 / 1.200 / 1.100', async () => {
  const { context, page, errors } = await session();
  await signIn(page, 'ldld.laichau');
  await page.getByTestId('period-2022-2023-target').waitFor();
  await page.getByTestId('period-GD2-target').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid="period-GD2-target"]')?.textContent?.trim() !== '–');
  expect((await text(page, 'period-2022-2023-target')) === '2.300', 'programme target is not 2.300');
  expect((await text(page, 'period-GD1-target')) === '1.200', 'GD1 target is not 1.200');
  expect((await text(page, 'period-GD2-target')) === '1.100', 'GD2 target is not 1.100');
  await page.getByTestId('progress-table').waitFor();
  await page.locator('.recharts-surface').first().waitFor({ timeout: 15_000 });
  await shot(page, '01-dashboard-federation');
  await checkA11y(page, 'dashboard');
  await page.getByTestId('period-GD1').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="total-target"]')?.textContent?.trim() === '1.200');
  await page.getByRole('link', { name: /Phong Thổ/ }).first().click();
  await page.waitForFunction(() => document.querySelector('[data-testid="total-target"]')?.textContent?.trim() === '135');
  await shot(page, '02-dashboard-drilldown-phong-tho');
  expect(errors.length === 0, `console errors: ${errors.join(' | ')}`);
  await context.close();
});

test('the federation officer sees the quota table and the print report', async () => {
  const { context, page, errors } = await session();
  await signIn(page, 'ldld.laichau');
  await page.goto(`${BASE}/quotas`);
  await page.getByTestId('quota-table').waitFor();
  const totals = await page.getByTestId('quota-children-total').innerText();
  expect(totals.includes('2.300') && totals.includes('1.200') && totals.includes('1.100'), `children totals: ${totals}`);
  await page.getByTestId('quota-edit').click();
  const cell = page.getByTestId('quota-LCH-PT-GD1');
  await cell.fill('140');
  await page.getByTestId('quota-check-row').getByText('Thừa 5').first().waitFor();
  await shot(page, '03-quotas-editing');
  await checkA11y(page, 'quota table, editing');
  await page.getByTestId('quota-save').click();
  await page.getByTestId('quota-problem').waitFor();
  await shot(page, '04-quotas-server-verdict');
  await page.goto(`${BASE}/reports/progress?period=2022-2023`);
  await page.getByTestId('progress-table').waitFor();
  await page.emulateMedia({ media: 'print' });
  await shot(page, '05-report-print');
  await page.emulateMedia({ media: 'screen' });
  expect(errors.every((e) => /409|Conflict/i.test(e)), `console errors: ${errors.join(' | ')}`);
  await context.close();
});

test('a unit officer files an initiative through the guided form', async () => {
  const { context, page, errors } = await session();
  await signIn(page, 'cb.phongtho');
  // Phong Thổ's own row of the seed table (reference-data/lai-chau.json): 265 for the programme, 135 + 130.
  await page.getByTestId('total-summary').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid="period-GD2-target"]')?.textContent?.trim() === '130');
  expect((await text(page, 'period-2022-2023-target')) === '265', `programme target: ${await text(page, 'period-2022-2023-target')}`);
  expect((await text(page, 'period-GD1-target')) === '135', `GD1 target: ${await text(page, 'period-GD1-target')}`);
  expect((await text(page, 'period-GD2-target')) === '130', `GD2 target: ${await text(page, 'period-GD2-target')}`);
  expect((await text(page, 'total-summary')).includes('LĐLĐ huyện Phong Thổ'), 'the summary is not Phong Thổ\'s');
  await page.getByTestId('period-GD1').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="total-target"]')?.textContent?.trim() === '135');
  await page.getByTestId('period-GD2').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="total-target"]')?.textContent?.trim() === '130');
  await shot(page, '06-dashboard-phong-tho');
  await page.goto(`${BASE}/initiatives`);
  await page.getByTestId('new-initiative').click();
  // What is typed survives a reload (kept on the device until the server has it).
  await page.getByLabel('Tên sáng kiến').fill(`${created.title} (nháp)`);
  await page.getByTestId('draft-kept').waitFor();
  await page.reload();
  await page.getByTestId('draft-restored').waitFor({ timeout: 15_000 });
  const kept = await page.getByLabel('Tên sáng kiến').inputValue();
  expect(kept === `${created.title} (nháp)`, `the draft came back as "${kept}"`);
  await shot(page, '07-form-draft-restored');
  await page.getByLabel('Tên sáng kiến').fill(created.title);
  await page.getByRole('combobox', { name: 'Loại giải pháp' }).click();
  await page.getByRole('option', { name: 'Giải pháp kỹ thuật' }).click();
  await page.getByRole('combobox', { name: 'Lĩnh vực áp dụng' }).click();
  await page.getByRole('option', { name: 'Phát triển kinh tế – xã hội' }).click();
  await page.getByLabel('Kính gửi (cơ quan xét công nhận)').fill('Hội đồng sáng kiến Sở Giáo dục và Đào tạo tỉnh Lai Châu');
  const date = page.getByRole('textbox', { name: 'Ngày áp dụng lần đầu' });
  await date.fill('15/03/2022');
  await date.press('Tab');
  const filed = page.getByRole('textbox', { name: 'Ngày nộp đơn' });
  await filed.fill('01/04/2022');
  await filed.press('Tab');
  await shot(page, '07a-form-general');
  await checkA11y(page, 'dossier form, general');
  await page.getByRole('button', { name: 'Tiếp' }).click();
  await page.getByLabel('Tóm tắt bản chất giải pháp').fill('Bể lọc nhiều tầng bằng vật liệu địa phương cấp nước sạch cho 120 học sinh bán trú.');
  await page.getByLabel('Nội dung, bản chất của giải pháp').fill('Ba tầng lọc sỏi, cát, than hoạt tính; nước chảy từ bể chứa trên cao qua các tầng lọc.');
  await checkA11y(page, 'dossier form, content');
  await page.getByRole('button', { name: 'Tiếp' }).click();
  await page.getByLabel('Họ và tên').first().fill('Nguyễn Thị Hoa');
  await page.getByLabel('Tỷ lệ đóng góp (%)').first().fill('60');
  await page.getByRole('button', { name: 'Thêm đồng tác giả' }).click();
  await page.getByLabel('Họ và tên').nth(1).fill('Lò Văn Minh');
  await page.getByLabel('Tỷ lệ đóng góp (%)').nth(1).fill('30');
  await page.getByTestId('contribution-total').getByText('Còn thiếu').waitFor();
  await shot(page, '07b-form-authors-sum-short');
  await checkA11y(page, 'dossier form, authors');
  await page.getByLabel('Tỷ lệ đóng góp (%)').nth(1).fill('40');
  await page.locator('[data-testid="contribution-total"][data-state="ok"]').waitFor();
  await page.getByRole('button', { name: 'Tiếp' }).click();
  await shot(page, '08-form-review');
  await checkA11y(page, 'dossier form, review');
  await page.getByTestId('save-dossier').click();
  await page.getByTestId('initiative-title').waitFor({ timeout: 15_000 });
  expect((await text(page, 'initiative-title')) === created.title, 'the detail page shows another title');
  created.url = page.url();
  // An attachment: a small real PDF (the server recognises files by their bytes).
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('attachment-file').click()]);
  await chooser.setFiles({ name: 'don-yeu-cau.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.getByTestId('attachment-upload').click();
  await page.getByTestId('attachments').getByText('don-yeu-cau.pdf').waitFor();
  await page.getByTestId('transition-submit').click();
  await page.getByTestId('transition-confirm').click();
  await page.locator('[data-status="SUBMITTED"]').first().waitFor();
  await page.getByTestId('history').getByText('Nháp → Đã nộp').waitFor();
  await shot(page, '09-initiative-submitted');
  await checkA11y(page, 'initiative detail');
  await page.goto(`${BASE}/initiatives?q=${encodeURIComponent('loc nuoc sach ' + STAMP)}`);
  await page.getByRole('link', { name: created.title }).first().waitFor();
  await shot(page, '10-initiatives-search-without-diacritics');
  await checkA11y(page, 'initiative list');
  expect(errors.length === 0, `console errors: ${errors.join(' | ')}`);
  await context.close();
});

test("another district's officer does not see it", async () => {
  const { context, page, errors } = await session();
  await signIn(page, 'cb.sinho');
  await page.goto(`${BASE}/initiatives?q=${encodeURIComponent(STAMP)}`);
  await page.getByTestId('initiative-count').waitFor();
  expect((await text(page, 'initiative-count')).startsWith('0 '), 'Sìn Hồ sees Phong Thổ\'s initiative');
  if (created.url) {
    await page.goto(created.url);
    await page.getByRole('alert').first().waitFor();
  }
  await shot(page, '11-other-district-cannot-see');
  expect(errors.every((e) => /404|Not Found/i.test(e)), `console errors: ${errors.join(' | ')}`);
  await context.close();
});

const numberIn = async (page, testId) => Number((await text(page, testId)).replace(/\./g, '').replace(',', '.'));

test('the council scores it, the union validates it and the province total moves', async () => {
  expect(created.url, 'no initiative was filed by the earlier test');
  const officer = await session();
  await signIn(officer.page, 'ldld.laichau');
  // The province's valid count for the whole programme before the check.
  await officer.page.goto(`${BASE}/?period=2022-2023`);
  await officer.page.getByTestId('total-valid').waitFor();
  const before = await numberIn(officer.page, 'total-valid');
  // The federation officer hands the dossier to the province's council (evaluator giamkhao) on the rubric.
  await officer.page.goto(created.url);
  await officer.page.getByTestId('assign-open').click();
  const evaluators = officer.page.getByRole('dialog').getByLabel('Giám khảo');
  await evaluators.fill('giamkhao');
  await evaluators.press('Enter');
  await officer.page.getByTestId('assign-confirm').click();
  await officer.page.locator('[data-status="UNDER_REVIEW"]').first().waitFor();
  await shot(officer.page, '15-assigned-to-council');

  // The evaluator finds it in their queue and scores it: 32 + 25 + 24 = 81, passes, grade B.
  const evaluator = await session();
  await signIn(evaluator.page, 'giamkhao');
  await evaluator.page.getByRole('link', { name: 'Xét duyệt' }).click();
  await evaluator.page.getByTestId('review-queue').getByRole('link', { name: created.title }).click();
  await evaluator.page.getByTestId('score-sheet').waitFor();
  await evaluator.page.getByLabel('Tính mới').fill('32');
  await evaluator.page.getByLabel('Khả năng áp dụng').fill('25');
  await evaluator.page.getByLabel('Hiệu quả, lợi ích').fill('24');
  await evaluator.page.waitForFunction(() => document.querySelector('[data-testid="score-total"]')?.textContent?.trim() === '81');
  expect((await text(evaluator.page, 'score-verdict')) === 'Đạt — xếp loại B', `verdict: ${await text(evaluator.page, 'score-verdict')}`);
  await evaluator.page.getByTestId('score-save').click();
  await evaluator.page.getByText('Đã lưu phiếu chấm').first().waitFor();
  await shot(evaluator.page, '16-score-sheet');
  await checkA11y(evaluator.page, 'score sheet');
  expect(evaluator.errors.length === 0, `console errors (evaluator): ${evaluator.errors.join(' | ')}`);

  // The officer sees the result, records the recognition decision, then the union's check: valid.
  await officer.page.reload();
  await officer.page.waitForFunction(() => document.querySelector('[data-testid="evaluation-total"]')?.textContent?.trim() === '81');
  await officer.page.getByTestId('transition-recognise').click();
  await officer.page.getByRole('dialog').getByLabel('Số quyết định').fill('125/QĐ-SGDĐT');
  await officer.page.getByTestId('transition-confirm').click();
  await officer.page.locator('[data-status="RECOGNISED"]').first().waitFor();
  await officer.page.getByTestId('transition-validate').click();
  await officer.page.getByTestId('transition-confirm').click();
  await officer.page.locator('[data-status="VALID"]').first().waitFor();
  await officer.page.getByTestId('history').getByText('Đã công nhận → Hợp lệ').waitFor();
  await shot(officer.page, '17-initiative-valid');

  // The province's total moved by one.
  await officer.page.goto(`${BASE}/?period=2022-2023`);
  await officer.page.waitForFunction(
    (want) => document.querySelector('[data-testid="total-valid"]')?.textContent?.trim() === want,
    new Intl.NumberFormat('vi-VN').format(before + 1),
    { timeout: 15_000 },
  );
  await officer.page.locator('.recharts-surface').first().waitFor({ timeout: 15_000 });
  await shot(officer.page, '18-dashboard-province-total-moved');
  expect(officer.errors.length === 0, `console errors (officer): ${officer.errors.join(' | ')}`);
});

test('the reports page offers CSV and XLSX downloads', async () => {
  const { context, page, errors } = await session();
  await signIn(page, 'ldld.laichau');
  await page.getByRole('link', { name: 'Báo cáo' }).click();
  await page.getByTestId('download-progress-csv').waitFor();
  await shot(page, '19-reports');
  await checkA11y(page, 'reports');
  const fetchFile = async (testId) => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.getByTestId(testId).click()]);
    const failure = await download.failure();
    expect(!failure, `${testId}: ${failure}`);
    return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
  };
  const csv = await fetchFile('download-progress-csv');
  expect(/^[\w.-]+\.csv$/i.test(csv.name), `downloaded ${csv.name}`);
  expect(csv.bytes.toString('utf8').includes('LCH-PT'), 'the CSV has no row for Phong Thổ (LCH-PT)');
  const xlsx = await fetchFile('download-progress-xlsx');
  expect(/^[\w.-]+\.xlsx$/i.test(xlsx.name), `downloaded ${xlsx.name}`);
  // An XLSX file is a ZIP archive: it starts with "PK\x03\x04".
  expect(xlsx.bytes.length > 100 && xlsx.bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])), `${xlsx.name} is not a ZIP (XLSX) file`);
  console.log(`     (downloaded ${csv.name}, ${csv.bytes.length} B; ${xlsx.name}, ${xlsx.bytes.length} B)`);
  expect(errors.length === 0, `console errors: ${errors.join(' | ')}`);
  await context.close();
});

/** Presses Tab (or Shift+Tab) until the focused element matches the selector; fails after `limit` presses. */
async function tabTo(page, selector, { back = false, limit = 40 } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('the sign-in screen and the main menu work from the keyboard alone', async () => {
  const { context, page, errors } = await session();
  await page.goto(`${BASE}/`);
  await page.getByTestId('sign-in').waitFor();
  await checkA11y(page, 'sign-in screen');
  await tabTo(page, '[data-testid="sign-in"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#username', { timeout: 30_000 });
  await page.focus('#username');
  await page.keyboard.type('cb.phongtho');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id === 'password'), 'Tab does not lead from the user name to the password');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.href.startsWith(BASE), { timeout: 30_000 });
  await page.getByTestId('total-summary').waitFor({ timeout: 30_000 });
  // The first Tab reaches the skip link; following it puts the focus on the main content.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('skip-link')), 'the first Tab is not the skip link');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id === 'main'), 'the skip link does not move the focus to the main content');
  // The main menu (before the content): back to "Sáng kiến", Enter opens the list; the focus is visible on the way.
  await tabTo(page, 'nav a[href="/initiatives"]', { back: true });
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  });
  expect(outline, 'the focused menu link shows no focus outline');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${BASE}/initiatives`);
  await page.getByTestId('initiative-count').waitFor();
  await tabTo(page, '[data-testid="new-initiative"]');
  await page.keyboard.press('Enter');
  await page.getByLabel('Tên sáng kiến').waitFor();
  await shot(page, '20-keyboard-new-initiative');
  expect(errors.length === 0, `console errors: ${errors.join(' | ')}`);
  await context.close();
});

test('the app works on a phone and signs out', async () => {
  const { context, page, errors } = await session({ phone: true });
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
  expect(errors.length === 0, `console errors: ${errors.join(' | ')}`);
  await context.close();
});

let passed = 0;
let failed = 0;
for (const t of tests) {
  if (process.env.E2E_ONLY && !t.name.includes(process.env.E2E_ONLY)) continue;
  const started = Date.now();
  try {
    await t.fn();
    passed += 1;
    console.log(`ok   ${t.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (e) {
    failed += 1;
    console.log(`FAIL ${t.name}: ${e.message}`);
    for (const [n, page] of openPages.entries()) {
      await page.screenshot({ path: join(SHOTS, `FAILED-${tests.indexOf(t) + 1}-${n}.png`), fullPage: true }).catch(() => {});
    }
  }
  for (const page of openPages.splice(0)) await page.context().close().catch(() => {});
}
await browser.close();
console.log(`screenshots: ${SHOTS}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
