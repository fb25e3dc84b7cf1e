import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Me } from '@/lib/me/me';
import { MeContext } from '@/lib/me/MeContext';
import type { Period } from '@/lib/api/types';
import { renderUi } from '@/test/render';

// The API client keeps the fetch it found when created: put the fake one in place before anything is imported.
const api = vi.hoisted(() => {
  const state = { calls: [] as string[], handler: (_url: URL): unknown => undefined };
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    state.calls.push(url.pathname + url.search);
    const body = state.handler(url);
    return new Response(JSON.stringify(body ?? { title: 'Not Found' }), {
      status: body === undefined ? 404 : 200,
      headers: { 'Content-Type': 'application/json' },
    });
  }) as typeof fetch;
  return state;
});

const { DashboardRoute } = await import('./DashboardRoute');

// A programme with phases, years and quarters (the windows are in the past: the dashboard opens on the whole).
const periods: Period[] = [
  { code: 'Q3-2022', name: 'Quý III/2022', kind: 'QUARTER', startsOn: '2022-07-01', endsOn: '2022-09-30' },
  { code: 'N2023', name: 'Năm 2023', kind: 'YEAR', startsOn: '2023-01-01', endsOn: '2023-09-01' },
  { code: 'GD2', name: 'Giai đoạn 2', kind: 'PHASE', startsOn: '2022-06-01', endsOn: '2023-09-01' },
  { code: 'Q1-2022', name: 'Quý I/2022', kind: 'QUARTER', startsOn: '2022-01-01', endsOn: '2022-03-31' },
  { code: '2022-2023', name: 'Cả giai đoạn', kind: 'PROGRAM', startsOn: '2021-09-01', endsOn: '2023-09-01' },
  { code: 'N2022', name: 'Năm 2022', kind: 'YEAR', startsOn: '2022-01-01', endsOn: '2022-12-31' },
  { code: 'GD1', name: 'Giai đoạn 1', kind: 'PHASE', startsOn: '2021-09-01', endsOn: '2022-05-31' },
  { code: 'Q2-2022', name: 'Quý II/2022', kind: 'QUARTER', startsOn: '2022-04-01', endsOn: '2022-06-30' },
];
const targets: Record<string, number> = {
  '2022-2023': 2300, GD1: 1200, GD2: 1100, N2022: 1400, N2023: 900, 'Q1-2022': 310, 'Q2-2022': 320, 'Q3-2022': 330,
};

api.handler = (url) => {
  if (url.pathname === '/api/v1/programs/1TRIEU-SK/periods') return periods;
  if (url.pathname === '/api/v1/programs/1TRIEU-SK/progress') {
    const period = url.searchParams.get('period') ?? '';
    return {
      programCode: '1TRIEU-SK',
      rootCode: 'LCH',
      period: periods.find((p) => p.code === period),
      rows: [{ unitCode: 'LCH', unitName: 'LĐLĐ tỉnh Lai Châu', level: 0, target: targets[period], valid: 0, pipeline: 0 }],
    };
  }
  if (url.pathname === '/api/v1/programs/1TRIEU-SK/progress/breakdown') {
    return { programCode: '1TRIEU-SK', rootCode: 'LCH', grassrootsUnits: 420, participatingUnits: 310, participationPercent: 73.8,
      unitsWithValid: 205, withValidPercent: 48.8, byField: [], bySolutionType: [], byImpactLevel: [], bySector: [] };
  }
  return undefined;
};

const me: Me = {
  username: 'ldld.laichau',
  name: 'Cán bộ LĐLĐ tỉnh',
  roles: ['federation_officer'],
  unit: { code: 'LCH', name: 'LĐLĐ tỉnh Lai Châu' },
  nationalScope: false,
  permissions: { manageUnits: false, manageQuotas: true, createInitiatives: false, reviewInitiatives: true, checkInitiatives: true, viewReports: true, manageRewards: true },
};

const totalTarget = () => screen.getByTestId('total-target').textContent;
const cards = () =>
  within(screen.getByRole('group', { name: 'Chỉ tiêu theo giai đoạn' }))
    .getAllByRole('button')
    .map((b) => b.getAttribute('data-testid'));

