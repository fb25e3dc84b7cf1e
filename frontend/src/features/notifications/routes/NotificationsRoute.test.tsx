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
type Answer = { status: number; body?: unknown } | undefined;

// The API client keeps the fetch it found when created: put the fake one in place before anything is imported.
const api = vi.hoisted(() => {
  const state = { calls: [] as Call[], handler: (_call: Call): Answer => undefined };
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const request = input instanceof Request ? input : new Request(String(input));
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    const call = { method: request.method, path: url.pathname, query: url.searchParams, body: text ? JSON.parse(text) : undefined };
    state.calls.push(call);
    const answer = state.handler(call) ?? { status: 404, body: { title: 'Không tìm thấy', titleEn: 'Not found', status: 404 } };
    return answer.status === 204
      ? new Response(null, { status: 204 })
      : new Response(JSON.stringify(answer.body), {
          status: answer.status,
          headers: { 'Content-Type': answer.status >= 400 ? 'application/problem+json' : 'application/json' },
        });
  }) as typeof fetch;
  return state;
});

const { NotificationsRoute } = await import('./NotificationsRoute');

const KINDS = ['DOSSIER_SUBMITTED', 'DOSSIER_RETURNED', 'EVALUATOR_ASSIGNED', 'DOSSIER_SCORED', 'DOSSIER_RECOGNISED', 'DOSSIER_REFUSED',
  'DOSSIER_VALIDATED', 'QUOTA_CHANGED', 'IMPORT_COMMITTED', 'DEADLINE_NEAR', 'DECISION_OVERDUE', 'WEEKLY_DIGEST'];

/** 45 notifications, ids 45 (newest) down to 1; the odd ones unread. */
const all = Array.from({ length: 45 }, (_, i) => {
  const id = 45 - i;
  return { id, kind: 'DOSSIER_SUBMITTED', title: `Hồ sơ số ${id} đã được nộp`, titleEn: `Dossier ${id} submitted`, link: `/initiatives/${id}`,
    createdAt: '2026-11-25T09:53:00Z', read: id % 2 === 0 };
});

let preferences = KINDS.map((kind) => ({ kind, email: kind === 'EVALUATOR_ASSIGNED' }));

beforeEach(() => {
  api.calls = [];
  preferences = KINDS.map((kind) => ({ kind, email: kind === 'EVALUATOR_ASSIGNED' }));
  api.handler = (call) => {
    if (call.path === '/api/v1/notifications/unread-count') return { status: 200, body: { unreadCount: all.filter((i) => !i.read).length } };
    if (call.path === '/api/v1/notifications') {
      const before = call.query.get('before');
      const size = Number(call.query.get('size') ?? 20);
      const rows = all.filter((i) => (before === null || i.id < Number(before)) && (call.query.get('unreadOnly') !== 'true' || !i.read));
      const items = rows.slice(0, size);
      return { status: 200, body: { items, unreadCount: all.filter((i) => !i.read).length, nextBefore: rows.length > size ? items[items.length - 1].id : null } };
    }
    if (call.path === '/api/v1/notifications/preferences' && call.method === 'GET') return { status: 200, body: { preferences } };
    if (call.path === '/api/v1/notifications/preferences' && call.method === 'PUT') {
      preferences = (call.body as { preferences: typeof preferences }).preferences;
      return { status: 200, body: { preferences } };
    }
    return undefined;
  };
});

const listCalls = () => api.calls.filter((c) => c.path === '/api/v1/notifications');

describe('NotificationsRoute', () => {
  it('lists the newest 20, then loads the ones before the last shown', async () => {
    renderUi(<NotificationsRoute />);
    const list = await screen.findByTestId('notification-list');
    expect(within(list).getAllByTestId('notification-item')).toHaveLength(20);
    expect(within(list).getAllByTestId('notification-item')[0]).toHaveTextContent('Hồ sơ số 45 đã được nộp');
    expect(within(list).getAllByTestId('notification-item')[0]).toHaveTextContent('Hồ sơ được nộp · 25/11/2026');
    await userEvent.click(screen.getByRole('button', { name: 'Xem thêm' }));
    await waitFor(() => expect(within(list).getAllByTestId('notification-item')).toHaveLength(40));
    expect(listCalls()[1].query.get('before')).toBe('26');
    await userEvent.click(screen.getByRole('button', { name: 'Xem thêm' }));
    await waitFor(() => expect(within(list).getAllByTestId('notification-item')).toHaveLength(45));
    expect(screen.queryByRole('button', { name: 'Xem thêm' })).not.toBeInTheDocument();
  });

  it('shows only the unread ones when asked', async () => {
    renderUi(<NotificationsRoute />);
    await screen.findByTestId('notification-list');
    await userEvent.click(screen.getByRole('radio', { name: 'Chưa đọc' }));
    await waitFor(() => expect(listCalls().at(-1)?.query.get('unreadOnly')).toBe('true'));
    await waitFor(() => expect(screen.getAllByTestId('notification-item').every((i) => i.getAttribute('data-read') === 'false')).toBe(true));
    expect(screen.getAllByTestId('notification-item')[0]).toHaveTextContent('Hồ sơ số 45');
  });

  it('a click marks one read without leaving the list behind', async () => {
    renderUi(<NotificationsRoute />);
    const first = (await screen.findAllByTestId('notification-item'))[0];
    expect(first).toHaveAttribute('data-read', 'false');
    await userEvent.click(first);
    await waitFor(() => expect(api.calls.some((c) => c.method === 'PUT' && c.path === '/api/v1/notifications/45')).toBe(true));
    expect(api.calls.find((c) => c.method === 'PUT')?.body).toEqual({ read: true });
  });

  it('marks all read up to the newest listed', async () => {
    renderUi(<NotificationsRoute />);
    await screen.findByTestId('notification-list');
    const markAll = screen.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' });
    await waitFor(() => expect(markAll).toBeEnabled());
    await userEvent.click(markAll);
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(api.calls.find((c) => c.method === 'POST')).toMatchObject({ path: '/api/v1/notifications/read-all', body: { upTo: 45 } });
  });

  it('saves the email choices: every kind, the changed ones as ticked', async () => {
    renderUi(<NotificationsRoute />);
    const assigned = await screen.findByRole('checkbox', { name: 'Được giao chấm hồ sơ' });
    expect(assigned).toBeChecked();
    expect(screen.getAllByRole('checkbox')).toHaveLength(12);
    await userEvent.click(assigned);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Hồ sơ bị trả lại để bổ sung' }));
    await userEvent.click(screen.getByRole('button', { name: 'Lưu lựa chọn' }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'PUT')).toBe(true));
    const sent = api.calls.find((c) => c.method === 'PUT')?.body as { preferences: { kind: string; email: boolean }[] };
    expect(sent.preferences.map((p) => p.kind)).toEqual(KINDS);
    expect(sent.preferences.filter((p) => p.email).map((p) => p.kind)).toEqual(['DOSSIER_RETURNED']);
  });

  it("shows the server's refusal of the choices", async () => {
    const real = api.handler;
    api.handler = (call) =>
      call.method === 'PUT'
        ? { status: 400, body: { title: 'Dữ liệu không hợp lệ', titleEn: 'Invalid input', status: 400, detail: 'Loại thông báo "X" không tồn tại' } }
        : real(call);
    renderUi(<NotificationsRoute />);
    await userEvent.click(await screen.findByRole('button', { name: 'Lưu lựa chọn' }));
    expect(await screen.findByText('Loại thông báo "X" không tồn tại')).toBeInTheDocument();
  });
});
