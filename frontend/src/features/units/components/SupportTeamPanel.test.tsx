import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Unit } from '@/lib/api/types';
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
    const text = request.method === 'GET' || request.method === 'DELETE' ? '' : await request.text();
    const call = { method: request.method, path: url.pathname, body: text ? JSON.parse(text) : undefined };
    state.calls.push(call);
    const answer = state.handler(call) ?? { status: 404, body: { title: 'Không tìm thấy', titleEn: 'Not found' } };
    return answer.status === 204
      ? new Response(null, { status: 204 })
      : new Response(JSON.stringify(answer.body), {
          status: answer.status,
          headers: { 'Content-Type': answer.status >= 400 ? 'application/problem+json' : 'application/json' },
        });
  }) as typeof fetch;
  return state;
});

const { SupportTeamPanel } = await import('./SupportTeamPanel');

const school: Unit = { code: 'PT-THPT', name: 'CĐCS Trường THPT Phong Thổ', type: 'GRASSROOTS', parentCode: 'LCH-PT', depth: 3, version: 0 };
const mai = { username: 'hotro.mai', fullName: 'Vàng Thị Mai', addedBy: 'cb.phongtho', addedAt: '2026-12-03T08:00:00Z' };
const team = (members: unknown[]) => ({ unitCode: 'PT-THPT', unitName: school.name, members });

beforeEach(() => {
  api.calls = [];
});

describe('SupportTeamPanel', () => {
  it('lists the team and adds an account, sending the whole list so who stays keeps their place', { timeout: 20_000 }, async () => {
    let members: unknown[] = [mai];
    api.handler = (call) => {
      if (call.path !== '/api/v1/units/PT-THPT/support-team') return undefined;
      if (call.method === 'PUT') members = [mai, { ...(call.body as { members: object[] }).members[1], addedBy: 'cb.phongtho', addedAt: '2026-12-03T09:00:00Z' }];
      return { status: 200, body: team(members) };
    };
    renderUi(<SupportTeamPanel unit={school} />);
    expect(await screen.findByText('Vàng Thị Mai')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Tài khoản' }), 'hotro.an');
    await userEvent.type(screen.getByRole('textbox', { name: 'Họ và tên' }), 'Lò Văn An');
    await userEvent.click(screen.getByRole('button', { name: 'Thêm vào tổ' }));
    await waitFor(() => expect(screen.getAllByTestId('support-team-member')).toHaveLength(2));
    expect(api.calls.find((c) => c.method === 'PUT')?.body).toEqual({
      members: [{ username: 'hotro.mai', fullName: 'Vàng Thị Mai' }, { username: 'hotro.an', fullName: 'Lò Văn An' }],
    });
  });

  it('removes a member and shows a refusal from the server', async () => {
    api.handler = (call) => {
      if (call.method === 'GET') return { status: 200, body: team([mai]) };
      if (call.method === 'DELETE' && call.path === '/api/v1/units/PT-THPT/support-team/hotro.mai') {
        return { status: 404, body: { title: 'Không tìm thấy', titleEn: 'Not found', status: 404, detail: 'Không tìm thấy thành viên tổ hỗ trợ "hotro.mai"' } };
      }
      return undefined;
    };
    renderUi(<SupportTeamPanel unit={school} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Bỏ Vàng Thị Mai khỏi tổ' }));
    expect(await screen.findByText(/thành viên tổ hỗ trợ/)).toBeInTheDocument();
    expect(api.calls.some((c) => c.method === 'DELETE')).toBe(true);
  });

  it('says so when the team is empty', async () => {
    api.handler = () => ({ status: 200, body: team([]) });
    renderUi(<SupportTeamPanel unit={school} />);
    expect(await screen.findByText('Chưa có thành viên nào.')).toBeInTheDocument();
  });
});
