import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '@/lib/me/me';
import { MeContext } from '@/lib/me/MeContext';
import { renderUi } from '@/test/render';

// The API client keeps the fetch it found when created: the fake one goes in place before anything is imported.
const api = vi.hoisted(() => {
  const state = { calls: [] as URL[] };
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    state.calls.push(url);
    const body = {
      items: [{ revision: 7, at: '2026-12-01T03:00:00Z', username: 'admin.demo', kind: 'UNIT', entityId: 15, label: 'LCH-PT', operation: 'MOD',
        changes: [{ field: 'name', before: 'Phong Thổ', after: 'LĐLĐ huyện Phong Thổ' }] }],
      page: 0, size: 50, totalItems: 1, totalPages: 1,
    };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
  return state;
});

const { AuditRoute } = await import('./AuditRoute');

const admin: Me = {
  username: 'admin.demo', name: 'Quản trị', roles: ['admin'], unit: { code: 'TLD', name: 'Tổng Liên đoàn' }, nationalScope: true,
  permissions: { manageUnits: true, manageQuotas: true, createInitiatives: true, reviewInitiatives: false, checkInitiatives: true, viewReports: true, manageRewards: true },
};

describe('AuditRoute', () => {
  beforeEach(() => {
    api.calls.length = 0;
  });

  // Typing into Mantine's select and date input takes seconds in jsdom on a shared machine: more than the default 5 s.
  it('lists the newest changes, then asks again with the filters: kind, user, days typed dd/MM/yyyy (sent as ISO), text', { timeout: 20_000 }, async () => {
    renderUi(
      <MeContext.Provider value={admin}>
        <AuditRoute />
      </MeContext.Provider>,
    );
    expect(await screen.findByTestId('audit-table')).toHaveTextContent('name: Phong Thổ → LĐLĐ huyện Phong Thổ');
    expect(api.calls[0].pathname).toBe('/api/v1/audit/changes');

    const user = userEvent.setup({ delay: null });
    const kind = screen.getByRole('combobox', { name: 'Loại' });
    await user.click(kind);
    await waitFor(() => expect(kind).toHaveAttribute('aria-expanded', 'true'));
    // jsdom measures nothing, so the list counts as hidden: picked all the same.
    await user.click(await screen.findByRole('option', { name: 'Đơn vị', hidden: true }));
    await user.type(screen.getByRole('textbox', { name: 'Người sửa' }), 'admin.demo');
    await user.type(screen.getByRole('textbox', { name: 'Tìm theo tên gọi, mã' }), 'LCH');
    await user.type(screen.getByRole('textbox', { name: 'Từ ngày' }), '01/12/2026');
    await user.tab();
    await user.click(screen.getByRole('button', { name: 'Lọc' }));

    await waitFor(() => expect(api.calls.length).toBe(2));
    const query = api.calls[1].searchParams;
    expect(query.get('entity')).toBe('UNIT');
    expect(query.get('user')).toBe('admin.demo');
    expect(query.get('q')).toBe('LCH');
    expect(query.get('from')).toBe('2026-12-01');
    expect(query.get('page')).toBe('0');
  });
});
