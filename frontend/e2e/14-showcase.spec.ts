import { BASE, apiCall, checkA11y, expect, shot, signIn, test } from './fixtures';

// The public showcase: a dossier whose authors agreed to publish it is recognised (set up through the API, as the
// officers would), then a visitor who never signed in finds it by typing without diacritics, opens it by its own link
// and sees its public part only.
const STAMP = Date.now().toString(36);
const TITLE = `Máy lọc nước cho bếp ăn bán trú ${STAMP}`;
const SUMMARY = 'Máy lọc ba tầng bằng vật liệu địa phương, đủ nước sạch cho 120 học sinh bán trú.';
const CONFIDENTIAL = `Tỷ lệ phối trộn than hoạt tính giữ kín ${STAMP}`;
/** Today in Vietnam, as the server dates decisions. */
const TODAY = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

test('an anonymous visitor finds a published initiative on the showcase by typing without diacritics', async ({ session }) => {
  // A unit officer files it with the authors' consent (one author agrees to show their name, one does not) and submits.
  const officer = await session();
  await signIn(officer.page, 'cb.phongtho');
  const created = await apiCall(officer.page, 'POST', '/api/v1/initiatives', {
    programCode: '1TRIEU-SK',
    unitCode: 'LCH-PT',
    addressee: 'Hội đồng sáng kiến Sở Giáo dục và Đào tạo tỉnh Lai Châu',
    title: TITLE,
    summary: SUMMARY,
    solution: 'Ba tầng lọc sỏi, cát, than hoạt tính trong bồn inox.',
    confidentialParts: CONFIDENTIAL,
    benefitsByAuthors: 'Tiết kiệm 20 triệu đồng tiền mua nước mỗi năm.',
    solutionType: 'TECHNICAL',
    field: 'SOCIO_ECONOMIC',
    firstAppliedOn: '2022-03-15',
    filedOn: '2022-04-01',
    publishAgreed: true,
    authors: [
      { fullName: 'Hoàng Thị Lan', contributionPercent: 70, showName: true },
      { fullName: `Vàng A Dính ${STAMP}`, contributionPercent: 30, showName: false },
    ],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id: number = created.body.id;
  const submitted = await apiCall(officer.page, 'POST', `/api/v1/initiatives/${id}/submit`, { version: created.body.version });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);

  // The province's officer gives it to the council and records the recognition (not the filer: four eyes).
  const province = await session();
  await signIn(province.page, 'ldld.laichau');
  const assigned = await apiCall(province.page, 'POST', `/api/v1/initiatives/${id}/evaluations`, {
    version: submitted.body.version,
    rubricCode: 'TLD-2022',
    evaluators: ['giamkhao'],
  });
  expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
  const current = await apiCall(province.page, 'GET', `/api/v1/initiatives/${id}`);
  const recognised = await apiCall(province.page, 'POST', `/api/v1/initiatives/${id}/recognise`, {
    version: current.body.version,
    recognitionBody: 'Hội đồng sáng kiến tỉnh Lai Châu',
    decisionNumber: `45/QĐ-${STAMP}`,
    decisionDate: TODAY,
    impactLevel: 'PROVINCIAL_SECTOR',
    grade: 'A',
  });
  expect(recognised.status, JSON.stringify(recognised.body)).toBe(200);

  // A visitor without any session: the sign-in page's link leads to the showcase.
  const { page, errors } = await session();
  await page.goto(`${BASE}/`);
  await page.getByRole('link', { name: 'Xem các sáng kiến hay (không cần đăng nhập)' }).click();
  await page.waitForURL(`${BASE}/showcase`);
  await page.getByRole('heading', { name: 'Sáng kiến hay' }).waitFor();
  await page.getByLabel('Tìm sáng kiến').fill(`may loc nuoc cho bep an ban tru ${STAMP}`);
  await page.waitForURL((url) => url.searchParams.get('q') === `may loc nuoc cho bep an ban tru ${STAMP}`);
  const card = page.getByTestId('showcase-card').filter({ hasText: TITLE });
  await card.waitFor();
  await expect(page.getByTestId('showcase-card')).toHaveCount(1);
  await shot(page, '40-showcase-search');
  await checkA11y(page, 'showcase, search');

  await card.getByRole('link', { name: TITLE }).click();
  await page.waitForURL(`${BASE}/showcase/${id}`);
  await page.getByRole('heading', { name: TITLE }).waitFor();
  await expect(page.getByTestId('showcase-summary')).toHaveText(SUMMARY);
  await expect(page.getByText('Tác giả: Hoàng Thị Lan', { exact: true })).toBeVisible();
  await expect(page.getByTestId('helped-count')).toHaveText('0 lượt thấy hữu ích cho đơn vị mình');
  // Anonymous visitors only read: no button to mark it.
  await expect(page.getByTestId('helped-button')).toHaveCount(0);
  const content = await page.content();
  expect(content, 'the confidential parts').not.toContain(CONFIDENTIAL);
  expect(content, "the name of an author who did not agree").not.toContain(`Vàng A Dính ${STAMP}`);
  expect(content, 'the decision number').not.toContain(`45/QĐ-${STAMP}`);
  await shot(page, '41-showcase-detail');
  await checkA11y(page, 'showcase, detail');

  // The link is shareable: a full load of the address (the SPA's fallback) opens the same page, still without a session.
  await page.reload();
  await page.getByRole('heading', { name: TITLE }).waitFor();
  const fresh = await session();
  await fresh.page.goto(`${BASE}/showcase/${id}`);
  await fresh.page.getByRole('heading', { name: TITLE }).waitFor();
  expect(errors, 'console errors').toEqual([]);
  expect(fresh.errors, 'console errors (shared link)').toEqual([]);
});
