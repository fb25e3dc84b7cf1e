import { MantineProvider } from '@mantine/core';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import { OfflineBanner } from './OfflineBanner';

function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

function renderBanner(keptDataTime?: () => number | null) {
  return render(
    <MantineProvider>
      <OfflineBanner keptDataTime={keptDataTime} />
    </MantineProvider>,
  );
}

afterEach(async () => {
  setOnline(true);
  await i18n.changeLanguage('vi');
});

describe('OfflineBanner', () => {
  it('shows nothing online', () => {
    renderBanner();
    expect(screen.queryByTestId('offline-banner')).not.toBeInTheDocument();
  });

  it('offline: says so in Vietnamese first, then English, with the time of the kept data; goes when back online', async () => {
    await i18n.changeLanguage('en'); // whatever the chosen language
    renderBanner(() => new Date(2026, 11, 3, 7, 45).getTime());
    act(() => setOnline(false));
    const banner = screen.getByTestId('offline-banner');
    expect(banner).toHaveAttribute('role', 'status');
    const text = banner.textContent ?? '';
    expect(text).toContain('Đang ngoại tuyến');
    expect(text).toContain('dữ liệu đã lưu trên máy lúc 03/12/2026 07:45');
    expect(text).toContain('data saved on this device at 03/12/2026 07:45');
    expect(text.indexOf('Không có kết nối mạng')).toBeLessThan(text.indexOf('No network connection'));
    expect(screen.getByText(/No network connection/)).toHaveAttribute('lang', 'en');
    act(() => setOnline(true));
    expect(screen.queryByTestId('offline-banner')).not.toBeInTheDocument();
  });

  it('offline with nothing kept (or on the sign-in screen): only the drafts are mentioned', () => {
    renderBanner(() => null);
    act(() => setOnline(false));
    expect(screen.getByTestId('offline-banner')).toHaveTextContent('Bản nháp vẫn được giữ trên máy này');
    expect(screen.getByTestId('offline-banner')).not.toHaveTextContent('dữ liệu đã lưu');
  });
});
