import { describe, expect, it } from 'vitest';
import { checkSheet, toScores, type Rubric } from './scoring';

// The rubric in use in the seed (TLD-2022): novelty 40, applicability 30, benefit 30, each ≥ 10; pass ≥ 50;
// A ≥ 85 with novelty ≥ 30, B ≥ 70 with novelty ≥ 20, C ≥ 50.
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
    { grade: 'C', minTotal: 50 },
    { grade: 'A', minTotal: 85, criterionCode: 'novelty', minCriterion: 30 },
    { grade: 'B', minTotal: 70, criterionCode: 'novelty', minCriterion: 20 },
  ],
};

describe('checkSheet', () => {
  it('adds decimals exactly and grades from the highest rule down', () => {
    const c = checkSheet(rubric, { novelty: 31.5, applicability: '25,5', benefit: 28 });
    expect(c.total).toBe(85);
    expect(c.maxTotal).toBe(100);
    expect(c.passed).toBe(true);
    expect(c.grade).toBe('A');
  });

  it('drops to B when novelty is too low for A although the total is 85+', () => {
    const c = checkSheet(rubric, { novelty: 25, applicability: 30, benefit: 30 });
    expect(c.total).toBe(85);
    expect(c.grade).toBe('B');
  });

  it('fails a sheet with a criterion under its minimum even when the total passes', () => {
    const c = checkSheet(rubric, { novelty: 40, applicability: 30, benefit: 5 });
    expect(c.total).toBe(75);
    expect(c.passed).toBe(false);
    expect(c.below).toEqual(['benefit']);
    expect(c.grade).toBeNull();
  });

  it('fails under the pass total', () => {
    const c = checkSheet(rubric, { novelty: 15, applicability: 15, benefit: 15 });
    expect(c.passed).toBe(false);
    expect(c.grade).toBeNull();
  });

  it('flags empty and out-of-range criteria and is not complete', () => {
    const c = checkSheet(rubric, { novelty: 41, applicability: '', benefit: -1 });
    expect(c.errors).toEqual({ novelty: 'range', applicability: 'required', benefit: 'range' });
    expect(c.complete).toBe(false);
    expect(c.passed).toBe(false);
  });

  it('sends only the rubric criteria as numbers', () => {
    expect(toScores(rubric, { novelty: '32', applicability: 25, benefit: '', other: 3 })).toEqual({ novelty: 32, applicability: 25 });
  });
});
