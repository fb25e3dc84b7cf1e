import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderUi } from '@/test/render';

interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body?: unknown;
}
type Answer = { status: number; body: unknown } | undefined;

// The API client keeps the fetch it found when created: put the fake one in place before anything is imported.
const api = vi.hoisted(() => {
  const state = { calls: [] as Call[], handler: (_call: Call): Answer => undefined };
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const request = input instanceof Request ? input : new Request(String(input));
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    const call = { method: request.method, path: url.pathname, query: url.searchParams, body: text ? JSON.parse(text) : undefined };
    state.calls.push(call);
    const answer = state.handler(call) ?? { status: 404, body: { title: 'Không tìm thấy', titleEn: 'Not found' } };
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': answer.status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  }) as typeof fetch;
  return state;
});

const { ProposalForm } = await import('./ProposalForm');
const { blankProposal } = await import('../logic/rewards');
const { RewardDialog } = await import('./RewardDialog');

const REWARDS = '/api/v1/programs/1TRIEU-SK/rewards';
const periods = [
  { value: 'GD1', label: 'Giai đoạn 1' },
  { value: 'GD2', label: 'Giai đoạn 2' },
];
const units = [
  { value: 'LCH-PT', label: 'LĐLĐ huyện Phong Thổ' },
  { value: 'LCH-SH', label: 'LĐLĐ huyện Sìn Hồ' },
];
const proposed = (body: unknown) => ({ status: 201, body: { id: 51, status: 'PROPOSED', ...(body as object) } });
const posts = () => api.calls.filter((c) => c.method === 'POST');

function open(onDone = vi.fn()) {
  renderUi(<ProposalForm program="1TRIEU-SK" initial={blankProposal('GD1')} periods={periods} units={units} onDone={onDone} />);
  return onDone;
}

async function pick(label: RegExp, option: string) {
  await userEvent.click(screen.getByRole('combobox', { name: label }));
  // Every select keeps its list in the page: the option is looked for in the list of this one.
  const list = await screen.findByRole('listbox', { name: label, hidden: true });
  await userEvent.click(within(list).getByRole('option', { name: option, hidden: true }));
}

beforeEach(() => {
  api.calls = [];
  api.handler = (call) => (call.method === 'POST' && call.path === REWARDS ? proposed(call.body) : undefined);
});

