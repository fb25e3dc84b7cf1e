// Authors' contribution shares must add up to exactly 100 % (two decimals at most), as the API checks.
// Arithmetic in hundredths of a percent, so 33.33 + 33.33 + 33.34 is exactly 100.

export type ContributionState = 'ok' | 'short' | 'over' | 'empty';

export interface ContributionCheck {
  /** The total in percent (two decimals). */
  total: number;
  /** 100 − total, in percent; negative when over. */
  missing: number;
  state: ContributionState;
}

function hundredths(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value.replace(',', '.')) : NaN;
  return Number.isFinite(n) ? Math.round(n * 100) : 0;
}

export function checkContributions(shares: Array<number | string | null | undefined>): ContributionCheck {
  if (shares.length === 0) return { total: 0, missing: 100, state: 'empty' };
  const total = shares.reduce<number>((sum, s) => sum + hundredths(s), 0);
  const missing = 10000 - total;
  const state: ContributionState = missing === 0 ? 'ok' : missing > 0 ? 'short' : 'over';
  return { total: total / 100, missing: missing / 100, state };
}

/** n shares of 100 % with two decimals, the first ones taking the remainder: 3 → 33.34, 33.33, 33.33. */
export function splitEvenly(n: number): number[] {
  if (n <= 0) return [];
  const base = Math.floor(10000 / n);
  const rest = 10000 - base * n;
  return Array.from({ length: n }, (_, i) => (base + (i < rest ? 1 : 0)) / 100);
}
