import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderUi } from '@/test/render';
import { ProgressChart } from './ProgressChart';

describe('ProgressChart', () => {
  it('draws a target bar and a valid + pipeline bar per unit on one scale, labelled in Vietnamese numbers', () => {
    renderUi(
      <ProgressChart
        rows={[
          { unitCode: 'LCH-PT', unitName: 'LĐLĐ huyện Phong Thổ', target: 135, valid: 27, pipeline: 13 },
          { unitCode: 'LCH-GD', unitName: 'Công đoàn ngành Giáo dục', target: 60, valid: 66, pipeline: 0 },
        ]}
      />,
    );
    expect(screen.getByRole('img', { name: 'Biểu đồ chỉ tiêu, hợp lệ và đang xử lý' })).toBeInTheDocument();
    const pt = screen.getByTestId('chart-row-LCH-PT');
    expect(pt).toHaveAttribute('title', 'LĐLĐ huyện Phong Thổ — Chỉ tiêu: 135; Hợp lệ: 27; Đang xử lý: 13');
    // The axis runs to 150 (steps of 50): 135 → 90 %, 27 → 18 %.
    const bars = [...pt.querySelectorAll<HTMLElement>('div[style*="width"]')].map((b) => b.style.width);
    expect(bars).toEqual(['90%', '18%', '8.666666666666666%']);
    expect(screen.getByText('150')).toBeInTheDocument();
    // The exceeder's name stands out.
    expect(screen.getByText('Công đoàn ngành Giáo dục')).toHaveStyle({ fontWeight: '700' });
  });
});
