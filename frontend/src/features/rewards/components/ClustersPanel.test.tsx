import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderUi } from '@/test/render';
import { ClustersPanel } from './ClustersPanel';

const units = [
  { value: 'LCH-PT', label: 'LĐLĐ huyện Phong Thổ' },
  { value: 'LCH-SH', label: 'LĐLĐ huyện Sìn Hồ' },
];

describe('ClustersPanel', () => {
  it('lists each cluster with its units by name, and opens the form to add one', async () => {
    renderUi(<ClustersPanel program="1TRIEU-SK" units={units} clusters={[{ code: 'CUM-BAC', name: 'Cụm phía Bắc', unitCodes: ['LCH-PT', 'LCH-XX'], version: 2 }]} />);
    const row = screen.getByTestId('clusters-table').querySelector('tr[data-cluster="CUM-BAC"]') as HTMLElement;
    expect(within(row).getByText('LĐLĐ huyện Phong Thổ, LCH-XX')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('cluster-add'));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm cụm thi đua' });
    expect(within(dialog).getByLabelText(/Mã cụm/)).toBeEnabled();
  });

  it('keeps the code of a cluster being changed', async () => {
    renderUi(<ClustersPanel program="1TRIEU-SK" units={units} clusters={[{ code: 'CUM-BAC', name: 'Cụm phía Bắc', unitCodes: ['LCH-PT'], version: 2 }]} />);
    await userEvent.click(screen.getByRole('button', { name: 'Sửa cụm Cụm phía Bắc' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa cụm Cụm phía Bắc' });
    expect(within(dialog).getByLabelText(/Mã cụm/)).toBeDisabled();
    expect(within(dialog).getByLabelText(/Mã cụm/)).toHaveValue('CUM-BAC');
  });
});
