// What the printed application (đơn yêu cầu công nhận sáng kiến, Phụ lục I of Thông tư 18/2013/TT-BKHCN implementing
// Nghị định 13/2012/NĐ-CP) shows, worked out from the dossier the API returned.
import type { Initiative } from '@/lib/api/types';

/** The day, month and year of the place-and-date line: the filing date, else today (local calendar day). */
export function signingDate(filedOn: string | null | undefined, today: Date): { day: string; month: string; year: string } {
  const m = filedOn ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(filedOn) : null;
  if (m) return { day: m[3], month: m[2], year: m[1] };
  const pad = (n: number) => String(n).padStart(2, '0');
  return { day: pad(today.getDate()), month: pad(today.getMonth() + 1), year: String(today.getFullYear()) };
}

/** Confidential text: shown, withheld from this reader (the API says so), or there is none. */
export type ConfidentialShown = { kind: 'text'; text: string } | { kind: 'withheld' } | { kind: 'none' };

export function confidentialShown(i: Pick<Initiative, 'confidentialParts' | 'confidentialHidden'>): ConfidentialShown {
  if (i.confidentialHidden) return { kind: 'withheld' };
  const text = i.confidentialParts?.trim();
  return text ? { kind: 'text', text } : { kind: 'none' };
}
