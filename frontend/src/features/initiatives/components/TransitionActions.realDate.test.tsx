import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Initiative } from '@/lib/api/types';
import { renderUi } from '@/test/render';

type Call = { method: string; path: string; body: Record<string, unknown> | undefined };
type Answer = { status: number; body: unknown };

// The API client keeps the fetch it found when created: put the fake one in place before anything is imported.
const api = vi.hoisted(() => {
  const state = { calls: [] as Call[], answer: (_call: Call): Answer => ({ status: 500, body: {} }) };
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const request = input instanceof Request ? input : new Request(String(input));
    const text = request.method === 'GET' ? '' : await request.text();
    const call = { method: request.method, path: new URL(request.url).pathname, body: text ? JSON.parse(text) : undefined };
    state.calls.push(call);
    const answer = state.answer(call);
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': answer.status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  }) as typeof fetch;
  return state;
});

const { TransitionActions } = await import('./TransitionActions');

const draft = { id: 9, version: 2, status: 'DRAFT', title: 'Sổ theo dõi đoàn phí', allowedActions: ['SUBMIT'] } as Initiative;
const refused = {
  type: 'urn:sangkien:problem:validation',
  title: 'Dữ liệu không hợp lệ',
  status: 400,
  errors: [
    {
      field: 'occurredOn',
      rule: 'NotBeforeFiling',
      message: 'Ngày tiếp nhận không được trước ngày nộp đơn (10/02/2022)',
      messageEn: 'the receipt date cannot be before the filing date (10/02/2022)',
    },
  ],
};

beforeEach(() => {
  api.calls = [];
});

describe('TransitionActions: the real date of a paper record', () => {
  it('lets an officer give the real date, sends it as yyyy-MM-dd and shows the server’s refusal under the field', async () => {
    const user = userEvent.setup({ delay: null });
    api.answer = (call) =>
      call.body?.occurredOn === '2022-02-09' ? { status: 400, body: refused } : { status: 200, body: { ...draft, status: 'SUBMITTED', version: 3 } };
    renderUi(<TransitionActions initiative={draft} realDate />);
    await user.click(screen.getByTestId('transition-submit'));
    const dialog = await screen.findByRole('dialog');
    const date = within(dialog).getByRole('textbox', { name: /Ngày thực tế/ });
    await user.type(date, '09/02/2022');
    await user.tab();
    await user.click(within(dialog).getByTestId('transition-confirm'));

    await waitFor(() => expect(within(dialog).getAllByText(/Ngày tiếp nhận không được trước ngày nộp đơn \(10\/02\/2022\)/).length).toBeGreaterThan(0));
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls[0]).toMatchObject({ method: 'POST', path: '/api/v1/initiatives/9/submit', body: { version: 2, occurredOn: '2022-02-09' } });

    await user.clear(date);
    await user.type(date, '15/03/2022');
    await user.tab();
    await user.click(within(dialog).getByTestId('transition-confirm'));
    await waitFor(() => expect(api.calls).toHaveLength(2));
    expect(api.calls[1].body).toEqual({ version: 2, occurredOn: '2022-03-15' });
  }, 20_000);

  it('sends no real date when the officer leaves the field empty (today)', async () => {
    const user = userEvent.setup({ delay: null });
    api.answer = () => ({ status: 200, body: { ...draft, status: 'SUBMITTED', version: 3 } });
    renderUi(<TransitionActions initiative={draft} realDate />);
    await user.click(screen.getByTestId('transition-submit'));
    await user.click(within(await screen.findByRole('dialog')).getByTestId('transition-confirm'));
    await waitFor(() => expect(api.calls).toHaveLength(1));
    expect(api.calls[0].body).toEqual({ version: 2 });
  });

  it('offers no real date to a member filing their own dossier', async () => {
    const user = userEvent.setup({ delay: null });
    renderUi(<TransitionActions initiative={draft} />);
    await user.click(screen.getByTestId('transition-submit'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByRole('textbox', { name: /Ngày thực tế/ })).not.toBeInTheDocument();
  });
});
