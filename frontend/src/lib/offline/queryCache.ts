// The last data the app had, kept on this device (IndexedDB) so that the app opens offline on it: TanStack Query's
// cache, persisted a moment after each change and restored when the app starts. It belongs to one officer: dropped
// on sign-out and when someone else signs in on the same device (a shared phone).
import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import type { QueryClient } from '@tanstack/react-query';
import { createStore, del, get, set } from 'idb-keyval';

/** How long kept data may be shown: a week without a connection. */
export const CACHE_MAX_AGE_MS = 7 * 24 * 60 * 60_000;
const KEY = 'sangkien:query-cache';
const OWNER_KEY = 'sangkien:query-cache-owner';

const THROTTLE_MS = 1000;
const store = typeof indexedDB !== 'undefined' ? createStore('sangkien', 'query-cache') : null;
// While the data is being forgotten, writes still on their way (the persister dehydrates the cache as clear() empties
// it, query by query, and writes a moment later) must not put it back.
let forgetting = false;

export const queryCachePersister = createAsyncStoragePersister({
  key: KEY,
  throttleTime: THROTTLE_MS,
  storage: store
    ? {
        getItem: (key: string) => get<string>(key, store).then((v) => v ?? null),
        setItem: async (key: string, value: string) => {
          if (!forgetting) await set(key, value, store);
        },
        removeItem: (key: string) => del(key, store),
      }
    : undefined,
});

/** Forgets the data kept on this device and in memory (sign-out, another user). */
export async function forgetCachedData(queryClient: QueryClient) {
  forgetting = true;
  queryClient.clear();
  try {
    localStorage.removeItem(OWNER_KEY);
  } catch {
    /* storage blocked */
  }
  await queryCachePersister.removeClient();
  // Past the persister's throttle, what it writes is the empty cache (or the next user's).
  window.setTimeout(() => {
    forgetting = false;
  }, THROTTLE_MS * 2);
}

/**
 * Called once the signed-in user is known: the kept data is theirs, or it is dropped before any screen shows it.
 * Returns true when data of someone else was dropped.
 */
export async function claimCachedData(queryClient: QueryClient, user: string): Promise<boolean> {
  let owner: string | null = null;
  try {
    owner = localStorage.getItem(OWNER_KEY);
  } catch {
    /* storage blocked */
  }
  if (owner === user) return false;
  const someoneElse = owner !== null;
  if (someoneElse) await forgetCachedData(queryClient);
  try {
    localStorage.setItem(OWNER_KEY, user);
  } catch {
    /* storage blocked */
  }
  return someoneElse;
}

/** When the data shown was last fetched from the server (the newest query), or null when nothing is kept. */
export function lastFetchedAt(queryClient: QueryClient): number | null {
  const times = queryClient.getQueryCache().getAll().map((q) => q.state.dataUpdatedAt).filter((t) => t > 0);
  return times.length > 0 ? Math.max(...times) : null;
}
