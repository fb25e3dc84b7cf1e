/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

interface ImportMetaEnv {
  readonly VITE_OIDC_AUTHORITY?: string;
  readonly VITE_OIDC_CLIENT_ID?: string;
  readonly VITE_API_BASE_URL?: string;
  readonly VITE_DEFAULT_PROGRAM?: string;
  readonly VITE_PLACE_NAME?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
