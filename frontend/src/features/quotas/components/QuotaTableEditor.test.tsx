import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { QuotaTable } from '@/lib/api/types';
import type { AllocationRow, BelowAllocation } from '../logic/quotaSums';
import { renderUi } from '@/test/render';
import { periods, phongTho } from '../testing/phongTho';

// Phong Thổ's table as someone else re-split it meanwhile (version 3).
const resplitElsewhere: QuotaTable = { ...phongTho, version: 3, children: phongTho.children!.map((c) => ({ ...c, targets: { ...c.targets, GD2: 65 } })) };

const laiChau: QuotaTable = {
  programCode: '1TRIEU-SK',
  quotaRule: 'MUST_EQUAL',
  periods,
  parent: { unitCode: 'LCH', unitName: 'Liên đoàn Lao động tỉnh Lai Châu', targets: { '2022-2023': 515, GD1: 265, GD2: 250 } },
  children: [
    { unitCode: 'LCH-PT', unitName: 'LĐLĐ huyện Phong Thổ', unitType: 'DISTRICT_FEDERATION', targets: { '2022-2023': 265, GD1: 135, GD2: 130 } },
    { unitCode: 'LCH-SH', unitName: 'LĐLĐ huyện Sìn Hồ', unitType: 'DISTRICT_FEDERATION', targets: { '2022-2023': 250, GD1: 130, GD2: 120 } },
  ],
  version: 7,
};

