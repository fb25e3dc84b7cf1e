import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { QuotaTable } from '@/lib/api/types';
import type { Me } from '@/lib/me/me';
import { MeContext } from '@/lib/me/MeContext';
import { renderUi, testQueryClient } from '@/test/render';
import { phongTho } from '../testing/phongTho';

// Phong Thổ's table as the device kept it (version 2), and as the server has it now (version 3: someone re-split it).
const kept = phongTho;
const fresh: QuotaTable = {
  ...kept,
  children: [
    { ...kept.children![0], targets: { '2022-2023': 165, GD1: 95, GD2: 70 } },
    { ...kept.children![1], targets: { '2022-2023': 100, GD1: 40, GD2: 60 } },
  ],
  version: 3,
};

// The API client keeps the fetch it found when created: the fake one answers the quota table when the test lets it.
const server = vi.hoisted(() => {
  const state = { release: () => {}, table: undefined as unknown };
  globalThis.fetch = (async (input: Request | string) => {
    const url = typeof input === 'string' ? input : input.url;
    if (!url.includes('/quotas')) return new Response('{}', { status: 404, headers: { 'Content-Type': 'application/problem+json' } });
    await new Promise<void>((resolve) => { state.release = resolve; });
    return new Response(JSON.stringify(state.table), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
  return state;
});
server.table = fresh;

const { QuotasRoute } = await import('./QuotasRoute');

const me: Me = {
  username: 'cb.phongtho',
  name: 'Cán bộ Phong Thổ',
  roles: ['unit_officer'],
  unit: { code: 'LCH-PT', name: 'LĐLĐ huyện Phong Thổ' },
  nationalScope: false,
  permissions: { manageUnits: true, manageQuotas: true, createInitiatives: true, reviewInitiatives: false, checkInitiatives: true, viewReports: true, manageRewards: true },
};

describe('the quotas screen, opened with a table kept on the device', () => {
  it('lets editing wait until the latest table is in, so that nothing typed is lost when it arrives', async () => {
    const client = testQueryClient();
    // What the persisted cache restores: yesterday's table, stale.
    client.setQueryData(['quotas', '1TRIEU-SK', 'LCH-PT'], kept, { updatedAt: Date.now() - 24 * 60 * 60_000 });
    renderUi(<MeContext.Provider value={me}><QuotasRoute /></MeContext.Provider>, client);

    // The kept table shows at once, but its edit button waits, and says why.
    expect(await screen.findByTestId('quota-table')).toHaveTextContent('CĐCS Trạm Y tế xã Sì Lở Lầu');
    const edit = screen.getByTestId('quota-edit');
    expect(edit).toBeDisabled();
    expect(screen.getByTestId('quota-loading-latest')).toHaveTextContent('Đang tải bảng mới nhất');
    await userEvent.click(edit);
    expect(screen.queryByTestId('quota-save')).toBeNull();

    // The latest table arrives: editing starts from it, and what is typed stays.
    server.release();
    await waitFor(() => expect(screen.getByTestId('quota-edit')).toBeEnabled());
    expect(screen.queryByTestId('quota-loading-latest')).toBeNull();
    await userEvent.click(screen.getByTestId('quota-edit'));
    expect((screen.getByTestId('quota-LCH-PT-YT-GD1') as HTMLInputElement).value).toBe('40');
    fireEvent.change(screen.getByTestId('quota-LCH-PT-YT-GD1'), { target: { value: '45' } });
    expect((screen.getByTestId('quota-LCH-PT-YT-GD1') as HTMLInputElement).value).toBe('45');
  });
});
