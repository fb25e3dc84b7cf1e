// Vietnamese formatting: numbers 2.300 and 65,2 %, dates dd/MM/yyyy. English uses en-GB (2,300 and dd/MM/yyyy).
export type Lang = 'vi' | 'en';

const locales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const integerFormats = new Map<Lang, Intl.NumberFormat>();
const decimalFormats = new Map<Lang, Intl.NumberFormat>();

function integerFormat(lang: Lang) {
  let f = integerFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 0 });
    integerFormats.set(lang, f);
  }
  return f;
}

function decimalFormat(lang: Lang) {
  let f = decimalFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(locales[lang], { minimumFractionDigits: 0, maximumFractionDigits: 2 });
    decimalFormats.set(lang, f);
  }
  return f;
}

/** 2300 → "2.300" (vi) or "2,300" (en); empty for null/undefined. */
export function formatNumber(value: number | null | undefined, lang: Lang = 'vi'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  return Number.isInteger(value) ? integerFormat(lang).format(value) : decimalFormat(lang).format(value);
}

/** 65.25 → "65,3 %" (vi) or "65.3%" (en); one decimal at most. */
export function formatPercent(value: number | null | undefined, lang: Lang = 'vi'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  const rounded = Math.round(value * 10) / 10;
  const text = new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 1 }).format(rounded);
  return lang === 'vi' ? `${text} %` : `${text}%`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** "2022-03-15" → "15/03/2022". Plain calendar dates are never shifted by time zones. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = ISO_DATE.exec(value);
  if (m && value.length === 10) return `${m[3]}/${m[2]}/${m[1]}`;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** An instant ("2026-11-25T09:53:00Z") in the browser's time zone: "25/11/2026 16:53". */
export function formatDateTime(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "15/03/2022" (or "15/3/2022") → "2022-03-15"; null when it is not a real date. */
export function parseDate(text: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

// The server dates steps and checks "not in the future" by Vietnam's calendar, whatever the browser's zone.
const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day (yyyy-MM-dd) an instant falls on in Vietnam; by default today's, as the server counts it. */
export function vietnamDay(at: Date = new Date()): string {
  return VIETNAM_DAY.format(at);
}

/** A Date (local calendar day) → "YYYY-MM-DD". */
export function toIsoDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function pad(n: number) {
  return n < 10 ? `0${n}` : String(n);
}
