import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderUi } from '@/test/render';
import type { Reward } from '../api/rewards';
import { RewardsTable } from './RewardsTable';

const proposed: Reward = {
  id: 7, programCode: '1TRIEU-SK', kind: 'PERIOD', periodCode: 'GD1', recipientType: 'UNIT', recipientUnitCode: 'LCH-PT',
  recipientUnitName: 'LĐLĐ huyện Phong Thổ', form: 'PROVINCIAL_CERTIFICATE', formTitle: 'Bằng khen của Liên đoàn Lao động tỉnh',
  proposingUnitCode: 'LCH-PT', decidingUnitCode: 'LCH', decidingUnitName: 'LĐLĐ tỉnh Lai Châu', reason: 'Vượt chỉ tiêu giai đoạn 1',
  status: 'PROPOSED', version: 0, canDecide: true,
};

describe('RewardsTable', () => {
  it('offers the deciding level to decide or refuse a proposal, and says when and by which decision it was given', async () => {
    const onDecide = vi.fn();
    const decided: Reward = { ...proposed, id: 8, status: 'DECIDED', decisionNumber: '125/QĐ-LĐLĐ', decisionDate: '2022-06-15', canDecide: false };
    renderUi(<RewardsTable rewards={[proposed, decided]} onDecide={onDecide} onReject={vi.fn()} />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(within(rows[0]).getByText('Chờ quyết định')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Theo giai đoạn GD1')).toBeInTheDocument();
    await userEvent.click(within(rows[0]).getByRole('button', { name: 'Quyết định khen' }));
    expect(onDecide).toHaveBeenCalledWith(proposed);
    expect(within(rows[1]).queryByRole('button')).toBeNull();
    expect(within(rows[1]).getByText('Quyết định số 125/QĐ-LĐLĐ ngày 15/06/2022')).toBeInTheDocument();
  });

  it('offers nothing to the proposer, who does not decide', () => {
    renderUi(<RewardsTable rewards={[{ ...proposed, canDecide: false }]} onDecide={vi.fn()} onReject={vi.fn()} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('Bằng khen của Liên đoàn Lao động tỉnh')).toBeInTheDocument();
  });
});
