import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/lib/i18n';
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

const { NotificationBell } = await import('./NotificationBell');

const assigned = {
  id: 41, kind: 'EVALUATOR_ASSIGNED', title: 'Bạn được giao chấm hồ sơ "Lọc nước sạch"', titleEn: 'You were assigned "Lọc nước sạch"',
  link: '/initiatives/123', createdAt: new Date(Date.now() - 5 * 60_000).toISOString(), read: false,
};
const quota = {
  id: 40, kind: 'QUOTA_CHANGED', title: 'Chỉ tiêu của LĐLĐ huyện Phong Thổ thay đổi', titleEn: 'Quota of Phong Tho changed',
  link: null, createdAt: '2026-11-25T09:53:00Z', read: true,
};

/** A server with these notifications; marking read changes them as the real one would. */
function server(items: Array<Record<string, unknown>>) {
  const state = items.map((i) => ({ ...i }));
  const unread = () => state.filter((i) => !i.read).length;
  api.handler = (call) => {
    if (call.method === 'GET' && call.path === '/api/v1/notifications/unread-count') return { status: 200, body: { unreadCount: unread() } };
    if (call.method === 'GET' && call.path === '/api/v1/notifications') return { status: 200, body: { items: state, unreadCount: unread(), nextBefore: null } };
    if (call.method === 'POST' && call.path === '/api/v1/notifications/read-all') {
      const upTo = (call.body as { upTo: number }).upTo;
      state.filter((i) => (i.id as number) <= upTo).forEach((i) => (i.read = true));
      return { status: 200, body: { unreadCount: unread() } };
    }
    const one = /^\/api\/v1\/notifications\/(\d+)$/.exec(call.path);
    if (call.method === 'PUT' && one) {
      const item = state.find((i) => i.id === Number(one[1]));
      if (!item) return undefined;
      item.read = (call.body as { read: boolean }).read;
      return { status: 200, body: item };
    }
    return undefined;
  };
  return state;
}

const countCalls = () => api.calls.filter((c) => c.path === '/api/v1/notifications/unread-count').length;

function renderBell() {
  return renderUi(
    <>
      <NotificationBell />
      <Routes>
        <Route path="/" element={<p>trang chủ</p>} />
        <Route path="/initiatives/:id" element={<p>trang hồ sơ</p>} />
        <Route path="/notifications" element={<p>trang thông báo</p>} />
      </Routes>
    </>,
  );
}

beforeEach(() => {
  api.calls = [];
});
afterEach(async () => {
  vi.useRealTimers();
  await i18n.changeLanguage('vi');
});

