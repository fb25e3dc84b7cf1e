#!/bin/sh
# Writes the web app's run-time settings (see src/lib/config.ts) from the container's environment.
set -eu
cat > /usr/share/nginx/html/config.js <<JS
window.__SANGKIEN_CONFIG__ = { oidcAuthority: "${OIDC_AUTHORITY}", oidcClientId: "${OIDC_CLIENT_ID}" };
JS
