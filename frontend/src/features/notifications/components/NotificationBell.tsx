// The bell in the header: the unread count on it (its accessible name says it: "Thông báo, 3 chưa đọc"), polled
// gently (useUnreadCount); opened, the newest notifications, "mark all read" and the way to the full page.
import { ActionIcon, Anchor, Box, Button, Center, Group, Indicator, Loader, Popover, ScrollArea, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/QueryState';
import { formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { newestId, useLatestNotifications, useMarkAllRead, useMarkRead, useUnreadCount, type NotificationView } from '../api/notifications';
import { badgeText } from '../logic/notifications';
import { BellIcon } from './BellIcon';
import { NotificationItem } from './NotificationItem';
import './notifications.css';

const LATEST = 8;

export function NotificationBell() {
  const { t } = useTranslation();
  const lang = useLang();
  const [opened, setOpened] = useState(false);
  const count = useUnreadCount();
  const unread = count.data ?? 0;
  const latest = useLatestNotifications(LATEST, opened);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  // Screen readers hear of new ones when the count goes up (not at the first count, not when some are read).
  const [announced, setAnnounced] = useState('');
  const [previous, setPrevious] = useState<number | undefined>(undefined);
  if (count.data !== previous) {
    if (previous !== undefined && count.data !== undefined && count.data > previous) {
      setAnnounced(t('notifications.announceNew', { n: formatNumber(count.data - previous, lang) }));
    }
    setPrevious(count.data);
  }
  const label = unread > 0 ? t('notifications.bellUnread', { n: formatNumber(unread, lang) }) : t('notifications.bellNone');
  const open = (item: NotificationView) => {
    if (!item.read && item.id !== undefined) markRead.mutate(item.id);
    setOpened(false);
  };
  const items = latest.data?.items ?? [];
  const upTo = newestId(items);
  return (
    <>
      <VisuallyHidden role="status" aria-live="polite" data-testid="notification-announce">
        {announced}
      </VisuallyHidden>
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width="min(380px, calc(100vw - 16px))" shadow="md" withinPortal returnFocus
        // The header never scrolls away; and jsdom, whose elements have no size, would count the bell as hidden.
        hideDetached={false}>
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={label}
            data-testid="notification-bell"
            data-count={unread}
            onClick={() => setOpened((o) => !o)}
          >
            <Indicator
              aria-hidden
              label={badgeText(unread, (n) => formatNumber(n, lang))}
              disabled={unread === 0}
              size={16}
              offset={2}
              color="red"
              data-testid="notification-count"
            >
              <BellIcon />
            </Indicator>
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p="xs" data-testid="notification-panel">
          <Group justify="space-between" wrap="nowrap" mb={4}>
            <Text fw={600} size="sm">
              {t('notifications.latest')}
            </Text>
            <Button size="compact-xs" variant="subtle" disabled={unread === 0 || upTo === undefined} loading={markAll.isPending}
              onClick={() => upTo !== undefined && markAll.mutate(upTo)}
              data-testid="notification-mark-all">
              {t('notifications.markAllRead')}
            </Button>
          </Group>
          {latest.isPending ? (
            <Center py="md">
              <Loader size="sm" aria-label={t('app.loading')} />
            </Center>
          ) : latest.isError ? (
            <ErrorState error={latest.error} onRetry={() => void latest.refetch()} />
          ) : items.length === 0 ? (
            <Text size="sm" c="dimmed" py="sm" ta="center">
              {t('notifications.empty')}
            </Text>
          ) : (
            <ScrollArea.Autosize mah="min(420px, 60vh)" type="auto">
              <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('notifications.latest')}>
                {items.map((item) => (
                  <Box component="li" key={item.id}>
                    <NotificationItem item={item} onOpen={open} />
                  </Box>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          )}
          <Box pt={6} mt={4} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
            <Anchor component={Link} to="/notifications" size="sm" onClick={() => setOpened(false)} data-testid="notification-see-all">
              {t('notifications.seeAll')}
            </Anchor>
          </Box>
        </Popover.Dropdown>
      </Popover>
    </>
  );
}
