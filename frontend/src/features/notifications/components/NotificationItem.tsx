// One notification, in the bell's panel and on the notifications page: its title in the UI's language, when it came
// (and, on the page, its kind), unread ones marked (a dot and the words "Chưa đọc" for screen readers). Clicking it
// marks it read and, when it has one, follows its link into the app.
import { Anchor, Box, Group, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import type { NotificationView } from '../api/notifications';
import { appLink, notificationTime, notificationTitle } from '../logic/notifications';

export function NotificationItem({ item, onOpen, showKind = false }: { item: NotificationView; onOpen: (item: NotificationView) => void; showKind?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const link = appLink(item.link);
  const title = notificationTitle(item, lang);
  const created = item.createdAt ?? '';
  const body = (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Box
        aria-hidden
        mt={7}
        w={8}
        h={8}
        style={{ flex: 'none', borderRadius: '50%', background: item.read ? 'transparent' : 'var(--mantine-color-blue-filled)' }}
      />
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text size="sm" fw={item.read ? 400 : 600} c="var(--mantine-color-text)" style={{ overflowWrap: 'anywhere' }}>
          {!item.read && <VisuallyHidden>{t('notifications.unread')}: </VisuallyHidden>}
          {title}
        </Text>
        <Text size="xs" c="dimmed">
          {showKind && item.kind && <>{t(`notifications.kinds.${item.kind}`, { defaultValue: item.kind })} · </>}
          <time dateTime={created} title={formatDateTime(created)}>
            {notificationTime(created, lang, t('notifications.justNow'))}
          </time>
        </Text>
      </Stack>
    </Group>
  );
  const common = {
    'data-testid': 'notification-item',
    'data-read': item.read ? 'true' : 'false',
    onClick: () => onOpen(item),
    display: 'block',
    p: 'xs',
    className: 'notification-item',
  } as const;
  return link ? (
    <Anchor component={Link} to={link} underline="never" {...common}>
      {body}
    </Anchor>
  ) : (
    <UnstyledButton w="100%" {...common}>
      {body}
    </UnstyledButton>
  );
}
