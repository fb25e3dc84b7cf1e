import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportResult } from '@/lib/api/types';
import type { Me } from '@/lib/me/me';
import { MeContext } from '@/lib/me/MeContext';
import { renderUi } from '@/test/render';

interface Call {
  method: string;
  path: string;
  contentType: string | null;
}

// The API client keeps the fetch it found when created: put the fake one in place before anything is imported.
const api = vi.hoisted(() => {
  const state = { calls: [] as Call[], answer: (_call: Call, _url: URL): unknown => undefined };
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const request = input instanceof Request ? input : new Request(String(input));
    const url = new URL(request.url);
    const call = { method: request.method, path: url.pathname + url.search, contentType: request.headers.get('Content-Type') };
    state.calls.push(call);
    const body = state.answer(call, url);
    return new Response(JSON.stringify(body ?? { title: 'Không tìm thấy' }), {
      status: body === undefined ? 404 : 200,
      headers: { 'Content-Type': body === undefined ? 'application/problem+json' : 'application/json' },
    });
  }) as typeof fetch;
  return state;
});

const { ImportsRoute } = await import('./ImportsRoute');

const me: Me = {
  username: 'cb.phongtho',
  name: 'Cán bộ Phong Thổ',
  roles: ['unit_officer'],
  unit: { code: 'LCH-PT', name: 'LĐLĐ huyện Phong Thổ' },
  nationalScope: false,
  permissions: { manageUnits: true, manageQuotas: true, createInitiatives: true, reviewInitiatives: false, checkInitiatives: true, viewReports: true, manageRewards: true },
};

const dryRun: ImportResult = {
  dryRun: true, mode: 'VALID_ROWS', rows: 3, imported: 2, rejected: 1, skipped: 0, replayed: false, fileName: 'ds.xlsx',
  rejectedRows: [{ row: 5, errors: [{ field: 'rows[5].firstAppliedOn', rule: 'VietnameseDate', message: 'Ngày phải theo dạng dd/MM/yyyy, ví dụ 31/05/2022' }] }],
  skippedRows: [],
  preview: [{ row: 4, unitCode: 'LCH-PT', title: 'Sổ tay điện tử tổ công đoàn', status: 'DRAFT', firstAppliedOn: '2022-03-15', authors: ['Lò Văn Thắng'] }],
};
const committed: ImportResult = { ...dryRun, dryRun: false, batchId: 51, preview: [], importedAt: '2026-12-03T10:00:00Z', importedBy: 'cb.phongtho' };
let batches: unknown[];

beforeEach(() => {
  api.calls.length = 0;
  batches = [];
  api.answer = (call, url) => {
    if (url.pathname === '/api/v1/programs') return [{ code: '1TRIEU-SK', name: '01 triệu sáng kiến' }];
    if (url.pathname === '/api/v1/imports/initiatives/batches') return { items: batches, page: 0, size: 10, totalItems: batches.length, totalPages: 1 };
    if (call.method === 'POST' && url.pathname === '/api/v1/imports/initiatives') {
      if (url.searchParams.get('dryRun') === 'true') return dryRun;
      batches = [{ id: 51, programCode: '1TRIEU-SK', fileName: 'ds.xlsx', fileFormat: 'XLSX', mode: 'VALID_ROWS', importedBy: 'cb.phongtho', importedAt: '2026-12-03T10:00:00Z', rows: 3, imported: 2, rejected: 1, skipped: 0 }];
      return committed;
    }
    return undefined;
  };
});

function renderRoute(who: Me = me) {
  return renderUi(
    <MeContext.Provider value={who}>
      <ImportsRoute />
    </MeContext.Provider>,
  );
}

describe('ImportsRoute', () => {
  it('checks the file first, shows why a row is refused, then imports and lists the batch', async () => {
    const user = userEvent.setup();
    renderRoute();
    expect(await screen.findByText('Chưa có lần nhập nào.')).toBeInTheDocument();
    const file = new File(['x'], 'ds.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    await user.upload(document.querySelector('input[type="file"]') as HTMLInputElement, file);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra thử' }));

    const dry = await screen.findByTestId('import-dry-run');
    const post = api.calls.find((c) => c.method === 'POST')!;
    expect(post.path).toContain('dryRun=true');
    expect(post.path).toContain('fileName=ds.xlsx');
    expect(post.contentType).toMatch(/spreadsheetml/);
    expect(within(dry).getByTestId('import-rejected-rows')).toHaveTextContent('5Ngày áp dụng lần đầuNgày phải theo dạng dd/MM/yyyy');
    expect(within(dry).getByTestId('import-preview')).toHaveTextContent('Sổ tay điện tử tổ công đoàn');
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(1);

    await user.click(within(dry).getByRole('button', { name: 'Nhập 2 dòng' }));
    expect(await screen.findByTestId('import-done')).toHaveTextContent('Đã nhập 2 sáng kiến từ tệp ds.xlsx.');
    expect(api.calls.filter((c) => c.method === 'POST').at(-1)!.path).toContain('dryRun=false');
    await waitFor(() => expect(screen.getByTestId('import-batches')).toHaveTextContent('ds.xlsx'));
  });

  it('offers no import when the dry run finds nothing new', async () => {
    const user = userEvent.setup();
    api.answer = ((prev) => (call: Call, url: URL) =>
      call.method === 'POST' ? { ...dryRun, imported: 0, rejected: 0, skipped: 3, skippedRows: [4, 5, 6], rejectedRows: [], preview: [] } : prev(call, url))(api.answer);
    renderRoute();
    await user.upload(document.querySelector('input[type="file"]') as HTMLInputElement, new File(['x'], 'lan-hai.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Kiểm tra thử' }));
    const dry = await screen.findByTestId('import-dry-run');
    expect(within(dry).getByTestId('import-skipped-rows')).toHaveTextContent('Các dòng 4, 5, 6 đã có');
    expect(within(dry).queryByRole('button', { name: /^Nhập/ })).toBeNull();
    expect(api.calls.find((c) => c.method === 'POST')!.contentType).toBe('text/csv');
  });

  it('is not offered to a member', () => {
    renderRoute({ ...me, roles: ['member'] });
    expect(screen.queryByRole('button', { name: 'Kiểm tra thử' })).toBeNull();
  });
});
