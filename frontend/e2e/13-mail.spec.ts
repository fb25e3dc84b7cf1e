import { BASE, apiCall, expect, signIn, test } from './fixtures';
import { mailText, waitForMail } from './mail';

// The notifications' mails reach the local mail server (GreenMail, started by scripts/e2e.mjs): the evaluator a
// federation officer assigns gets a mail, in Vietnamese then English, with the link to their score sheet.
const STAMP = Date.now().toString(36);
const TITLE = `Máy sấy chè bằng nhiệt mặt trời ${STAMP}`;

test('the assigned evaluator gets the assignment by mail in the local inbox', async ({ session }) => {
  // giamkhao has signed in before: the backend knows their address from the token (giamkhao@sangkien.demo).
  const evaluator = await session();
  await signIn(evaluator.page, 'giamkhao');

  // A dossier of Phong Thổ, filed and submitted through the API as the district officer.
  const filer = await session();
  await signIn(filer.page, 'cb.phongtho');
  const created = await apiCall(filer.page, 'POST', '/api/v1/initiatives', {
    programCode: '1TRIEU-SK', unitCode: 'LCH-PT', title: TITLE, addressee: 'Hội đồng sáng kiến tỉnh Lai Châu',
    summary: 'Sấy chè bằng khí nóng từ tấm hấp thụ nhiệt', solution: 'Buồng sấy kính, quạt hút chạy điện mặt trời',
    solutionType: 'TECHNICAL', field: 'SOCIO_ECONOMIC', firstAppliedOn: '2022-04-01', filedOn: '2022-04-01',
    authors: [{ fullName: 'Lò Văn Sáng', contributionPercent: 100 }],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.id as number;
  const submitted = await apiCall(filer.page, 'POST', `/api/v1/initiatives/${id}/submit`, { version: created.body.version });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);

  // The federation officer gives it to the province's council (evaluator giamkhao), as in 02-filing.
  const officer = await session();
  await signIn(officer.page, 'ldld.laichau');
  await officer.page.goto(`${BASE}/initiatives/${id}`);
  await officer.page.getByTestId('assign-open').click();
  const evaluators = officer.page.getByRole('dialog').getByLabel('Giám khảo');
  await evaluators.fill('giamkhao');
  await evaluators.press('Enter');
  await officer.page.getByTestId('assign-confirm').click();
  await officer.page.locator('[data-status="UNDER_REVIEW"]').first().waitFor();

  const mail = await waitForMail('giamkhao@sangkien.demo', TITLE);
  expect(mail.subject).toContain('Bạn được phân công chấm hồ sơ');
  expect(mail.subject).toContain('You were assigned to evaluate dossier');
  expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@sangkien>$/);
  const text = mailText(mail);
  expect(text).toContain(`${BASE}/review/${id}`);
  expect(text.indexOf('Xem chi tiết')).toBeLessThan(text.indexOf('Details'));
  expect(evaluator.errors, 'console errors (evaluator)').toEqual([]);
  expect(officer.errors, 'console errors (officer)').toEqual([]);
});