describe('NotificationBell', () => {
  it('names the unread count and shows it on the bell', async () => {
    server([assigned, { ...quota, id: 39, read: false }, { ...quota, id: 38, read: false }]);
    renderBell();
    const bell = await screen.findByRole('button', { name: 'Thông báo, 3 chưa đọc' });
    expect(within(bell).getByText('3')).toBeInTheDocument();
  });

  it('says there is nothing unread, with no number on the bell', async () => {
    server([quota]);
    renderBell();
    const bell = await screen.findByRole('button', { name: 'Thông báo, không có thông báo chưa đọc' });
    expect(bell).toHaveAttribute('data-count', '0');
    expect(within(bell).queryByText('0')).not.toBeInTheDocument();
  });

  it('opened, lists the latest; a click marks it read, the count drops and the app goes to its link', async () => {
    server([assigned, quota]);
    renderBell();
    await userEvent.click(await screen.findByRole('button', { name: 'Thông báo, 1 chưa đọc' }));
    const item = await screen.findByRole('link', { name: /Bạn được giao chấm hồ sơ "Lọc nước sạch"/ });
    expect(item).toHaveAttribute('data-read', 'false');
    expect(item).toHaveTextContent('Chưa đọc');
    expect(item).toHaveTextContent('5 phút trước');
    expect(screen.getByText('Chỉ tiêu của LĐLĐ huyện Phong Thổ thay đổi')).toBeInTheDocument();
    expect(screen.getByText('25/11/2026', { exact: false })).toBeInTheDocument();
    await userEvent.click(item);
    expect(await screen.findByText('trang hồ sơ')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Thông báo, không có thông báo chưa đọc' })).toBeInTheDocument();
    const marks = api.calls.filter((c) => c.method !== 'GET');
    expect(marks.map((c) => [c.method, c.path, c.body])).toEqual([['PUT', '/api/v1/notifications/41', { read: true }]]);
  });

  it('a notification already read is not marked again', async () => {
    server([quota]);
    renderBell();
    await userEvent.click(await screen.findByRole('button', { name: /^Thông báo/ }));
    await userEvent.click(await screen.findByRole('button', { name: /Chỉ tiêu của LĐLĐ huyện Phong Thổ/ }));
    expect(api.calls.filter((c) => c.method !== 'GET')).toEqual([]);
  });

  it('marks all read up to the newest shown', async () => {
    server([assigned, { ...quota, read: false }]);
    renderBell();
    await userEvent.click(await screen.findByRole('button', { name: 'Thông báo, 2 chưa đọc' }));
    await screen.findAllByTestId('notification-item');
    await userEvent.click(await screen.findByRole('button', { name: 'Đánh dấu tất cả đã đọc' }));
    expect(await screen.findByRole('button', { name: 'Thông báo, không có thông báo chưa đọc' })).toBeInTheDocument();
    expect(api.calls.filter((c) => c.method !== 'GET').map((c) => [c.method, c.path, c.body])).toEqual([
      ['POST', '/api/v1/notifications/read-all', { upTo: 41 }],
    ]);
    await waitFor(() => expect(screen.getAllByTestId('notification-item').every((i) => i.getAttribute('data-read') === 'true')).toBe(true));
  });

  it('a refused mark puts the count back as the server has it', async () => {
    server([assigned]);
    const real = api.handler;
    api.handler = (call) => (call.method === 'PUT' ? { status: 404, body: { title: 'Không tìm thấy', titleEn: 'Not found', status: 404 } } : real(call));
    renderBell();
    await userEvent.click(await screen.findByRole('button', { name: 'Thông báo, 1 chưa đọc' }));
    await userEvent.click(await screen.findByRole('link', { name: /Lọc nước sạch/ }));
    expect(await screen.findByRole('button', { name: 'Thông báo, 1 chưa đọc' })).toBeInTheDocument();
  });

  it('in English, the English title and name', async () => {
    await i18n.changeLanguage('en');
    server([assigned]);
    renderBell();
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    expect(await screen.findByRole('link', { name: /You were assigned "Lọc nước sạch"/ })).toHaveTextContent('5 minutes ago');
  });

  it('asks again on coming back to the window only after 30 s, and a failed ask is not repeated at once', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    let fail = true;
    server([assigned]);
    const real = api.handler;
    api.handler = (call) => (fail && call.path.endsWith('/unread-count') ? { status: 503, body: { title: 'Tạm thời', status: 503 } } : real(call));
    renderBell();
    await waitFor(() => expect(countCalls()).toBe(1));
    // The failure is not retried (no storm); the bell shows no count.
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(countCalls()).toBe(1);
    expect(screen.getByRole('button', { name: 'Thông báo, không có thông báo chưa đọc' })).toBeInTheDocument();
    // Back to the window at once: not asked (30 s, and after a failure the back-off's minute).
    act(() => void window.dispatchEvent(new Event('focus')));
    expect(countCalls()).toBe(1);
    vi.setSystemTime(Date.now() + 45_000);
    act(() => void window.dispatchEvent(new Event('focus')));
    expect(countCalls()).toBe(1);
    fail = false;
    vi.setSystemTime(Date.now() + 20_000);
    act(() => void window.dispatchEvent(new Event('focus')));
    expect(await screen.findByRole('button', { name: 'Thông báo, 1 chưa đọc' })).toBeInTheDocument();
    expect(countCalls()).toBe(2);
    // Back again right after the success: 30 s have not passed.
    act(() => void window.dispatchEvent(new Event('focus')));
    expect(countCalls()).toBe(2);
  });

  it('asks once a minute, after a failure only two minutes later, and not at all while the tab is hidden', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    let fail = false;
    server([assigned]);
    const real = api.handler;
    api.handler = (call) => (fail && call.path.endsWith('/unread-count') ? { status: 503, body: { title: 'Tạm thời', status: 503 } } : real(call));
    renderBell();
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(countCalls()).toBe(1);
    await act(() => vi.advanceTimersByTimeAsync(59_000));
    expect(countCalls()).toBe(1);
    fail = true;
    await act(() => vi.advanceTimersByTimeAsync(1_500));
    expect(countCalls()).toBe(2);
    // The failed ask: the next one two minutes later, not one minute.
    fail = false;
    await act(() => vi.advanceTimersByTimeAsync(100_000));
    expect(countCalls()).toBe(2);
    await act(() => vi.advanceTimersByTimeAsync(21_000));
    expect(countCalls()).toBe(3);
    // A hidden tab is not asked for anything; shown again (past 30 s), it asks at once.
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    await act(() => vi.advanceTimersByTimeAsync(5 * 60_000));
    expect(countCalls()).toBe(3);
    visibility.mockReturnValue('visible');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(countCalls()).toBe(4);
    visibility.mockRestore();
  });

  it('tells screen readers of new notifications, not of the first count nor of reading', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const state = server([assigned]);
    renderBell();
    expect(await screen.findByRole('button', { name: 'Thông báo, 1 chưa đọc' })).toBeInTheDocument();
    const status = screen.getByTestId('notification-announce');
    expect(status).toHaveAttribute('role', 'status');
    expect(status).toHaveTextContent(/^$/);
    state.unshift({ ...assigned, id: 43 }, { ...assigned, id: 42 });
    vi.setSystemTime(Date.now() + 31_000);
    act(() => void window.dispatchEvent(new Event('focus')));
    expect(await screen.findByRole('button', { name: 'Thông báo, 3 chưa đọc' })).toBeInTheDocument();
    expect(status).toHaveTextContent('Có 2 thông báo mới');
    state.forEach((i) => (i.read = true));
    vi.setSystemTime(Date.now() + 31_000);
    act(() => void window.dispatchEvent(new Event('focus')));
    expect(await screen.findByRole('button', { name: 'Thông báo, không có thông báo chưa đọc' })).toBeInTheDocument();
    expect(status).toHaveTextContent('Có 2 thông báo mới');
  });

  it('leads to the full page', async () => {
    server([]);
    renderBell();
    await userEvent.click(await screen.findByRole('button', { name: /^Thông báo/ }));
    expect(await screen.findByText('Chưa có thông báo nào.')).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('link', { name: 'Xem tất cả thông báo' }));
    expect(await screen.findByText('trang thông báo')).toBeInTheDocument();
  });
});