describe('the dashboard with phases, years and quarters', () => {
  it('switches between them: the kind first, then a card of that kind', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    renderUi(
      <MeContext.Provider value={me}>
        <DashboardRoute />
      </MeContext.Provider>,
    );
    // Opens on the whole programme, with the phases beside it; years and quarters wait behind the switch.
    await waitFor(() => expect(totalTarget()).toBe('2.300'));
    expect(cards()).toEqual(['period-2022-2023', 'period-GD1', 'period-GD2']);
    // Grassroots participation, Vietnamese numbers: 310 / 420 with a filed initiative, 205 with a valid one.
    await waitFor(() => expect(screen.getByTestId('participation-filed')).toHaveTextContent('73,8 %'));
    expect(screen.getByTestId('participation-filed')).toHaveTextContent('310 / 420 CĐCS');
    expect(screen.getByTestId('participation-valid')).toHaveTextContent('48,8 %');
    expect(screen.getByTestId('participation-valid')).toHaveTextContent('205 / 420 CĐCS');
    const kind = screen.getByTestId('period-kind');
    expect(within(kind).getAllByRole('radio').map((r) => r.closest('div')?.textContent)).toEqual(['Giai đoạn', 'Năm', 'Quý']);

    await user.click(within(kind).getByRole('radio', { name: 'Năm' }));
    await waitFor(() => expect(totalTarget()).toBe('1.400'));
    expect(cards()).toEqual(['period-2022-2023', 'period-N2022', 'period-N2023']);
    expect(screen.getByTestId('period-N2022')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Tính sáng kiến áp dụng từ 01/01/2022 đến 31/12/2022')).toBeInTheDocument();
    await user.click(screen.getByTestId('period-N2023'));
    await waitFor(() => expect(totalTarget()).toBe('900'));

    // From 2023 to quarters: none holds 01/01/2023 here, so the first quarter.
    await user.click(within(kind).getByRole('radio', { name: 'Quý' }));
    await waitFor(() => expect(totalTarget()).toBe('310'));
    expect(cards()).toEqual(['period-2022-2023', 'period-Q1-2022', 'period-Q2-2022', 'period-Q3-2022']);
    await user.click(screen.getByTestId('period-Q3-2022'));
    await waitFor(() => expect(totalTarget()).toBe('330'));
    await waitFor(() => expect(screen.getByTestId('period-Q3-2022-target').textContent).toBe('330'));

    // Back to phases: the phase that holds the quarter's start (01/07/2022 → phase 2).
    await user.click(within(kind).getByRole('radio', { name: 'Giai đoạn' }));
    await waitFor(() => expect(totalTarget()).toBe('1.100'));
    expect(screen.getByTestId('period-GD2')).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByTestId('period-2022-2023'));
    await waitFor(() => expect(totalTarget()).toBe('2.300'));
    expect(api.calls.some((c) => c.includes('period=N2022') && c.includes('depth=1'))).toBe(true);
  });

  it('asks a member for the progress only, not for the participation report', { timeout: 20_000 }, async () => {
    api.calls.length = 0;
    const member: Me = { ...me, roles: ['member'], permissions: { ...me.permissions, viewReports: false } };
    renderUi(
      <MeContext.Provider value={member}>
        <DashboardRoute />
      </MeContext.Provider>,
    );
    await waitFor(() => expect(totalTarget()).toBe('2.300'));
    expect(screen.queryByTestId('participation')).not.toBeInTheDocument();
    expect(api.calls.some((c) => c.includes('/progress/breakdown'))).toBe(false);
  });

  it('shows no switch when the programme has phases only', { timeout: 20_000 }, async () => {
    const phasesOnly = periods.filter((p) => p.kind === 'PROGRAM' || p.kind === 'PHASE');
    const full = api.handler;
    api.handler = (url) => (url.pathname.endsWith('/periods') ? phasesOnly : full(url));
    try {
      renderUi(
        <MeContext.Provider value={me}>
          <DashboardRoute />
        </MeContext.Provider>,
      );
      await waitFor(() => expect(totalTarget()).toBe('2.300'));
      expect(screen.queryByTestId('period-kind')).not.toBeInTheDocument();
      expect(cards()).toEqual(['period-2022-2023', 'period-GD1', 'period-GD2']);
    } finally {
      api.handler = full;
    }
  });
});
