import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Unit, UnitNode } from '@/lib/api/types';
import { toIsoDate } from '@/lib/format';
import type { Me } from '@/lib/me/me';
import { MeContext } from '@/lib/me/MeContext';
import { renderUi } from '@/test/render';

interface Call {
  method: string;
  path: string;
  body?: unknown;
  contentType?: string | null;
}
type Answer = { status: number; body: unknown } | undefined;

// The API client keeps the fetch it found when created: put the fake one in place before anything is imported.
const api = vi.hoisted(() => {
  const state = { calls: [] as Call[], handler: (_call: Call, _url: URL): Answer => undefined };
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const request = input instanceof Request ? input : new Request(String(input));
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    const contentType = request.headers.get('Content-Type');
    // JSON bodies parsed; a file (an import) kept as its text.
    const body = !text ? undefined : contentType?.includes('json') ? JSON.parse(text) : text;
    const call = { method: request.method, path: url.pathname + url.search, body, contentType };
    state.calls.push(call);
    const answer = state.handler(call, url) ?? { status: 404, body: { title: 'Không tìm thấy', titleEn: 'Not found' } };
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': answer.status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  }) as typeof fetch;
  return state;
});

const { UnitsRoute } = await import('./UnitsRoute');

const today = toIsoDate(new Date());
const me: Me = {
  username: 'cb.phongtho',
  name: 'Cán bộ Phong Thổ',
  roles: ['unit_officer'],
  unit: { code: 'LCH-PT', name: 'LĐLĐ huyện Phong Thổ' },
  nationalScope: false,
  permissions: { manageUnits: true, manageQuotas: true, createInitiatives: true, reviewInitiatives: false, checkInitiatives: true, viewReports: true, manageRewards: true },
};

const root: Unit = { code: 'LCH-PT', name: 'LĐLĐ huyện Phong Thổ', type: 'DISTRICT_FEDERATION', parentCode: 'LCH', depth: 2, validFrom: '2021-09-01', version: 0 };
const school: Unit = {
  code: 'PT-THPT', name: 'CĐCS Trường THPT Phong Thổ', type: 'GRASSROOTS', sector: 'PUBLIC_SERVICE', parentCode: 'LCH-PT', depth: 3, validFrom: '2021-09-01', version: 2,
};
const mine: Unit = { code: 'PT-MO', name: 'CĐCS Mỏ đất hiếm Đông Pao', type: 'GRASSROOTS', parentCode: 'LCH-PT', depth: 3, validFrom: '2021-09-01', validTo: '2023-12-31', version: 5 };
const page = (items: Unit[]) => ({ items, page: 0, size: 200, totalItems: items.length, totalPages: 1 });
const tree: UnitNode = { code: 'LCH-PT', name: root.name, type: root.type, children: [{ code: 'PT-THPT', name: school.name, type: 'GRASSROOTS', children: [] }] };

let units: Unit[];

function standard(call: Call, url: URL): Answer {
  const q = url.searchParams;
  if (call.method === 'GET' && url.pathname === '/api/v1/units/LCH-PT') return { status: 200, body: root };
  if (call.method === 'GET' && url.pathname === '/api/v1/units/LCH-PT/tree') return { status: 200, body: tree };
  if (call.method === 'GET' && url.pathname === '/api/v1/units' && q.get('parent') === 'LCH-PT') return { status: 200, body: page(units) };
  if (call.method === 'GET' && url.pathname === '/api/v1/programs/1TRIEU-SK/progress') {
    return {
      status: 200,
      body: { programCode: '1TRIEU-SK', rootCode: 'LCH-PT', rows: [
        { unitCode: 'LCH-PT', level: 0, valid: 1200, pipeline: 35 },
        { unitCode: 'PT-THPT', parentCode: 'LCH-PT', level: 1, valid: 14, pipeline: 3 },
      ] },
    };
  }
  return undefined;
}

function renderRoute(who: Me = me) {
  return renderUi(
    <MeContext.Provider value={who}>
      <UnitsRoute />
    </MeContext.Provider>,
  );
}

const row = (code: string) => document.querySelector<HTMLElement>(`li[data-unit="${code}"]`);
const ownRow = (code: string) => {
  const li = row(code);
  if (!li) throw new Error(`no row ${code}`);
  return li.querySelector<HTMLElement>(':scope > .unit-row')!;
};

beforeEach(() => {
  api.calls.length = 0;
  units = [school, mine];
  api.handler = standard;
});

