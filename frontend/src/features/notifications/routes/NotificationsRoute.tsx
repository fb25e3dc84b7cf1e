// The notification centre's page: every notification, newest first, a page at a time ("load more"), all or only the
// unread ones, "mark all read", and the per-kind email choices.
import { Box, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/QueryState';
import { newestId, useMarkAllRead, useMarkRead, useNotificationPages, useShownUnreadCount, type NotificationView } from '../api/notifications';
import { EmailPreferences } from '../components/EmailPreferences';
import { NotificationItem } from '../components/NotificationItem';
import '../components/notifications.css';

export function NotificationsRoute() {
  const { t } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const pages = useNotificationPages(unreadOnly);
  const shown = useShownUnreadCount();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const items = pages.data?.pages.flatMap((p) => p.items ?? []) ?? [];
  const upTo = newestId(items);
  const unread = shown ?? pages.data?.pages[0]?.unreadCount ?? 0;
  const open = (item: NotificationView) => {
    if (!item.read && item.id !== undefined) markRead.mutate(item.id);
  };
  return (
    <Stack gap="md" maw={900}>
      <Title order={2}>{t('notifications.title')}</Title>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <SegmentedControl
            aria-label={t('notifications.show')}
            value={unreadOnly ? 'unread' : 'all'}
            onChange={(v) => setUnreadOnly(v === 'unread')}
            data={[
              { value: 'all', label: t('notifications.all') },
              { value: 'unread', label: t('notifications.unreadOnly') },
            ]}
            data-testid="notification-filter"
          />
          <Button variant="default" size="sm" disabled={unread === 0 || upTo === undefined} loading={markAll.isPending}
            onClick={() => upTo !== undefined && markAll.mutate(upTo)}
            data-testid="notification-mark-all">
            {t('notifications.markAllRead')}
          </Button>
        </Group>
        {pages.isPending ? (
          <LoadingState />
        ) : pages.isError ? (
          <ErrorState error={pages.error} onRetry={() => void pages.refetch()} />
        ) : items.length === 0 ? (
          <Text c="dimmed">{unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}</Text>
        ) : (
          <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('notifications.list')} data-testid="notification-list">
            {items.map((item) => (
              <Box component="li" key={item.id} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
                <NotificationItem item={item} onOpen={open} showKind />
              </Box>
            ))}
          </Stack>
        )}
        {pages.isFetchNextPageError && <ErrorState error={pages.error} />}
        {pages.hasNextPage && (
          <Group justify="center" mt="sm">
            <Button variant="default" onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage} data-testid="notification-more">
              {t('notifications.loadMore')}
            </Button>
          </Group>
        )}
      </Paper>
      <EmailPreferences />
    </Stack>
  );
}