// The API client keeps the fetch it found when created: the fake one answers Phong Thổ's own table.
const asked = vi.hoisted(() => {
  const urls: string[] = [];
  globalThis.fetch = (async (input: Request | string) => {
    const url = typeof input === 'string' ? input : input.url;
    urls.push(url);
    return new Response(JSON.stringify(/unit=LCH-PT(&|$)/.test(url) ? phongThoRef.table : { children: [] }), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  }) as typeof fetch;
  return urls;
});
const phongThoRef = vi.hoisted(() => ({ table: undefined as unknown }));
phongThoRef.table = phongTho;

const { QuotaTableEditor } = await import('./QuotaTableEditor');

function show(table: QuotaTable) {
  const onSave = vi.fn(async (_rows: AllocationRow[], _below: BelowAllocation[], _version: number) => {});
  // The table as its screen hands it down: a newer one may replace it (the server's answer arriving).
  let setTable: (next: QuotaTable) => void = () => {};
  function Screen() {
    const [current, set] = useState(table);
    setTable = set;
    return <QuotaTableEditor table={current} canEdit onSave={onSave} onReload={() => {}} linkTo={(c) => `/quotas?unit=${c}`} />;
  }
  renderUi(<Screen />);
  return Object.assign(onSave, { replace: (next: QuotaTable) => act(() => setTable(next)) });
}

const cell = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;
const type = (testId: string, value: string) => {
  fireEvent.change(cell(testId), { target: { value } });
};

describe('QuotaTableEditor', () => {
  it("says which period does not add up while the district officer types, and sends the split as is", async () => {
    const onSave = show(phongTho);
    await userEvent.click(screen.getByTestId('quota-edit'));
    type('quota-LCH-PT-YT-GD1', '30');
    const sums = screen.getByTestId('quota-sums');
    expect(sums).toHaveTextContent('Giai đoạn 1: các đơn vị trực thuộc cộng lại 130, chỉ tiêu của LĐLĐ huyện Phong Thổ là 135 — còn thiếu 5.');
    // The row's own phases no longer make its programme target either.
    expect(screen.getByText('GD1 + GD2 cộng lại 90, khác 95 của Cả giai đoạn 2022–2023')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('quota-save'));
    expect(onSave).toHaveBeenCalledWith(
      [
        { unitCode: 'LCH-PT-MN', targets: { '2022-2023': 170, GD1: 100, GD2: 70 } },
        { unitCode: 'LCH-PT-YT', targets: { '2022-2023': 95, GD1: 30, GD2: 60 } },
      ],
      [],
      2,
    );
    // Nothing below a grassroots union: its table is never asked for.
    expect(asked).toEqual([]);
  });

  it("opens Phong Thổ's own allocation when the province changes its targets, and sends both in one request", async () => {
    const onSave = show(laiChau);
    await userEvent.click(screen.getByTestId('quota-edit'));
    // Ten more for Phong Thổ in phase 1, ten fewer for Sìn Hồ.
    type('quota-LCH-PT-GD1', '145');
    type('quota-LCH-PT-2022-2023', '275');
    type('quota-LCH-SH-GD1', '120');
    type('quota-LCH-SH-2022-2023', '240');
    const below = await screen.findByTestId('quota-below-LCH-PT');
    expect(within(below).getByRole('heading')).toHaveTextContent('Phân bổ tiếp của LĐLĐ huyện Phong Thổ');
    expect(screen.getByTestId('quota-sums')).toHaveTextContent(
      'Giai đoạn 1: các đơn vị trực thuộc cộng lại 135, chỉ tiêu của LĐLĐ huyện Phong Thổ là 145 — còn thiếu 10.',
    );
    expect(screen.getByTestId('quota-below-check-LCH-PT')).toHaveTextContent('Thiếu 10');
    // Sìn Hồ allocated nothing below: no table for it.
    expect(screen.queryByTestId('quota-below-LCH-SH')).toBeNull();
    expect(asked.map((u) => new URL(u, 'http://x').searchParams.get('unit')).sort()).toEqual(['LCH-PT', 'LCH-SH']);
    type('quota-LCH-PT-YT-GD1', '45');
    type('quota-LCH-PT-YT-2022-2023', '105');
    await waitFor(() => expect(screen.getByTestId('quota-below-check-LCH-PT')).not.toHaveTextContent('Thiếu'));
    expect(screen.getByTestId('quota-sums')).toBeEmptyDOMElement();
    fireEvent.click(screen.getByTestId('quota-save'));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave).toHaveBeenCalledWith(
      [
        { unitCode: 'LCH-PT', targets: { '2022-2023': 275, GD1: 145, GD2: 130 } },
        { unitCode: 'LCH-SH', targets: { '2022-2023': 240, GD1: 120, GD2: 120 } },
      ],
      [
        {
          unitCode: 'LCH-PT',
          version: 2,
          rows: [
            { unitCode: 'LCH-PT-MN', targets: { '2022-2023': 170, GD1: 100, GD2: 70 } },
            { unitCode: 'LCH-PT-YT', targets: { '2022-2023': 105, GD1: 45, GD2: 60 } },
          ],
        },
      ],
      7,
    );
  });

  it('keeps what was typed when a newer table arrives meanwhile, says so, and saves on the version editing began from', async () => {
    const onSave = show(phongTho);
    await userEvent.click(screen.getByTestId('quota-edit'));
    type('quota-LCH-PT-YT-GD1', '30');
    type('quota-LCH-PT-MN-GD1', '105');
    expect(screen.queryByTestId('quota-changed')).toBeNull();

    // The server's table (version 3) arrives under the officer's typing.
    onSave.replace(resplitElsewhere);
    expect(cell('quota-LCH-PT-YT-GD1').value).toBe('30');
    expect(cell('quota-LCH-PT-MN-GD1').value).toBe('105');
    expect(screen.getByTestId('quota-changed')).toHaveTextContent('Các số bạn đã gõ vẫn được giữ');

    // Saved as made on version 2: the server, holding 3, will say it is stale rather than overwrite.
    await userEvent.click(screen.getByTestId('quota-save'));
    expect(onSave).toHaveBeenCalledWith(
      [
        { unitCode: 'LCH-PT-MN', targets: { '2022-2023': 170, GD1: 105, GD2: 70 } },
        { unitCode: 'LCH-PT-YT', targets: { '2022-2023': 95, GD1: 30, GD2: 60 } },
      ],
      [],
      2,
    );
  });

  it('starts again from the newer table when asked', async () => {
    const onSave = show(phongTho);
    await userEvent.click(screen.getByTestId('quota-edit'));
    type('quota-LCH-PT-YT-GD1', '30');
    onSave.replace(resplitElsewhere);
    await userEvent.click(within(screen.getByTestId('quota-changed')).getByRole('button', { name: 'Bắt đầu lại từ bảng mới nhất' }));
    expect(screen.queryByTestId('quota-changed')).toBeNull();
    expect(cell('quota-LCH-PT-YT-GD1').value).toBe('35');
    expect(cell('quota-LCH-PT-YT-GD2').value).toBe('65');
    await userEvent.click(screen.getByTestId('quota-save'));
    expect(onSave.mock.calls.at(-1)?.[2]).toBe(3);
  });
});
