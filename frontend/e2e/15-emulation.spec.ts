import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { apiCall, checkA11y, expect, shot, signIn, test } from './fixtures';

const QUOTAS = '/api/v1/programs/1TRIEU-SK/quotas';
type Row = { unitCode: string; targets: Record<string, number> };

/** Imports dossiers already found valid (a paper record), as an officer would from the import screen. */
async function importValid(page: Page, csv: string) {
  return page.evaluate(async (body) => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    const token = key ? (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string }).access_token : undefined;
    const answer = await fetch('/api/v1/imports/initiatives?program=1TRIEU-SK&mode=ALL_OR_NOTHING', {
      method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv' }, body,
    });
    return { status: answer.status, body: await answer.text() };
  }, csv);
}

test('the province sees the ranking, proposes a reward for a grassroots union that exceeded its phase target, and decides it; then proposes a sudden reward for a union member', async ({ session, baseURL }) => {
  const { page, errors } = await session();
  await signIn(page, 'ldld.laichau');

  // Nậm Nhùn's phase-1 target split between two new grassroots unions: one of 1, which two valid dossiers exceed.
  const run = Date.now().toString(36).toUpperCase();
  const small = { code: `LCH-NN-E${run}`, name: `CĐCS Trường Mầm non Nậm Hàng ${run}` };
  const big = { code: `LCH-NN-F${run}`, name: `CĐCS Trạm Y tế xã Lê Lợi ${run}` };
  for (const unit of [small, big]) {
    const created = await apiCall(page, 'POST', '/api/v1/units', { ...unit, type: 'GRASSROOTS', parentCode: 'LCH-NN', validFrom: '2021-09-01' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  }
  const table = await apiCall(page, 'GET', `${QUOTAS}?unit=LCH-NN`);
  const others = (table.body.children as Row[]).filter((c) => c.unitCode !== small.code && c.unitCode !== big.code)
    .map((c) => ({ unitCode: c.unitCode, targets: { '2022-2023': 0, GD1: 0, GD2: 0 } }));
  const split = await apiCall(page, 'PUT', `${QUOTAS}/LCH-NN/allocation`, {
    version: table.body.version,
    allocations: [...others, { unitCode: small.code, targets: { '2022-2023': 1, GD1: 1, GD2: 0 } },
      { unitCode: big.code, targets: { '2022-2023': 129, GD1: 64, GD2: 65 } }],
  });
  expect(split.status, JSON.stringify(split.body)).toBe(200);
  const imported = await importValid(page, 'Mã đơn vị,Tên sáng kiến,Tóm tắt,Loại giải pháp,Lĩnh vực,Ngày áp dụng lần đầu,Trạng thái,Tác giả\n'
    + `${small.code},Góc đọc sách song ngữ ${run},Sách tranh tiếng Việt và tiếng Hà Nhì,MANAGEMENT,UNION_INNOVATION,15/03/2022,VALID,Lò Thị Hương: 100\n`
    + `${small.code},Vườn rau dinh dưỡng ${run},Rau sạch cho bữa trưa bán trú,TECHNICAL,SOCIO_ECONOMIC,20/03/2022,VALID,Pờ Thị Mai: 100\n`);
  expect(imported.status, imported.body).toBe(200);

  // The ranking of Nậm Nhùn's unions in phase 1: the small one first, 2 valid against 1, exceeded.
  await page.goto(`${baseURL}/emulation?unit=LCH-NN&period=GD1`);
  await expect(page.getByRole('heading', { name: 'Thi đua – khen thưởng' })).toBeVisible();
  const ranked = page.locator(`[data-testid="ranking-table"] tr[data-unit="${small.code}"]`);
  await expect(ranked).toContainText('200 %');
  await expect(ranked).toContainText('Vượt chỉ tiêu');
  await expect(ranked.locator('td').first()).toHaveText('1');
  await expect(page.locator(`[data-testid="ranking-table"] tr[data-unit="${big.code}"]`)).toContainText('Chưa đạt');
  await checkA11y(page, 'emulation: ranking and rewards');

  // The province groups the two unions into an emulation cluster and ranks the cluster: the same numbers.
  const cluster = { code: `CUM-NN${run}`, name: `Cụm trường học, trạm y tế Nậm Nhùn ${run}` };
  await page.getByTestId('cluster-add').click();
  const clusterDialog = page.getByRole('dialog', { name: 'Thêm cụm thi đua' });
  await clusterDialog.getByLabel('Mã cụm').fill(cluster.code);
  await clusterDialog.getByLabel('Tên cụm').fill(cluster.name);
  for (const unit of [small, big]) {
    await clusterDialog.getByLabel('Các đơn vị trong cụm').fill(unit.name);
    await page.getByRole('option', { name: unit.name }).click();
  }
  await clusterDialog.getByLabel('Tên cụm').click(); // closes the list of units, which covers the button
  await clusterDialog.getByTestId('cluster-save').click();
  await expect(clusterDialog).toBeHidden();
  await expect(page.locator(`[data-testid="clusters-table"] tr[data-cluster="${cluster.code}"]`)).toContainText(small.name);
  await page.getByRole('combobox', { name: 'Cụm thi đua' }).click();
  await page.getByRole('option', { name: cluster.name }).click();
  await expect(page).toHaveURL(new RegExp(`cluster=${cluster.code}`));
  await expect(ranked).toContainText('200 %');
  await expect(ranked.locator('td').first()).toHaveText('1');

  // Proposed with the figures as the reason, in the union's name: the province, which gives the certificate, decides.
  await ranked.getByRole('button', { name: `Đề nghị khen thưởng ${small.name}` }).click();
  const propose = page.getByRole('dialog', { name: `Đề nghị khen thưởng ${small.name}` });
  await expect(propose.getByLabel('Lý do, thành tích')).toHaveValue('Vượt chỉ tiêu Giai đoạn 1 (chỉ tiêu năm 2022): 2 sáng kiến hợp lệ / chỉ tiêu 1 (200 %)');
  await propose.getByTestId('reward-propose-submit').click();
  await expect(propose).toBeHidden();
  const reward = page.locator(`[data-testid="rewards-table"] tr[data-recipient="${small.code}"]`);
  await expect(reward).toContainText('Chờ quyết định');
  await expect(reward).toContainText('Liên đoàn Lao động tỉnh Lai Châu');
  await shot(page, '50-emulation-proposed');

  await reward.getByTestId('reward-decide').click();
  const decide = page.getByRole('dialog', { name: `Quyết định khen thưởng ${small.name}` });
  await decide.getByLabel('Số quyết định').fill(`15/QĐ-LĐLĐ-${run}`);
  await decide.getByTestId('reward-decide-submit').click();
  await expect(decide).toBeHidden();
  await expect(reward).toContainText('Đã quyết định');
  await expect(reward.getByTestId('reward-decision')).toContainText(`Quyết định số 15/QĐ-LĐLĐ-${run} ngày `);
  await expect(reward.getByTestId('reward-decide')).toHaveCount(0);
  const stored = await apiCall(page, 'GET', '/api/v1/programs/1TRIEU-SK/rewards?status=DECIDED');
  expect(stored.body.items.find((r: { recipientUnitCode: string }) => r.recipientUnitCode === small.code)).toMatchObject({
    kind: 'PERIOD', periodCode: 'GD1', form: 'PROVINCIAL_CERTIFICATE', decidingUnitCode: 'LCH', decisionNumber: `15/QĐ-LĐLĐ-${run}`,
    figures: { target: 1, valid: 2 },
  });

  // The decision's annex, as the XLSX the province files with its decision (a zip: "PK").
  const [annex] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.getByTestId('rewards-xlsx-DECIDED').click()]);
  expect(await annex.failure()).toBeNull();
  expect(annex.suggestedFilename()).toBe('khen-thuong-1TRIEU-SK-GD1-decided.xlsx');
  expect(readFileSync(await annex.path()).subarray(0, 2).toString()).toBe('PK');

  // And printed: the annex on A4, numbered, with the decision.
  await page.getByTestId('rewards-print-DECIDED').click();
  await expect(page.getByTestId('rewards-print-title')).toHaveText('Phụ lục: danh sách được khen thưởng');
  const printed = page.locator(`[data-testid="rewards-print-table"] tr[data-recipient="${small.code}"]`);
  await expect(printed).toContainText(`Quyết định số 15/QĐ-LĐLĐ-${run} ngày`);
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => { w.printed += 1; };
  });
  await page.getByTestId('print').click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await checkA11y(page, 'emulation: the decision annex to print');
  await shot(page, '51-emulation-annex');

  // A sudden reward (no period) for a union member of Nậm Nhùn, from the list's button, in the province's own name:
  // the Confederation, the level above that gives its certificate, decides it; the province sees it proposed.
  const member = `Lò Văn Thắng ${run}`;
  await page.goto(`${baseURL}/emulation?unit=LCH-NN&period=GD1`);
  await page.getByTestId('reward-new').click();
  const sudden = page.getByRole('dialog', { name: 'Đề nghị khen thưởng' });
  await sudden.getByRole('radio', { name: 'Đột xuất' }).check();
  await expect(sudden.getByRole('combobox', { name: 'Giai đoạn' })).toHaveCount(0);
  await sudden.getByRole('radio', { name: 'Đoàn viên' }).check();
  await sudden.getByLabel('Họ và tên đoàn viên').fill(member);
  await sudden.getByRole('combobox', { name: 'Đơn vị của đoàn viên' }).fill('Nậm Nhùn');
  await page.getByRole('option', { name: 'LĐLĐ huyện Nậm Nhùn', exact: true }).click();
  await sudden.getByRole('combobox', { name: 'Hình thức khen' }).click();
  await page.getByRole('option', { name: 'Bằng khen của Tổng Liên đoàn Lao động Việt Nam', exact: true }).click();
  await sudden.getByLabel('Lý do, thành tích').fill(`Dũng cảm cứu người trong lũ quét ${run}`);
  await sudden.getByTestId('reward-propose-submit').click();
  await expect(sudden).toBeHidden();
  const suddenReward = page.locator('[data-testid="rewards-table"] tr', { hasText: member });
  await expect(suddenReward).toContainText('Đột xuất');
  await expect(suddenReward).toContainText('Chờ quyết định');
  await expect(suddenReward).toContainText('Tổng Liên đoàn Lao động Việt Nam');
  await expect(suddenReward.getByTestId('reward-decide')).toHaveCount(0);
  const proposed = await apiCall(page, 'GET', '/api/v1/programs/1TRIEU-SK/rewards?status=PROPOSED');
  expect(proposed.body.items.find((r: { memberName?: string }) => r.memberName === member)).toMatchObject({
    kind: 'SUDDEN', recipientType: 'MEMBER', recipientUnitCode: 'LCH-NN', proposingUnitCode: 'LCH', decidingUnitCode: 'TLD',
    form: 'NATIONAL_CERTIFICATE',
  });
  expect(errors).toEqual([]);
});