describe('the units screen', () => {
  it('shows the officer’s unit on top, read-only, with the units below it and their counts; closed ones on request', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    renderRoute();
    await waitFor(() => expect(row('PT-THPT')).not.toBeNull());
    const top = ownRow('LCH-PT');
    expect(top).toHaveTextContent('LĐLĐ huyện Phong Thổ');
    expect(top).toHaveTextContent('Đơn vị của bạn');
    await waitFor(() => expect(within(top).getByTestId('unit-counts')).toHaveTextContent('1 đơn vị trực thuộc · 1.200 sáng kiến hợp lệ, 35 đang xử lý'));
    // Own unit: adding below is offered, renaming, moving and closing are not.
    expect(within(top).getByRole('button', { name: 'Thêm đơn vị trực thuộc LĐLĐ huyện Phong Thổ' })).toBeInTheDocument();
    expect(within(top).queryByRole('button', { name: /Thao tác với/ })).toBeNull();
    expect(within(top).getByRole('button', { name: 'Mở các đơn vị trực thuộc LĐLĐ huyện Phong Thổ' })).toHaveAttribute('aria-expanded', 'true');

    const school = ownRow('PT-THPT');
    expect(school).toHaveTextContent('Viên chức, người lao động đơn vị sự nghiệp công lập');
    expect(within(school).getByTestId('unit-counts')).toHaveTextContent('0 đơn vị trực thuộc · 14 sáng kiến hợp lệ, 3 đang xử lý');
    expect(within(school).getByRole('button', { name: 'Thao tác với CĐCS Trường THPT Phong Thổ' })).toBeInTheDocument();
    // Nothing in force below it: nothing to open.
    expect(within(school).queryByRole('button', { name: /Mở các đơn vị trực thuộc/ })).toBeNull();
    // Closed since 2023: hidden until asked for.
    expect(row('PT-MO')).toBeNull();

    await user.click(screen.getByRole('switch', { name: 'Hiện cả đơn vị đã đóng' }));
    await waitFor(() => expect(row('PT-MO')).not.toBeNull());
    expect(within(ownRow('PT-MO')).getByTestId('unit-state')).toHaveTextContent('Đã đóng, hiệu lực đến 31/12/2023');

    // Closing the officer's own level folds the tree.
    await user.click(within(top).getByRole('button', { name: 'Mở các đơn vị trực thuộc LĐLĐ huyện Phong Thổ' }));
    expect(row('PT-THPT')).toBeNull();
    expect(api.calls.some((c) => c.path.startsWith('/api/v1/units/LCH-PT/tree?depth=2'))).toBe(true);
  });

  it('searches without diacritics within the officer’s unit, units in force only unless asked', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const renamed: Unit = { ...school, name: 'CĐCS Trường THPT Phong Thổ số 2' };
    api.handler = (call, url) => {
      if (url.pathname === '/api/v1/units' && url.searchParams.get('q') === 'phong tho') return { status: 200, body: page([root, renamed]) };
      if (url.pathname === '/api/v1/units' && url.searchParams.get('q')) return { status: 200, body: page([]) };
      return standard(call, url);
    };
    renderRoute();
    await waitFor(() => expect(row('PT-THPT')).not.toBeNull());
    await user.type(screen.getByRole('searchbox', { name: 'Tìm đơn vị' }), 'phong tho');
    await waitFor(() => expect(screen.getByTestId('unit-result-count')).toHaveTextContent('2 đơn vị khớp'));
    const results = screen.getByTestId('unit-results');
    expect(within(results).getAllByTestId('unit-name').map((n) => n.textContent)).toEqual(['LĐLĐ huyện Phong Thổ', 'CĐCS Trường THPT Phong Thổ số 2']);
    expect(within(results).getByText('Cấp trên: LĐLĐ huyện Phong Thổ')).toBeInTheDocument();
    const search = api.calls.find((c) => c.path.includes('q=phong'))!;
    expect(search.path).toContain('within=LCH-PT');
    expect(search.path).toContain(`activeOn=${today}`);

    await user.clear(screen.getByRole('searchbox', { name: 'Tìm đơn vị' }));
    await user.type(screen.getByRole('searchbox', { name: 'Tìm đơn vị' }), 'xyz');
    await waitFor(() => expect(screen.getByText('Không có đơn vị nào khớp.')).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Xóa từ khóa' }));
    await waitFor(() => expect(screen.getByTestId('unit-tree')).toBeInTheDocument());
  });

  it('adds a unit below the officer’s own; a field the server refuses is marked with its message', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const posted: unknown[] = [];
    api.handler = (call, url) => {
      if (call.method === 'POST' && url.pathname === '/api/v1/units') {
        posted.push(call.body);
        if (posted.length === 1) {
          return {
            status: 400,
            body: { type: 'urn:sangkien:problem:validation', title: 'Dữ liệu không hợp lệ', titleEn: 'Invalid data', status: 400,
              detail: 'Có 1 lỗi trong dữ liệu gửi lên', detailEn: '1 error in the data sent',
              errors: [{ field: 'code', rule: 'Size', message: 'Dài tối đa 20 ký tự', messageEn: 'At most 20 characters' }] },
          };
        }
        const created = { ...(call.body as Unit), depth: 3, version: 0 };
        units = [...units, created];
        return { status: 201, body: created };
      }
      return standard(call, url);
    };
    renderRoute();
    await waitFor(() => expect(row('PT-THPT')).not.toBeNull());
    await user.click(screen.getByRole('button', { name: 'Thêm đơn vị trực thuộc LĐLĐ huyện Phong Thổ' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm đơn vị trực thuộc LĐLĐ huyện Phong Thổ' });
    const code = within(dialog).getByRole('textbox', { name: /Mã đơn vị/ });
    await waitFor(() => expect(code).toHaveFocus());
    await user.type(code, 'LCH-PT-CDCS-TIEU-HOC-MUONG-SO');
    await user.type(within(dialog).getByRole('textbox', { name: /Tên đơn vị/ }), 'CĐCS Trường Tiểu học Mường So');
    // The level below a district is proposed; the sector is chosen.
    expect(within(dialog).getByRole('combobox', { name: /Cấp đơn vị/ })).toHaveValue('Công đoàn cơ sở');
    const sector = within(dialog).getByRole('combobox', { name: /Khối/ });
    await user.click(sector);
    await waitFor(() => expect(sector).toHaveAttribute('aria-expanded', 'true'));
    // jsdom measures nothing, so the list counts as detached from its input and stays hidden: picked all the same.
    await user.click(await screen.findByRole('option', { name: 'Viên chức, người lao động đơn vị sự nghiệp công lập', hidden: true }));
    expect(sector).toHaveValue('Viên chức, người lao động đơn vị sự nghiệp công lập');
    await user.click(within(dialog).getByRole('button', { name: 'Thêm đơn vị trực thuộc' }));

    await waitFor(() => expect(within(dialog).getByTestId('unit-problem')).toHaveTextContent('Dữ liệu không hợp lệ'));
    expect(within(dialog).getByTestId('unit-problem')).toHaveTextContent('Kiểm tra các ô được đánh dấu.');
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByText('Dài tối đa 20 ký tự')).toBeInTheDocument();
    expect(posted[0]).toEqual({
      code: 'LCH-PT-CDCS-TIEU-HOC-MUONG-SO', name: 'CĐCS Trường Tiểu học Mường So', type: 'GRASSROOTS', sector: 'PUBLIC_SERVICE',
      parentCode: 'LCH-PT', validFrom: today,
    });

    await user.clear(code);
    await user.type(code, 'PT-TH-MS');
    await user.click(within(dialog).getByRole('button', { name: 'Thêm đơn vị trực thuộc' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(row('PT-TH-MS')).not.toBeNull());
  });

  it('tells when someone else changed the unit meanwhile, reloads it, and saves on the latest version', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const puts: { version?: number; name?: string }[] = [];
    const theirs: Unit = { ...school, name: 'CĐCS Trường THPT Phong Thổ (đổi tên)', version: 3 };
    api.handler = (call, url) => {
      if (call.method === 'PUT' && url.pathname === '/api/v1/units/PT-THPT') {
        const body = call.body as { version: number; name: string };
        puts.push(body);
        if (body.version !== 3) {
          return {
            status: 409,
            body: { type: 'urn:sangkien:problem:stale-version', title: 'Dữ liệu đã bị người khác thay đổi', titleEn: 'Changed by someone else', status: 409,
              detail: 'Bạn sửa từ phiên bản 2 nhưng phiên bản hiện tại là 3: hãy tải lại rồi sửa tiếp', detailEn: 'You edited version 2 but the current one is 3' },
          };
        }
        return { status: 200, body: { ...theirs, name: body.name, version: 4 } };
      }
      if (call.method === 'GET' && url.pathname === '/api/v1/units/PT-THPT') return { status: 200, body: theirs };
      return standard(call, url);
    };
    renderRoute();
    await waitFor(() => expect(row('PT-THPT')).not.toBeNull());
    await user.click(within(ownRow('PT-THPT')).getByRole('button', { name: 'Thao tác với CĐCS Trường THPT Phong Thổ' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Đổi tên, khối' }));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByRole('textbox', { name: /Tên đơn vị/ });
    await waitFor(() => expect(name).toHaveFocus());
    await user.clear(name);
    await user.type(name, 'CĐCS Trường THPT Phong Thổ mới');
    const childrenReads = () => api.calls.filter((c) => c.path.includes('parent=LCH-PT')).length;
    const before = childrenReads();
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    const problem = await within(dialog).findByTestId('unit-problem');
    expect(problem).toHaveTextContent('Dữ liệu đã bị người khác thay đổi');
    expect(problem).toHaveTextContent('Bạn sửa từ phiên bản 2 nhưng phiên bản hiện tại là 3');
    expect(problem).toHaveTextContent('Tải lại để lấy bản mới nhất');
    expect(puts[0]).toMatchObject({ version: 2, name: 'CĐCS Trường THPT Phong Thổ mới', parentCode: 'LCH-PT', sector: 'PUBLIC_SERVICE' });
    // The tree behind the dialog is read again at once.
    await waitFor(() => expect(childrenReads()).toBeGreaterThan(before));

    await user.click(within(dialog).getByRole('button', { name: 'Tải lại' }));
    await waitFor(() => expect(name).toHaveValue('CĐCS Trường THPT Phong Thổ (đổi tên)'));
    expect(within(dialog).getByText('Đã tải bản mới nhất của đơn vị.')).toBeInTheDocument();
    expect(within(dialog).queryByTestId('unit-problem')).toBeNull();
    await user.clear(name);
    await user.type(name, 'CĐCS Trường THPT Phong Thổ mới');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(puts[1]).toMatchObject({ version: 3, name: 'CĐCS Trường THPT Phong Thổ mới' });
  });
  it('moves a unit under another of the subtree from a day; a refused parent is marked next to its field', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const puts: Record<string, unknown>[] = [];
    api.handler = (call, url) => {
      if (call.method === 'GET' && url.pathname === '/api/v1/units' && url.searchParams.get('within') === 'LCH-PT' && url.searchParams.get('activeOn') === today) {
        return { status: 200, body: page([root, school, { ...school, code: 'PT-THPT-TO1', name: 'Tổ công đoàn Khối 10', parentCode: 'PT-THPT' }]) };
      }
      if (call.method === 'PUT' && url.pathname === '/api/v1/units/PT-THPT') {
        puts.push(call.body as Record<string, unknown>);
        return {
          status: 400,
          body: { type: 'urn:sangkien:problem:validation', title: 'Dữ liệu không hợp lệ', status: 400,
            errors: [{ field: 'parentCode', rule: 'NotInOwnSubtree', message: 'Không thể chuyển đơn vị vào dưới chính nó hoặc đơn vị trực thuộc của nó ("PT-THPT-TO1")' }] },
        };
      }
      return standard(call, url);
    };
    renderRoute();
    await waitFor(() => expect(row('PT-THPT')).not.toBeNull());
    await user.click(within(ownRow('PT-THPT')).getByRole('button', { name: 'Thao tác với CĐCS Trường THPT Phong Thổ' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Chuyển sang đơn vị cấp trên khác' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Hiện thuộc: LĐLĐ huyện Phong Thổ');
    const parent = within(dialog).getByRole('combobox', { name: /Đơn vị cấp trên mới/ });
    await user.click(parent);
    // The unit itself and its present parent are not offered.
    await waitFor(() => expect(screen.queryAllByRole('option', { hidden: true }).map((o) => o.textContent)).toEqual(['Tổ công đoàn Khối 10 (PT-THPT-TO1)']));
    await user.click(screen.getByRole('option', { name: 'Tổ công đoàn Khối 10 (PT-THPT-TO1)', hidden: true }));
    const movedOn = within(dialog).getByRole('textbox', { name: /Ngày chuyển/ });
    await user.clear(movedOn);
    await user.type(movedOn, '01/06/2022');
    await user.tab();
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(within(dialog).getByText(/Không thể chuyển đơn vị vào dưới chính nó/)).toBeInTheDocument());
    expect(parent).toHaveAttribute('aria-invalid', 'true');
    expect(puts[0]).toMatchObject({ parentCode: 'PT-THPT-TO1', movedOn: '2022-06-01', version: 2, name: school.name, validFrom: '2021-09-01' });
  });

  it('imports a list of grassroots unions: a dry run names the rejected row, column and reason, then the import refreshes the tree', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const added: Unit = { code: 'PT-MN', name: 'CĐCS Trường Mầm non Hoa Ban', type: 'GRASSROOTS', parentCode: 'LCH-PT', depth: 3, validFrom: '2021-09-01', version: 0 };
    const dry = {
      dryRun: true, mode: 'VALID_ROWS', rows: 3, created: 1, unchanged: 1, rejected: 1, createdCodes: ['PT-MN'],
      rejectedRows: [{ row: 4, errors: [{ field: 'rows[4].validFrom', rule: 'VietnameseDate', message: 'Ngày phải theo dạng dd/MM/yyyy, ví dụ 31/05/2022', messageEn: 'A date as dd/MM/yyyy' }] }],
    };
    api.handler = (call, url) => {
      if (call.method === 'POST' && url.pathname === '/api/v1/imports/units') {
        if (url.searchParams.get('dryRun') === 'true') return { status: 200, body: dry };
        units = [school, mine, added];
        return { status: 200, body: { ...dry, dryRun: false } };
      }
      return standard(call, url);
    };
    renderRoute();
    await waitFor(() => expect(row('PT-THPT')).not.toBeNull());
    await user.click(screen.getByRole('button', { name: 'Nhập từ tệp' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nhập công đoàn cơ sở từ tệp' });
    const csv = 'Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên,Loại đơn vị,Khối,Ngày thành lập\nPT-MN,CĐCS Trường Mầm non Hoa Ban,LCH-PT,,,01/09/2021\n';
    await user.upload(dialog.querySelector('input[type="file"]') as HTMLInputElement, new File([csv], 'cdcs.csv', { type: 'text/csv' }));
    await user.click(within(dialog).getByRole('button', { name: 'Kiểm tra thử' }));

    const result = await within(dialog).findByTestId('unit-import-dry-run');
    const first = api.calls.find((c) => c.method === 'POST')!;
    expect(first.path).toContain('dryRun=true');
    expect(first.path).toContain('mode=VALID_ROWS');
    expect(first.contentType).toBe('text/csv');
    expect(first.body).toBe(csv);
    expect(within(result).getByTestId('import-imported')).toHaveTextContent('Sẽ nhập 1');
    expect(within(result).getByTestId('import-skipped')).toHaveTextContent('Trùng, bỏ qua 1');
    expect(within(result).getByTestId('import-rejected-rows')).toHaveTextContent('4Ngày thành lậpNgày phải theo dạng dd/MM/yyyy, ví dụ 31/05/2022');
    expect(within(result).getByTestId('unit-import-to-create')).toHaveTextContent('PT-MN');
    // Nothing saved yet: the tree is as it was.
    expect(row('PT-MN')).toBeNull();

    await user.click(within(result).getByRole('button', { name: 'Thêm 1 đơn vị' }));
    expect(await within(dialog).findByTestId('unit-import-done')).toHaveTextContent('Đã thêm 1 đơn vị từ tệp cdcs.csv.');
    expect(api.calls.filter((c) => c.method === 'POST').at(-1)!.path).toContain('dryRun=false');
    await user.click(within(dialog).getByRole('button', { name: 'Xong' }));
    await waitFor(() => expect(row('PT-MN')).not.toBeNull());
    expect(ownRow('PT-MN')).toHaveTextContent('CĐCS Trường Mầm non Hoa Ban');
  });

  it('says why a file is refused whole (a missing column), and offers no import', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    api.handler = (call, url) => {
      if (call.method === 'POST' && url.pathname === '/api/v1/imports/units') {
        return { status: 400, body: { title: 'Dữ liệu không hợp lệ', detail: 'Kiểm tra các trường được nêu', errors: [{ field: 'header', rule: 'RequiredColumn', message: 'Thiếu cột "Mã đơn vị cấp trên"' }] } };
      }
      return standard(call, url);
    };
    renderRoute();
    await user.click(await screen.findByRole('button', { name: 'Nhập từ tệp' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nhập công đoàn cơ sở từ tệp' });
    const xlsx = new File(['x'], 'cdcs.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    await user.upload(dialog.querySelector('input[type="file"]') as HTMLInputElement, xlsx);
    await user.click(within(dialog).getByRole('button', { name: 'Kiểm tra thử' }));
    const refused = await within(dialog).findByTestId('import-refused');
    expect(refused).toHaveTextContent('Dòng tiêu đềThiếu cột "Mã đơn vị cấp trên"');
    expect(api.calls.find((c) => c.method === 'POST')!.contentType).toMatch(/spreadsheetml/);
    expect(within(dialog).queryByRole('button', { name: /^Thêm \d/ })).toBeNull();
  });

  it('offers the import only to an officer who may manage units', { timeout: 20_000 }, async () => {
    renderRoute({ ...me, permissions: { ...me.permissions, manageUnits: false } });
    await waitFor(() => expect(row('PT-THPT')).not.toBeNull());
    expect(screen.queryByRole('button', { name: 'Nhập từ tệp' })).toBeNull();
  });
});
