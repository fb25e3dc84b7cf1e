import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Initiative } from '@/lib/api/types';
import { renderUi } from '@/test/render';

type Call = { method: string; path: string; body: Record<string, unknown> | undefined };

// The API client keeps the fetch it found when created: put the fake one in place before anything is imported.
const api = vi.hoisted(() => {
  const state = { calls: [] as Call[] };
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const request = input instanceof Request ? input : new Request(String(input));
    const path = new URL(request.url).pathname;
    const text = request.method === 'GET' ? '' : await request.text();
    state.calls.push({ method: request.method, path, body: text ? JSON.parse(text) : undefined });
    let body: unknown = {};
    if (path === '/api/v1/rubrics') body = [{ code: 'TLD-2022', name: 'Thang điểm 2022' }];
    else if (path.startsWith('/api/v1/councils/')) body = { unitCode: 'LCH-PT', members: [{ username: 'giamkhao', fullName: 'Phạm Thị Hoa' }] };
    else if (request.method === 'POST') body = { initiativeId: 9, status: 'UNDER_REVIEW', sheets: [] };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
  return state;
});

const { AssignDialog } = await import('./EvaluationPanel');

const submitted = { id: 9, version: 3, status: 'SUBMITTED', unitCode: 'LCH-PT', title: 'Sổ theo dõi đoàn phí' } as Initiative;

describe('AssignDialog', () => {
  it('sends the day the council really took a paper record, and offers no date once the dossier is under review', async () => {
    const user = userEvent.setup({ delay: null });
    const { unmount } = renderUi(<AssignDialog initiative={submitted} myUnit="LCH-PT" opened onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByTestId('assign-evaluators'), 'giamkhao,');
    const date = within(dialog).getByRole('textbox', { name: /Ngày thực tế/ });
    await user.type(date, '01/04/2022');
    await user.tab();
    await waitFor(() => expect(within(dialog).getByTestId('assign-confirm')).toBeEnabled());
    await user.click(within(dialog).getByTestId('assign-confirm'));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(api.calls.find((c) => c.method === 'POST')).toMatchObject({
      path: '/api/v1/initiatives/9/evaluations',
      body: { version: 3, rubricCode: 'TLD-2022', evaluators: ['giamkhao'], occurredOn: '2022-04-01' },
    });
    unmount();

    renderUi(<AssignDialog initiative={{ ...submitted, status: 'UNDER_REVIEW' }} myUnit="LCH-PT" opened onClose={() => {}} />);
    expect(within(await screen.findByRole('dialog')).queryByRole('textbox', { name: /Ngày thực tế/ })).not.toBeInTheDocument();
  }, 20_000);
});
