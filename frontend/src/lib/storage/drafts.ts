// Drafts kept on this device (localStorage) until the server has them, so nothing typed is lost when the
// connection drops, the tab closes or the battery dies. One entry per user and form.

export interface Draft<T> {
  value: T;
  /** When it was kept, ISO instant. */
  savedAt: string;
  /** The server version the draft started from (edits), to warn about newer ones. */
  baseVersion?: number;
}

const PREFIX = 'sangkien:draft:';

export interface DraftStore {
  load<T>(key: string): Draft<T> | null;
  save<T>(key: string, value: T, baseVersion?: number): Draft<T> | null;
  remove(key: string): void;
  keys(): string[];
}

export function createDraftStore(storage: Storage | null = safeLocalStorage(), now: () => Date = () => new Date()): DraftStore {
  return {
    load<T>(key: string) {
      if (!storage) return null;
      try {
        const raw = storage.getItem(PREFIX + key);
        if (!raw) return null;
        const parsed = JSON.parse(raw) as Draft<T>;
        return parsed && typeof parsed === 'object' && 'value' in parsed ? parsed : null;
      } catch {
        return null; // unreadable: treat as no draft
      }
    },
    save<T>(key: string, value: T, baseVersion?: number) {
      if (!storage) return null;
      const draft: Draft<T> = { value, savedAt: now().toISOString(), ...(baseVersion !== undefined ? { baseVersion } : {}) };
      try {
        storage.setItem(PREFIX + key, JSON.stringify(draft));
        return draft;
      } catch {
        return null; // quota exceeded or storage blocked: the form still works, only without the safety net
      }
    },
    remove(key: string) {
      try {
        storage?.removeItem(PREFIX + key);
      } catch {
        /* storage blocked */
      }
    },
    keys() {
      if (!storage) return [];
      const found: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        if (k?.startsWith(PREFIX)) found.push(k.slice(PREFIX.length));
      }
      return found;
    },
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}

export const drafts = createDraftStore();

/** The key of a form's draft, per user so that a shared office computer keeps people's work apart. */
export function draftKey(username: string, form: string) {
  return `${username || 'anonymous'}:${form}`;
}
