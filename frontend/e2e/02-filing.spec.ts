import { BASE, checkA11y, expect, numberIn, shot, signIn, test, text } from './fixtures';

// One story in order: a district officer files a dossier, another district cannot see it, the province's council
// scores it, the union validates it and the province's total moves. The later tests use the dossier the first files.
const STAMP = Date.now().toString(36);
const created: { title: string; url?: string } = { title: `Sáng kiến lọc nước sạch cho điểm trường ${STAMP}` };

test('a unit officer files an initiative through the guided form', async ({ session }) => {
  const { page, errors } = await session();
  await signIn(page, 'cb.phongtho');
  // Phong Thổ's own row of the seed table (reference-data/lai-chau.json): 265 for the programme, 135 + 130.
  await page.getByTestId('total-summary').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid="period-GD2-target"]')?.textContent?.trim() === '130');
  expect(await text(page, 'period-2022-2023-target'), 'period-2022-2023-target').toBe('265');
  expect(await text(page, 'period-GD1-target'), 'period-GD1-target').toBe('135');
  expect(await text(page, 'period-GD2-target'), 'period-GD2-target').toBe('130');
  expect(await text(page, 'total-summary'), "the summary is Phong Thổ's").toContain('LĐLĐ huyện Phong Thổ');
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
  expect(kept, 'the draft as it came back').toBe(`${created.title} (nháp)`);
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
  expect(await text(page, 'initiative-title'), 'the detail page title').toBe(created.title);
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
  expect(errors, 'console errors').toEqual([]);
});

test("another district's officer does not see it", async ({ session }) => {
  const { page, errors } = await session();
  await signIn(page, 'cb.sinho');
  await page.goto(`${BASE}/initiatives?q=${encodeURIComponent(STAMP)}`);
  await page.getByTestId('initiative-count').waitFor();
  expect(await text(page, 'initiative-count'), "Sìn Hồ must not see Phong Thổ's initiative").toMatch(/^0 /);
  if (created.url) {
    await page.goto(created.url);
    await page.getByRole('alert').first().waitFor();
  }
  await shot(page, '11-other-district-cannot-see');
  expect(errors.filter((e) => !/404|Not Found/i.test(e)), 'console errors other than the 404').toEqual([]);
});

test('the council scores it, the union validates it and the province total moves', async ({ session }) => {
  expect(created.url, 'no initiative was filed by the earlier test').toBeTruthy();
  const officer = await session();
  await signIn(officer.page, 'ldld.laichau');
  // The province's valid count for the whole programme before the check.
  await officer.page.goto(`${BASE}/?period=2022-2023`);
  await officer.page.getByTestId('total-valid').waitFor();
  const before = await numberIn(officer.page, 'total-valid');
  // The federation officer hands the dossier to the province's council (evaluator giamkhao) on the rubric.
  await officer.page.goto(created.url!);
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
  expect(await text(evaluator.page, 'score-verdict'), 'score-verdict').toBe('Đạt — xếp loại B');
  await evaluator.page.getByTestId('score-save').click();
  await evaluator.page.getByText('Đã lưu phiếu chấm').first().waitFor();
  await shot(evaluator.page, '16-score-sheet');
  await checkA11y(evaluator.page, 'score sheet');
  expect(evaluator.errors, 'console errors (evaluator)').toEqual([]);

  // The officer sees the result, records the recognition decision, then the union's check: valid.
  await officer.page.reload();
  await officer.page.waitForFunction(() => document.querySelector('[data-testid="evaluation-total"]')?.textContent?.trim() === '81');
  await officer.page.getByTestId('transition-recognise').click();
  await officer.page.getByRole('dialog').getByLabel('Số quyết định').fill('125/QĐ-SGDĐT');
  await officer.page.getByTestId('transition-confirm').click();
  await officer.page.locator('[data-status="RECOGNISED"]').first().waitFor();
  await officer.page.getByTestId('transition-validate').click();
  // A real date (paper records) before the recognition just entered is refused, with the server's words under the field.
  const realDate = officer.page.getByRole('dialog').getByRole('textbox', { name: /Ngày thực tế/ });
  await realDate.fill('01/01/2022');
  await realDate.press('Tab');
  await officer.page.getByTestId('transition-confirm').click();
  await officer.page.getByRole('dialog').getByText(/Ngày thực tế không được trước ngày của bước trước đó/).first().waitFor();
  await realDate.fill('');
  await realDate.press('Tab');
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
  expect(officer.errors.filter((e) => !/400|Bad Request/i.test(e)), 'console errors (officer) other than the 400').toEqual([]);
});
