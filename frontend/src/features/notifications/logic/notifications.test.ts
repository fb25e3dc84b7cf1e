import { describe, expect, it } from 'vitest';
import { appLink, badgeText, focusWait, notificationTime, notificationTitle, pollDelay } from './notifications';

describe('notification rules', () => {
  it('asks for the count once a minute, doubling the wait after each failure up to 15 minutes', () => {
    expect(pollDelay(0)).toBe(60_000);
    expect(pollDelay(1)).toBe(120_000);
    expect(pollDelay(3)).toBe(480_000);
    expect(pollDelay(4)).toBe(900_000);
    expect(pollDelay(40)).toBe(900_000);
  });

  it('coming back to the window asks after 30 s, and never faster than the back-off while asks fail', () => {
    expect(focusWait(0)).toBe(30_000);
    expect(focusWait(1)).toBe(60_000);
    expect(focusWait(3)).toBe(240_000);
  });

  it('follows only paths of this app', () => {
    expect(appLink('/initiatives/123')).toBe('/initiatives/123');
    expect(appLink('//evil.example/x')).toBeNull();
    expect(appLink('/\\evil.example')).toBeNull();
    expect(appLink('https://evil.example/initiatives/1')).toBeNull();
    expect(appLink('javascript:alert(1)')).toBeNull();
    expect(appLink(null)).toBeNull();
    expect(appLink('')).toBeNull();
  });

  it("shows the title in the UI's language, Vietnamese when there is no English", () => {
    const item = { title: 'Bạn được giao chấm hồ sơ', titleEn: 'A dossier was assigned to you' };
    expect(notificationTitle(item, 'vi')).toBe('Bạn được giao chấm hồ sơ');
    expect(notificationTitle(item, 'en')).toBe('A dossier was assigned to you');
    expect(notificationTitle({ title: 'Chỉ tiêu thay đổi', titleEn: null }, 'en')).toBe('Chỉ tiêu thay đổi');
  });

  it('says how long ago within the day, then dd/MM/yyyy HH:mm', () => {
    const now = new Date(2026, 11, 3, 23, 0, 0).getTime();
    const at = (ms: number) => new Date(now - ms).toISOString();
    expect(notificationTime(at(20_000), 'vi', 'Vừa xong', now)).toBe('Vừa xong');
    expect(notificationTime(at(5 * 60_000), 'vi', 'Vừa xong', now)).toBe('5 phút trước');
    expect(notificationTime(at(5 * 60_000), 'en', 'Just now', now)).toBe('5 minutes ago');
    expect(notificationTime(at(3 * 3_600_000 + 60_000), 'vi', 'Vừa xong', now)).toBe('3 giờ trước');
    expect(notificationTime(at(25 * 3_600_000), 'vi', 'Vừa xong', now)).toBe('02/12/2026 22:00');
  });

  it('shows 99+ past 99 on the bell', () => {
    const vi = (n: number) => new Intl.NumberFormat('vi-VN').format(n);
    expect(badgeText(7, vi)).toBe('7');
    expect(badgeText(99, vi)).toBe('99');
    expect(badgeText(2300, vi)).toBe('99+');
  });
});
