// The notification centre's rules, apart from the screens: which kinds there are (the order the preferences list them
// in), a notification's title in the UI's language, where clicking it may go, how long ago it came, how often the
// unread count is asked for.
import { formatDateTime, type Lang } from '@/lib/format';

export const NOTIFICATION_KINDS = [
  'DOSSIER_SUBMITTED',
  'DOSSIER_RETURNED',
  'EVALUATOR_ASSIGNED',
  'DOSSIER_SCORED',
  'DOSSIER_RECOGNISED',
  'DOSSIER_REFUSED',
  'DOSSIER_VALIDATED',
  'QUOTA_CHANGED',
  'IMPORT_COMMITTED',
  'DEADLINE_NEAR',
  'DECISION_OVERDUE',
  'WEEKLY_DIGEST',
] as const;

/** The title in the UI's language; the Vietnamese one when there is no English. */
export function notificationTitle(item: { title?: string | null; titleEn?: string | null }, lang: Lang): string {
  return (lang === 'en' ? item.titleEn || item.title : item.title || item.titleEn) ?? '';
}

/** The path in the app a notification leads to, or null: only a path of this app ("/…", never "//host" or a URL). */
export function appLink(link: string | null | undefined): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//') || link.startsWith('/\\')) return null;
  return link;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const relative = new Map<Lang, Intl.RelativeTimeFormat>();

/**
 * When a notification came: "Vừa xong" under a minute, "5 phút trước" / "3 giờ trước" within the day, then
 * dd/MM/yyyy HH:mm.
 */
export function notificationTime(iso: string, lang: Lang, justNow: string, now: number = Date.now()): string {
  const at = new Date(iso).getTime();
  if (Number.isNaN(at)) return iso;
  const ago = now - at;
  if (ago < 0 || ago >= 24 * HOUR) return formatDateTime(iso);
  if (ago < MINUTE) return justNow;
  let format = relative.get(lang);
  if (!format) {
    format = new Intl.RelativeTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { numeric: 'always' });
    relative.set(lang, format);
  }
  return ago < HOUR ? format.format(-Math.floor(ago / MINUTE), 'minute') : format.format(-Math.floor(ago / HOUR), 'hour');
}

/** How often the unread count is asked for while the page is visible. */
export const POLL_EVERY_MS = 60_000;
/** The longest wait between two asks while the server cannot be reached. */
export const POLL_AT_MOST_EVERY_MS = 15 * 60_000;
/** Coming back to the window asks again only if the last ask is older than this. */
export const FOCUS_AFTER_MS = 30_000;

/**
 * The wait before the next ask, after `failures` asks in a row failed: once a minute, doubling after each failure up
 * to 15 minutes, so that a weak connection or a server in trouble is not hammered.
 */
export function pollDelay(failures: number): number {
  return Math.min(POLL_EVERY_MS * 2 ** Math.max(0, failures), POLL_AT_MOST_EVERY_MS);
}

/**
 * Coming back to the window (or tab) asks at once only when the last ask is this old: 30 s, or, while asks fail, the
 * back-off the failures before the last one earned (switching windows never outpaces the back-off).
 */
export function focusWait(failures: number): number {
  return failures === 0 ? FOCUS_AFTER_MS : Math.max(FOCUS_AFTER_MS, pollDelay(failures - 1));
}

/** The count on the bell: "99+" past 99. */
export function badgeText(count: number, format: (n: number) => string): string {
  return count > 99 ? `${format(99)}+` : format(count);
}
