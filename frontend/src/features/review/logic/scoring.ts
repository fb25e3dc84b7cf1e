// A score sheet on a rubric, checked as the evaluator types: each criterion within 0..max, the total, whether it
// passes (total ≥ passTotal and each criterion ≥ its minimum) and the grade it would get (rules from the highest
// down: total ≥ minTotal and, when named, that criterion ≥ minCriterion). The rubric is data, not code.
import type { components } from '@/lib/api/schema';

export type Rubric = components['schemas']['Rubric'];
export type Criterion = components['schemas']['Criterion'];

/** What the inputs hold: a number, or '' while empty. */
export type ScoreInputs = Record<string, number | string>;

export interface SheetCheck {
  /** Problems by criterion code ('required' | 'range'), for the inputs. */
  errors: Record<string, 'required' | 'range'>;
  total: number;
  maxTotal: number;
  complete: boolean;
  passed: boolean;
  /** Criteria under their minimum (when the sheet is complete). */
  below: string[];
  grade: string | null;
}

function value(v: number | string | undefined): number | null {
  if (v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : Number(String(v).replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** Adds decimals without binary noise (31.5 + 24.25 → 55.75). */
function add(a: number, b: number) {
  return Math.round((a + b) * 100) / 100;
}

export function checkSheet(rubric: Rubric, inputs: ScoreInputs): SheetCheck {
  const errors: SheetCheck['errors'] = {};
  const scores: Record<string, number> = {};
  let total = 0;
  let maxTotal = 0;
  for (const c of rubric.criteria) {
    maxTotal = add(maxTotal, c.maxPoints);
    const v = value(inputs[c.code]);
    if (v === null) {
      errors[c.code] = 'required';
      continue;
    }
    if (v < 0 || v > c.maxPoints) {
      errors[c.code] = 'range';
      continue;
    }
    scores[c.code] = v;
    total = add(total, v);
  }
  const complete = Object.keys(errors).length === 0;
  const below = complete ? rubric.criteria.filter((c) => c.minPoints !== undefined && c.minPoints !== null && scores[c.code] < c.minPoints).map((c) => c.code) : [];
  const passed = complete && total >= rubric.passTotal && below.length === 0;
  let grade: string | null = null;
  if (passed) {
    const rules = [...(rubric.grades ?? [])].sort((a, b) => b.minTotal - a.minTotal);
    const rule = rules.find(
      (g) => total >= g.minTotal && (!g.criterionCode || g.minCriterion === undefined || g.minCriterion === null || (scores[g.criterionCode] ?? 0) >= g.minCriterion),
    );
    grade = rule?.grade ?? null;
  }
  return { errors, total, maxTotal, complete, passed, below, grade };
}

/** The inputs as the API wants them: numbers by criterion code (only the rubric's criteria). */
export function toScores(rubric: Rubric, inputs: ScoreInputs): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of rubric.criteria) {
    const v = value(inputs[c.code]);
    if (v !== null) out[c.code] = v;
  }
  return out;
}
