import { describe, expect, it } from 'vitest';
import { confidentialShown, signingDate } from './applicationForm';

describe('signingDate', () => {
  it('takes the filing date, day and month on two digits', () => {
    expect(signingDate('2022-03-05', new Date(2026, 11, 3))).toEqual({ day: '05', month: '03', year: '2022' });
  });

  it("takes today's calendar day when the dossier has no filing date", () => {
    expect(signingDate(undefined, new Date(2026, 0, 9, 23, 59))).toEqual({ day: '09', month: '01', year: '2026' });
    expect(signingDate('not a date', new Date(2026, 11, 3))).toEqual({ day: '03', month: '12', year: '2026' });
  });
});

describe('confidentialShown', () => {
  it('shows the text to whoever the API gave it to', () => {
    expect(confidentialShown({ confidentialParts: ' Tỷ lệ pha hoá chất ', confidentialHidden: false })).toEqual({ kind: 'text', text: 'Tỷ lệ pha hoá chất' });
  });

  it('marks it withheld when the API withheld it, and none when there is none', () => {
    expect(confidentialShown({ confidentialHidden: true })).toEqual({ kind: 'withheld' });
    expect(confidentialShown({ confidentialParts: '  ' })).toEqual({ kind: 'none' });
  });
});
