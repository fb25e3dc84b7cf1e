import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Initiative } from '@/lib/api/types';
import { renderUi } from '@/test/render';

interface Call {
  method: string;
  path: string;
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
    const call = { method: request.method, path: url.pathname, body: text ? JSON.parse(text) : undefined };
    state.calls.push(call);
    const answer = state.handler(call) ?? { status: 404, body: { title: 'Không tìm thấy', titleEn: 'Not found' } };
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': answer.status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  }) as typeof fetch;
  return state;
});

const { MyAuthorPanel, myAuthorRow } = await import('./MyAuthorPanel');

const dossier = (status: Initiative['status'], confirmedAt?: string): Initiative => ({
  id: 7,
  version: 2,
  status,
  title: 'Lọc nước sạch',
  authors: [
    { fullName: 'Giàng A Sùng', workplace: 'Trường PTDTBT Mù Cả', jobTitle: 'Giáo viên', contributionPercent: 60, account: 'doanvien.phongtho', confirmedAt },
    { fullName: 'Lò Văn Minh', contributionPercent: 40 },
  ],
});

beforeEach(() => {
  api.calls = [];
  api.handler = () => undefined;
});

describe('myAuthorRow', () => {
  it('finds the row linked to the account, and none for anyone else', () => {
    expect(myAuthorRow(dossier('DRAFT'), 'doanvien.phongtho')?.fullName).toBe('Giàng A Sùng');
    expect(myAuthorRow(dossier('DRAFT'), 'doanvien.mai')).toBeUndefined();
  });
});

describe('MyAuthorPanel', () => {
  it('shows nothing to who is not a linked author', () => {
    renderUi(<MyAuthorPanel initiative={dossier('DRAFT')} username="doanvien.mai" />);
    expect(screen.queryByTestId('my-author')).not.toBeInTheDocument();
  });

  it('lets the linked author confirm a draft, sending the version they read', async () => {
    api.handler = (call) =>
      call.method === 'POST' && call.path === '/api/v1/initiatives/7/authors/mine/confirm'
        ? { status: 200, body: dossier('DRAFT', '2026-12-03T10:15:00Z') }
        : undefined;
    renderUi(<MyAuthorPanel initiative={dossier('DRAFT')} username="doanvien.phongtho" />);
    expect(screen.getByTestId('my-author-state')).toHaveTextContent('Bạn chưa xác nhận');
    await userEvent.click(screen.getByRole('button', { name: 'Xác nhận thông tin của tôi' }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ version: 2 });
  });

  it('sends a correction of their own row without the share, and shows the server refusal', { timeout: 20_000 }, async () => {
    api.handler = (call) =>
      call.method === 'PUT'
        ? { status: 409, body: { title: 'Không thể sửa hồ sơ', titleEn: 'Dossier cannot be edited', status: 409, detail: 'Hồ sơ đang ở trạng thái SUBMITTED' } }
        : undefined;
    renderUi(<MyAuthorPanel initiative={dossier('RETURNED', '2026-12-01T10:15:00Z')} username="doanvien.phongtho" />);
    expect(screen.getByTestId('my-author-state')).toHaveTextContent('Bạn đã xác nhận lúc');
    await userEvent.click(screen.getByRole('button', { name: 'Sửa thông tin của tôi' }));
    const job = await screen.findByRole('textbox', { name: 'Chức danh' });
    await userEvent.clear(job);
    await userEvent.type(job, 'Hiệu phó');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu và xác nhận' }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'PUT')).toBe(true));
    const sent = api.calls.find((c) => c.method === 'PUT')?.body as Record<string, unknown>;
    expect(sent).toMatchObject({ version: 2, fullName: 'Giàng A Sùng', jobTitle: 'Hiệu phó', workplace: 'Trường PTDTBT Mù Cả' });
    expect(sent).not.toHaveProperty('contributionPercent');
    expect(await screen.findByText(/Không thể sửa hồ sơ/)).toBeInTheDocument();
  });

  it('is read-only once the dossier is submitted', () => {
    renderUi(<MyAuthorPanel initiative={dossier('SUBMITTED')} username="doanvien.phongtho" />);
    expect(screen.getByText('Hồ sơ đã nộp: thông tin tác giả chỉ còn để xem.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Xác nhận thông tin của tôi' })).not.toBeInTheDocument();
  });
});
