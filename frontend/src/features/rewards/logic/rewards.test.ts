import { describe, expect, it } from 'vitest';
import { blankProposal, exceededReason, periodProposal, proposalOf, standing } from './rewards';

const phongTho = { rank: 1, unitCode: 'LCH-PT', unitName: 'LĐLĐ huyện Phong Thổ', target: 135, valid: 2300, percent: 1703.7, reached: true, exceeded: true };

describe('rewards logic', () => {
  it('tells exceeded, reached and below apart', () => {
    expect(standing(phongTho)).toBe('exceeded');
    expect(standing({ ...phongTho, exceeded: false })).toBe('reached');
    expect(standing({ ...phongTho, exceeded: false, reached: false })).toBe('below');
  });

  it('writes the reason with the figures in Vietnamese formats (2.300, 1.703,7 %)', () => {
    expect(exceededReason(phongTho, 'Giai đoạn 1', 'vi')).toBe('Vượt chỉ tiêu Giai đoạn 1: 2.300 sáng kiến hợp lệ / chỉ tiêu 135 (1.703,7 %)');
    expect(exceededReason(phongTho, 'Phase 1', 'en')).toBe('Exceeded the target of Phase 1: 2,300 valid initiatives against a target of 135 (1,703.7%)');
  });

  it('proposes in the ranked unit’s own name, for the period', () => {
    expect(proposalOf(periodProposal(phongTho, 'GD1', 'Vượt'))).toEqual({
      kind: 'PERIOD', periodCode: 'GD1', recipientType: 'UNIT', recipientUnitCode: 'LCH-PT', proposingUnitCode: 'LCH-PT',
      form: 'PROVINCIAL_CERTIFICATE', reason: 'Vượt',
    });
  });

  it('sends only the chosen recipient’s fields, no period for a sudden reward, and the caller’s unit when none is chosen', () => {
    const filled = { ...blankProposal('GD1'), recipientUnitCode: 'LCH-PT', memberName: ' Lò Thị Hương ', initiativeId: '12', reason: ' Cứu người ' };
    expect(proposalOf({ ...filled, kind: 'SUDDEN', recipientType: 'MEMBER' })).toEqual({
      kind: 'SUDDEN', recipientType: 'MEMBER', recipientUnitCode: 'LCH-PT', memberName: 'Lò Thị Hương', form: 'PROVINCIAL_CERTIFICATE', reason: 'Cứu người',
    });
    expect(proposalOf({ ...filled, recipientType: 'INITIATIVE', proposingUnitCode: 'LCH-SH' })).toEqual({
      kind: 'PERIOD', periodCode: 'GD1', recipientType: 'INITIATIVE', initiativeId: 12, form: 'PROVINCIAL_CERTIFICATE', reason: 'Cứu người',
      proposingUnitCode: 'LCH-SH',
    });
  });
});
