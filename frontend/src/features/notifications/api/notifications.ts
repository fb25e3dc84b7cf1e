// The notification centre's data: the unread count (polled gently), the latest items for the bell, the full list page
// by page (`nextBefore`), marking read (one, or all up to the newest shown), and the per-kind email choices. Marking
// read shows at once (the count and the lists are changed in the cache), then everything is asked for again.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { focusWait, pollDelay } from '../logic/notifications';

type S = components['schemas'];
export type NotificationView = S['Notification'];
export type NotificationList = S['NotificationList'];
export type NotificationPreference = S['NotificationPreference'];

export const notificationKeys = {
  all: ['notifications'] as const,
  count: ['notifications', 'unread-count'] as const,
  lists: ['notifications', 'list'] as const,
  latest: (size: number) => ['notifications', 'list', 'latest', size] as const,
  pages: (unreadOnly: boolean) => ['notifications', 'list', 'pages', unreadOnly] as const,
  preferences: ['notifications', 'preferences'] as const,
};

export const PAGE_SIZE = 20;

async function fetchList(query: { before?: number; size: number; unreadOnly: boolean }): Promise<NotificationList> {
  return unwrap(api.GET('/api/v1/notifications', { params: { query } }));
}

/**
 * The unread count, asked for every minute while the page is visible (never in a hidden tab), when the window comes
 * back after 30 s or more, and when the connection comes back; after failed asks the wait doubles (up to 15 min), and
 * a failed ask is not repeated at once: the next poll is the retry.
 */
export function useUnreadCount() {
  const queryClient = useQueryClient();
  const failures = useRef(0);
  const query = useQuery({
    queryKey: notificationKeys.count,
    queryFn: async () => {
      try {
        const answer = await unwrap(api.GET('/api/v1/notifications/unread-count'));
        failures.current = 0;
        const count = answer.unreadCount ?? 0;
        // A count other than the one shown means new (or elsewhere read) notifications: the lists are asked for again.
        const shown = queryClient.getQueryData<number>(notificationKeys.count);
        if (shown !== undefined && shown !== count) void queryClient.invalidateQueries({ queryKey: notificationKeys.lists });
        return count;
      } catch (e) {
        failures.current += 1;
        throw e;
      }
    },
    retry: false,
    staleTime: 30_000,
    refetchInterval: () => pollDelay(failures.current),
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: true,
  });
  const { refetch } = query;
  useEffect(() => {
    const onFocus = () => {
      if (document.visibilityState === 'hidden') return;
      const state = queryClient.getQueryState(notificationKeys.count);
      const lastAsk = Math.max(state?.dataUpdatedAt ?? 0, state?.errorUpdatedAt ?? 0);
      if (state?.fetchStatus !== 'fetching' && Date.now() - lastAsk >= focusWait(failures.current)) void refetch();
    };
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onFocus);
    return () => {
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onFocus);
    };
  }, [queryClient, refetch]);
  return query;
}

/** The unread count as last asked for (the bell asks), without asking again. */
export function useShownUnreadCount(): number | undefined {
  return useQuery({ queryKey: notificationKeys.count, queryFn: () => Promise.resolve(0), enabled: false }).data as number | undefined;
}

/** The newest few, for the bell's panel; asked for when the panel opens. */
export function useLatestNotifications(size: number, enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.latest(size),
    queryFn: () => fetchList({ size, unreadOnly: false }),
    enabled,
    staleTime: 0,
  });
}

/** The whole list, newest first, one page after the other ("load more" asks for those before the last one shown). */
export function useNotificationPages(unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: notificationKeys.pages(unreadOnly),
    queryFn: ({ pageParam }) => fetchList({ before: pageParam ?? undefined, size: PAGE_SIZE, unreadOnly }),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBefore ?? null,
  });
}

type Lists = NotificationList | InfiniteData<NotificationList, number | null>;

function markInLists(queryClient: QueryClient, read: (item: NotificationView) => boolean) {
  const mark = (list: NotificationList): NotificationList => ({
    ...list,
    items: (list.items ?? []).map((item) => (read(item) ? { ...item, read: true } : item)),
  });
  queryClient.setQueriesData<Lists>({ queryKey: notificationKeys.lists }, (data) => {
    if (!data) return data;
    return 'pages' in data ? { ...data, pages: data.pages.map(mark) } : mark(data);
  });
}

function useSettle() {
  const queryClient = useQueryClient();
  return useCallback(() => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }), [queryClient]);
}

/** Marks one notification read; the count drops and the item shows read at once (undone if the server refuses). */
export function useMarkRead() {
  const queryClient = useQueryClient();
  const settle = useSettle();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.PUT('/api/v1/notifications/{id}', { params: { path: { id } }, body: { read: true } })),
    onMutate: async (id: number) => {
      await queryClient.cancelQueries({ queryKey: notificationKeys.all });
      const count = queryClient.getQueryData<number>(notificationKeys.count);
      const wasUnread = queryClient
        .getQueriesData<Lists>({ queryKey: notificationKeys.lists })
        .some(([, data]) => (data && 'pages' in data ? data.pages : data ? [data] : []).some((l) => (l.items ?? []).some((i) => i.id === id && !i.read)));
      if (count !== undefined && wasUnread) queryClient.setQueryData(notificationKeys.count, Math.max(0, count - 1));
      markInLists(queryClient, (item) => item.id === id);
    },
    onSettled: settle,
  });
}

/**
 * Marks read every notification up to the newest one shown (`upTo`, its id): one that came meanwhile stays unread.
 * The server answers how many are still unread.
 */
export function useMarkAllRead() {
  const queryClient = useQueryClient();
  const settle = useSettle();
  return useMutation({
    mutationFn: (upTo: number) => unwrap(api.POST('/api/v1/notifications/read-all', { body: { upTo } })),
    onMutate: async (upTo: number) => {
      await queryClient.cancelQueries({ queryKey: notificationKeys.all });
      queryClient.setQueryData(notificationKeys.count, 0);
      markInLists(queryClient, (item) => (item.id ?? 0) <= upTo);
    },
    onSuccess: (answer) => queryClient.setQueryData(notificationKeys.count, answer.unreadCount ?? 0),
    onSettled: settle,
  });
}

/** The newest notification shown (its id), which "mark all read" goes up to; undefined when none is shown. */
export function newestId(items: NotificationView[]): number | undefined {
  const ids = items.map((i) => i.id ?? 0).filter((id) => id > 0);
  return ids.length > 0 ? Math.max(...ids) : undefined;
}

/** Which kinds the user also gets by email. */
export function usePreferences() {
  return useQuery({
    queryKey: notificationKeys.preferences,
    queryFn: async () => (await unwrap(api.GET('/api/v1/notifications/preferences'))).preferences ?? [],
  });
}

export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preferences: NotificationPreference[]) =>
      unwrap(api.PUT('/api/v1/notifications/preferences', { body: { preferences } })),
    onSuccess: (saved) => queryClient.setQueryData(notificationKeys.preferences, saved.preferences ?? []),
  });
}
