// Build-time configuration (Vite env), with the defaults of `make run`.
export const config = {
  oidcAuthority: import.meta.env.VITE_OIDC_AUTHORITY ?? 'http://localhost:8180/realms/sangkien',
  oidcClientId: import.meta.env.VITE_OIDC_CLIENT_ID ?? 'web',
  /** Empty: the API is same-origin under /api/v1 (proxied by vite dev/preview, nginx in production). */
  apiBaseUrl: import.meta.env.VITE_API_BASE_URL ?? '',
  /** The programme the app opens on. */
  defaultProgram: import.meta.env.VITE_DEFAULT_PROGRAM ?? '1TRIEU-SK',
};
