import { Alert, Text } from '@mantine/core';
import { useNetwork } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';

/**
 * Says that the device is offline and what is shown: the data kept on the device (and since when), drafts kept too.
 * In Vietnamese first, then English, whatever the chosen language: a shared phone may be in either hand.
 */
export function OfflineBanner({ keptDataTime }: {
  /** When the data shown was last fetched (read as the banner shows); none on the sign-in screen. */
  keptDataTime?: () => number | null;
}) {
  const { online } = useNetwork();
  const { t } = useTranslation();
  if (online) return null;
  const at = keptDataTime?.() ?? null;
  const body = (lng: 'vi' | 'en') =>
    at ? t('offline.body', { lng, when: formatDateTime(at) }) : t('offline.bodyNoData', { lng });
  return (
    <Alert color="yellow" variant="light" role="status" data-testid="offline-banner" mb="md" className="no-print"
      title={<span><span lang="vi">{t('offline.title', { lng: 'vi' })}</span> · <span lang="en">{t('offline.title', { lng: 'en' })}</span></span>}>
      <Text size="sm" lang="vi">{body('vi')}</Text>
      <Text size="sm" lang="en" c="dimmed">{body('en')}</Text>
    </Alert>
  );
}
