// Remembers, across the sign-out that a 401 causes, that the session expired, so the sign-in screen can say so.
const KEY = 'sangkien:session-expired';

export function markSessionExpired() {
  try {
    sessionStorage.setItem(KEY, '1');
  } catch {
    /* storage blocked */
  }
}

export function consumeSessionExpired(): boolean {
  try {
    const expired = sessionStorage.getItem(KEY) === '1';
    if (expired) sessionStorage.removeItem(KEY);
    return expired;
  } catch {
    return false;
  }
}
