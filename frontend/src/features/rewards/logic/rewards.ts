import { formatNumber, formatPercent, type Lang } from '@/lib/format';
import type { RankedUnit, RewardProposal } from '../api/rewards';

/** Where a ranked unit stands against its target: exceeded, reached, or below. */
export function standing(row: RankedUnit): 'exceeded' | 'reached' | 'below' {
  if (row.exceeded) return 'exceeded';
  return row.reached ? 'reached' : 'below';
}

/** The reason a period reward of an exceeding unit starts from: the figures, as the reports show them. */
export function exceededReason(row: RankedUnit, periodName: string, lang: Lang): string {
  const valid = formatNumber(row.valid, lang);
  const target = formatNumber(row.target, lang);
  const percent = formatPercent(row.percent, lang);
  return lang === 'vi'
    ? `Vượt chỉ tiêu ${periodName}: ${valid} sáng kiến hợp lệ / chỉ tiêu ${target} (${percent})`
    : `Exceeded the target of ${periodName}: ${valid} valid initiatives against a target of ${target} (${percent})`;
}

/** A period reward proposed for the ranked unit in its own name: the level above that gives the form decides it. */
export function periodProposal(row: RankedUnit, periodCode: string, form: RewardProposal['form'], reason: string): RewardProposal {
  const unit = row.unitCode ?? '';
  return { kind: 'PERIOD', periodCode, recipientType: 'UNIT', recipientUnitCode: unit, proposingUnitCode: unit, form, reason };
}
