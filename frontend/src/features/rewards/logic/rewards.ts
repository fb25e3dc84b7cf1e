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

export type RecipientType = RewardProposal['recipientType'];

/** What the proposal form holds: every recipient's fields, of which the chosen kind and recipient send theirs. */
export interface ProposalValues {
  kind: RewardProposal['kind'];
  periodCode: string | null;
  recipientType: RecipientType;
  recipientUnitCode: string | null;
  memberName: string;
  /** The initiative's id as the picker holds it (a string). */
  initiativeId: string | null;
  form: RewardProposal['form'];
  reason: string;
  /** Empty: the caller's own unit (the server's default). */
  proposingUnitCode: string | null;
}

/** An empty proposal for the screen's period. */
export function blankProposal(periodCode: string | undefined): ProposalValues {
  return {
    kind: 'PERIOD', periodCode: periodCode ?? null, recipientType: 'UNIT', recipientUnitCode: null, memberName: '',
    initiativeId: null, form: 'PROVINCIAL_CERTIFICATE', reason: '', proposingUnitCode: null,
  };
}

/** A period reward for an exceeding ranked unit, proposed in the unit's own name: the level above decides it. */
export function periodProposal(row: RankedUnit, periodCode: string, reason: string): ProposalValues {
  const unit = row.unitCode ?? null;
  return { ...blankProposal(periodCode), recipientUnitCode: unit, proposingUnitCode: unit, reason };
}

/** The body sent: only the fields of the chosen kind and recipient (a sudden reward with a period is refused). */
export function proposalOf(v: ProposalValues): RewardProposal {
  const recipient =
    v.recipientType === 'INITIATIVE'
      ? { initiativeId: Number(v.initiativeId) }
      : v.recipientType === 'MEMBER'
        ? { recipientUnitCode: v.recipientUnitCode ?? undefined, memberName: v.memberName.trim() }
        : { recipientUnitCode: v.recipientUnitCode ?? undefined };
  return {
    kind: v.kind,
    ...(v.kind === 'PERIOD' ? { periodCode: v.periodCode ?? undefined } : {}),
    recipientType: v.recipientType,
    ...recipient,
    form: v.form,
    reason: v.reason.trim(),
    ...(v.proposingUnitCode ? { proposingUnitCode: v.proposingUnitCode } : {}),
  };
}
