// Configuration. At run time from /config.js (window.__SANGKIEN_CONFIG__: written by `vite preview` from
// SANGKIEN_OIDC_AUTHORITY / SANGKIEN_OIDC_CLIENT_ID, by the Docker image from its environment), so one build
// serves every deployment; else from the build (VITE_*), else the defaults of `make run`.
export interface RuntimeConfig {
  oidcAuthority?: string;
  oidcClientId?: string;
  apiBaseUrl?: string;
  defaultProgram?: string;
  placeName?: string;
}

declare global {
  interface Window {
    __SANGKIEN_CONFIG__?: RuntimeConfig;
  }
}

const runtime: RuntimeConfig = (typeof window !== 'undefined' && window.__SANGKIEN_CONFIG__) || {};

export const config = {
  oidcAuthority: runtime.oidcAuthority || import.meta.env.VITE_OIDC_AUTHORITY || 'http://localhost:8180/realms/sangkien',
  oidcClientId: runtime.oidcClientId || import.meta.env.VITE_OIDC_CLIENT_ID || 'web',
  /** Empty: the API is same-origin under /api/v1 (proxied by vite dev/preview, nginx in production). */
  apiBaseUrl: runtime.apiBaseUrl ?? import.meta.env.VITE_API_BASE_URL ?? '',
  /** The programme the app opens on. */
  defaultProgram: runtime.defaultProgram || import.meta.env.VITE_DEFAULT_PROGRAM || '1TRIEU-SK',
  /** Where the union's papers are signed: the place of "Lai Châu, ngày … tháng … năm …". */
  placeName: runtime.placeName || import.meta.env.VITE_PLACE_NAME || 'Lai Châu',
};
