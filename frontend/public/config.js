// Run-time settings of the web app. Replaced when served: `vite preview` (SANGKIEN_OIDC_AUTHORITY,
// SANGKIEN_OIDC_CLIENT_ID) and the Docker image (OIDC_AUTHORITY, OIDC_CLIENT_ID) write their own.
// Empty means the build's defaults (Keycloak on http://localhost:8180, realm sangkien, client web).
window.__SANGKIEN_CONFIG__ = window.__SANGKIEN_CONFIG__ || {};
