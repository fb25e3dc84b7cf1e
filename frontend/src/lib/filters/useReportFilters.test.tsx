import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { Period } from '@/lib/api/types';
import type { Me } from '@/lib/me/me';
import { toIsoDate } from '@/lib/format';
import { testQueryClient } from '@/test/render';

// The API client keeps the fetch it found when created: put the fake one in place before anything is imported.
const api = vi.hoisted(() => {
  const state = { calls: [] as string[], handler: (_url: URL): unknown => undefined };
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    state.calls.push(url.pathname);
    const body = state.handler(url);
    return new Response(JSON.stringify(body ?? { title: 'Not Found' }), {
      status: body === undefined ? 404 : 200,
      headers: { 'Content-Type': 'application/json' },
    });
  }) as typeof fetch;
  return state;
});

const { useReportFilters } = await import('./useReportFilters');

// Windows around today, so that the phase holding today is known whatever day the test runs.
const day = (offset: number) => toIsoDate(new Date(Date.now() + offset * 86_400_000));
const periods: Period[] = [
  { code: 'GD2', name: 'Giai đoạn 2', kind: 'PHASE', startsOn: day(-10), endsOn: day(10) },
  { code: 'CA', name: 'Cả chương trình', kind: 'PROGRAM', startsOn: day(-400), endsOn: day(400) },
  { code: 'GD1', name: 'Giai đoạn 1', kind: 'PHASE', startsOn: day(-400), endsOn: day(-11) },
];
api.handler = (url) => {
  if (url.pathname === '/api/v1/programs/1TRIEU-SK/periods') return periods;
  if (url.pathname === '/api/v1/units') return { items: [{ code: 'LCH-PT', name: 'LĐLĐ huyện Phong Thổ' }, { code: 'LCH-SH', name: 'LĐLĐ huyện Sìn Hồ' }] };
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

function open(address: string, options?: Parameters<typeof useReportFilters>[2], who: Me = me) {
  const client = testQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[address]}>{children}</MemoryRouter>
    </QueryClientProvider>
  );
  return renderHook(() => ({ filters: useReportFilters('1TRIEU-SK', who, options), search: useLocation().search }), { wrapper });
}

describe('useReportFilters', () => {
  it('opens on the phase holding today and the caller’s unit, and writes a choice into the address', async () => {
    const { result } = open('/reports');
    await waitFor(() => expect(result.current.filters.periods).toHaveLength(3));
    expect(result.current.filters.period).toBe('GD2');
    expect(result.current.filters.selected?.name).toBe('Giai đoạn 2');
    expect(result.current.filters.root).toBe('LCH');
    act(() => result.current.filters.set('period', 'GD1'));
    expect(result.current.filters.period).toBe('GD1');
    expect(result.current.search).toBe('?period=GD1');
    act(() => result.current.filters.set('period', null));
    expect(result.current.filters.period).toBe('GD2');
  });

  it('keeps the address’s period and unit, and adds that unit to the choices when they do not hold it', async () => {
    const { result } = open('/emulation?period=GD1&unit=LCH-XX');
    await waitFor(() => expect(result.current.filters.loadedUnits).toHaveLength(2));
    expect(result.current.filters.period).toBe('GD1');
    expect(result.current.filters.unitOptions.map((o) => o.value)).toEqual(['LCH-XX', 'LCH-PT', 'LCH-SH']);
  });

  it('adds nothing when the unit is among the choices; national scope opens on the fallback unit', async () => {
    const { result } = open('/emulation', { fallbackUnit: 'LCH' }, { ...me, nationalScope: true, unit: null });
    await waitFor(() => expect(result.current.filters.loadedUnits).toHaveLength(2));
    expect(result.current.filters.root).toBe('LCH');
    expect(result.current.filters.unitOptions.map((o) => o.value)).toEqual(['LCH', 'LCH-PT', 'LCH-SH']);
    const { result: shown } = open('/emulation?unit=LCH-PT');
    await waitFor(() => expect(shown.current.filters.loadedUnits).toHaveLength(2));
    expect(shown.current.filters.unitOptions.map((o) => o.value)).toEqual(['LCH-PT', 'LCH-SH']);
  });

  it('opens on the first period when none holds today (the whole programme first); loads no units unless asked', async () => {
    const saved = api.handler;
    api.calls = [];
    api.handler = (url) => (url.pathname.endsWith('/periods') ? periods.map((p) => ({ ...p, startsOn: day(-900), endsOn: day(-800) })) : saved(url));
    const { result } = open('/reports', { unitChoices: false });
    await waitFor(() => expect(result.current.filters.periods).toHaveLength(3));
    expect(result.current.filters.period).toBe('CA');
    expect(api.calls).toEqual(['/api/v1/programs/1TRIEU-SK/periods']);
    api.handler = saved;
  });
});