describe('ProposalForm', () => {
  it('proposes a sudden reward for a union member of a unit: no period, the member’s name and unit', { timeout: 20_000 }, async () => {
    const onDone = open();
    await userEvent.click(screen.getByRole('radio', { name: 'Đột xuất' }));
    expect(screen.queryByRole('combobox', { name: /Giai đoạn/ })).toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: 'Đoàn viên' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Họ và tên đoàn viên/ }), 'Lò Thị Hương');
    await pick(/Đơn vị của đoàn viên/, 'LĐLĐ huyện Sìn Hồ');
    await pick(/Hình thức khen/, 'Giấy khen của Liên đoàn Lao động huyện');
    await userEvent.type(screen.getByRole('textbox', { name: /Lý do, thành tích/ }), 'Dũng cảm cứu người trong lũ quét');
    await userEvent.click(screen.getByTestId('reward-propose-submit'));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(posts().map((c) => c.body)).toEqual([{
      kind: 'SUDDEN', recipientType: 'MEMBER', recipientUnitCode: 'LCH-SH', memberName: 'Lò Thị Hương',
      form: 'DISTRICT_CERTIFICATE', reason: 'Dũng cảm cứu người trong lũ quét',
    }]);
  });

  it('proposes a period reward for the authors of an initiative found by the initiatives search, in a unit’s name below', { timeout: 20_000 }, async () => {
    const base = api.handler;
    api.handler = (call) =>
      call.path === '/api/v1/initiatives'
        ? { status: 200, body: { items: call.query.get('q') === 'nuoc sach'
          ? [{ id: 12, title: 'Lọc nước sạch cho điểm trường', receiptNumber: 'LCH-PT-2022-0007', unitName: 'CĐCS Trường Mù Cả', status: 'VALID' }]
          : [], page: 0, size: 20, total: 0 } }
        : base(call);
    const onDone = open();
    await userEvent.click(screen.getByRole('radio', { name: 'Tác giả của một sáng kiến' }));
    await pick(/Giai đoạn/, 'Giai đoạn 2');
    await userEvent.type(screen.getByRole('combobox', { name: /Sáng kiến/ }), 'nuoc sach');
    await userEvent.click(await screen.findByRole('option', { name: 'Lọc nước sạch cho điểm trường (LCH-PT-2022-0007, CĐCS Trường Mù Cả)', hidden: true }));
    await pick(/Đơn vị đề nghị/, 'LĐLĐ huyện Phong Thổ');
    await userEvent.type(screen.getByRole('textbox', { name: /Lý do, thành tích/ }), 'Sáng kiến được nhân rộng');
    await userEvent.click(screen.getByTestId('reward-propose-submit'));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const search = api.calls.find((c) => c.path === '/api/v1/initiatives' && c.query.get('q') === 'nuoc sach');
    expect(search?.query.getAll('status')).toEqual(['RECOGNISED', 'VALID']);
    expect(search?.query.get('program')).toBe('1TRIEU-SK');
    expect(posts().map((c) => c.body)).toEqual([{
      kind: 'PERIOD', periodCode: 'GD2', recipientType: 'INITIATIVE', initiativeId: 12, form: 'PROVINCIAL_CERTIFICATE',
      reason: 'Sáng kiến được nhân rộng', proposingUnitCode: 'LCH-PT',
    }]);
  });

  it('sends nothing without a reason, and says so at the field', { timeout: 20_000 }, async () => {
    const onDone = open();
    await pick(/Đơn vị được khen/, 'LĐLĐ huyện Phong Thổ');
    await userEvent.type(screen.getByRole('textbox', { name: /Lý do, thành tích/ }), '   ');
    await userEvent.click(screen.getByTestId('reward-propose-submit'));
    const reason = screen.getByRole('textbox', { name: /Lý do, thành tích/ });
    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'));
    expect(reason).toHaveAccessibleDescription('Bắt buộc nhập');
    expect(posts()).toEqual([]);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('shows the server’s problem on the field it names, and the rest in the alert', { timeout: 20_000 }, async () => {
    api.handler = (call) =>
      call.method === 'POST'
        ? { status: 400, body: { type: 'urn:sangkien:problem:invalid', title: 'Dữ liệu không hợp lệ', status: 400, errors: [
          { field: 'recipientUnitCode', rule: 'WithinProposingUnit', message: 'Đơn vị LCH-SH không thuộc LĐLĐ huyện Phong Thổ' },
          { field: 'body', rule: 'Other', message: 'Thử lại sau' },
        ] } }
        : undefined;
    const onDone = open();
    await pick(/Đơn vị được khen/, 'LĐLĐ huyện Sìn Hồ');
    await pick(/Đơn vị đề nghị/, 'LĐLĐ huyện Phong Thổ');
    await userEvent.type(screen.getByRole('textbox', { name: /Lý do, thành tích/ }), 'Vượt chỉ tiêu');
    await userEvent.click(screen.getByTestId('reward-propose-submit'));
    const unit = screen.getByRole('combobox', { name: /Đơn vị được khen/ });
    await waitFor(() => expect(unit).toHaveAttribute('aria-invalid', 'true'));
    expect(unit).toHaveAccessibleDescription('Đơn vị LCH-SH không thuộc LĐLĐ huyện Phong Thổ');
    const alert = screen.getByTestId('reward-problem');
    expect(alert).toHaveTextContent('Dữ liệu không hợp lệ');
    expect(alert).toHaveTextContent('body: Thử lại sau');
    expect(onDone).not.toHaveBeenCalled();
  });
});

describe('RewardDialog for an exceeding ranked unit', () => {
  it('opens the same form filled in: the unit, in its own name, for the phase, the figures as the reason', { timeout: 20_000 }, async () => {
    const onClose = vi.fn();
    const row = { rank: 1, unitCode: 'LCH-NN-E1', unitName: 'CĐCS Trường Mầm non Nậm Hàng', target: 1, valid: 2, percent: 200, reached: true, exceeded: true };
    renderUi(
      <RewardDialog action={{ kind: 'propose', row, periodCode: 'GD1', periodName: 'Giai đoạn 1' }} program="1TRIEU-SK" periods={periods} units={units} onClose={onClose} />,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Đề nghị khen thưởng CĐCS Trường Mầm non Nậm Hàng' });
    // The unit is beyond the loaded choices: it is shown by its name all the same.
    expect(within(dialog).getByRole('combobox', { name: /Đơn vị được khen/ })).toHaveValue('CĐCS Trường Mầm non Nậm Hàng');
    expect(within(dialog).getByRole('textbox', { name: /Lý do, thành tích/ })).toHaveValue('Vượt chỉ tiêu Giai đoạn 1: 2 sáng kiến hợp lệ / chỉ tiêu 1 (200 %)');
    await userEvent.click(within(dialog).getByTestId('reward-propose-submit'));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(posts().map((c) => c.body)).toEqual([{
      kind: 'PERIOD', periodCode: 'GD1', recipientType: 'UNIT', recipientUnitCode: 'LCH-NN-E1', proposingUnitCode: 'LCH-NN-E1',
      form: 'PROVINCIAL_CERTIFICATE', reason: 'Vượt chỉ tiêu Giai đoạn 1: 2 sáng kiến hợp lệ / chỉ tiêu 1 (200 %)',
    }]);
  });
});
