import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderUi } from '@/test/render';
import type { Rubric } from '../logic/scoring';
import { ScoreSheetForm } from './ScoreSheetForm';

const rubric: Rubric = {
  code: 'TLD-2022',
  name: 'Thang điểm 100',
  passTotal: 50,
  criteria: [
    { code: 'novelty', name: 'Tính mới', maxPoints: 40, minPoints: 10 },
    { code: 'applicability', name: 'Khả năng áp dụng', maxPoints: 30, minPoints: 10 },
    { code: 'benefit', name: 'Hiệu quả, lợi ích', maxPoints: 30, minPoints: 10 },
  ],
  grades: [
    { grade: 'A', minTotal: 85, criterionCode: 'novelty', minCriterion: 30 },
    { grade: 'B', minTotal: 70, criterionCode: 'novelty', minCriterion: 20 },
    { grade: 'C', minTotal: 50 },
  ],
};

describe('ScoreSheetForm', () => {
  it('adds the points as the evaluator types and tells the grade the sheet gives', async () => {
    const user = userEvent.setup();
    renderUi(<ScoreSheetForm initiativeId={7} rubric={rubric} sheet={{ evaluator: 'giamkhao', version: 0, scores: {} }} open />);
    expect(screen.getByTestId('score-verdict')).toHaveTextContent('Chấm đủ các tiêu chí');
    await user.type(screen.getByLabelText('Tính mới'), '32,5');
    await user.type(screen.getByLabelText('Khả năng áp dụng'), '25');
    await user.type(screen.getByLabelText('Hiệu quả, lợi ích'), '24');
    expect(screen.getByTestId('score-total')).toHaveTextContent('81,5');
    expect(screen.getByTestId('score-verdict')).toHaveTextContent('Đạt — xếp loại B');
  });

  it('marks a criterion over its maximum at the input', async () => {
    const user = userEvent.setup();
    renderUi(<ScoreSheetForm initiativeId={7} rubric={rubric} sheet={{ evaluator: 'giamkhao', version: 0, scores: {} }} open />);
    await user.type(screen.getByLabelText('Tính mới'), '45');
    expect(screen.getByText('Từ 0 đến 40 điểm')).toBeInTheDocument();
    expect(screen.getByLabelText('Tính mới')).toHaveAttribute('aria-invalid', 'true');
  });

  it('is read-only once the council has finished', () => {
    renderUi(<ScoreSheetForm initiativeId={7} rubric={rubric} sheet={{ evaluator: 'giamkhao', version: 2, scores: { novelty: 25, applicability: 15, benefit: 15 } }} open={false} />);
    expect(screen.getByLabelText('Tính mới')).toBeDisabled();
    expect(screen.queryByTestId('score-save')).not.toBeInTheDocument();
    expect(screen.getByTestId('score-verdict')).toHaveTextContent('Đạt — xếp loại C');
  });
});
