// OpenID Connect against Keycloak: authorization code + PKCE (oidc-client-ts), silent renewal by refresh token.
import { UserManager, WebStorageStateStore, type UserManagerSettings } from 'oidc-client-ts';
import { config } from '../config';

const origin = typeof window !== 'undefined' ? window.location.origin : 'http://127.0.0.1:5173';

export const oidcSettings: UserManagerSettings = {
  authority: config.oidcAuthority,
  client_id: config.oidcClientId,
  redirect_uri: `${origin}/`,
  post_logout_redirect_uri: `${origin}/`,
  silent_redirect_uri: `${origin}/silent-renew.html`,
  response_type: 'code',
  scope: 'openid profile email',
  automaticSilentRenew: true,
  // Tokens live in sessionStorage: closing the tab ends the session on a shared office computer.
  userStore: typeof window !== 'undefined' ? new WebStorageStateStore({ store: window.sessionStorage }) : undefined,
  loadUserInfo: false,
};

export const userManager = new UserManager(oidcSettings);

/** The access token for API calls, or null when signed out or expired. */
export async function accessToken(): Promise<string | null> {
  const user = await userManager.getUser();
  if (!user || user.expired) return null;
  return user.access_token;
}

/** After Keycloak redirects back: drop ?code&state from the address and return to where the user was. */
export function onSigninCallback(user: { state?: unknown } | void) {
  const state = (user && (user.state as { returnTo?: string } | undefined)) || undefined;
  const target = state?.returnTo && state.returnTo.startsWith('/') ? state.returnTo : '/';
  window.history.replaceState({}, document.title, target);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** Is a session kept in this tab (checked before the OIDC client has loaded it, to start loading the signed-in app)? */
export function hasStoredSession(): boolean {
  try {
    return sessionStorage.getItem(`oidc.user:${oidcSettings.authority}:${oidcSettings.client_id}`) !== null;
  } catch {
    return false;
  }
}
