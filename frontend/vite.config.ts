/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The API is called same-origin under /api/v1; dev and preview servers proxy it (and /q) to the backend.
// SANGKIEN_API_URL points the proxy at another backend, e.g. http://127.0.0.1:18090.
const apiTarget = process.env.SANGKIEN_API_URL ?? 'http://127.0.0.1:8080';
// Keys end with '/' so that /quotas (an SPA route) is not taken for /q (Quarkus' health, metrics, OpenAPI).
const proxy = {
  '/api/': { target: apiTarget, changeOrigin: false },
  '/q/': { target: apiTarget, changeOrigin: false },
};
// /config.js at run time: the Keycloak realm and client the SPA signs in with (see src/lib/config.ts).
function runtimeConfig(): Plugin {
  const settings = {
    ...(process.env.SANGKIEN_OIDC_AUTHORITY ? { oidcAuthority: process.env.SANGKIEN_OIDC_AUTHORITY } : {}),
    ...(process.env.SANGKIEN_OIDC_CLIENT_ID ? { oidcClientId: process.env.SANGKIEN_OIDC_CLIENT_ID } : {}),
  };
  const body = `window.__SANGKIEN_CONFIG__ = ${JSON.stringify(settings)};\n`;
  const serve = (req: { url?: string }, res: import('node:http').ServerResponse, next: () => void) => {
    if (req.url?.split('?')[0] !== '/config.js') return next();
    res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(body);
  };
  return {
    name: 'sangkien-runtime-config',
    configureServer: (s) => void s.middlewares.use(serve),
    configurePreviewServer: (s) => void s.middlewares.use(serve),
  };
}

const server = { host: '127.0.0.1', port: 5173, strictPort: true, proxy };

export default defineConfig({
  plugins: [react(), runtimeConfig()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server,
  preview: server,
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        silentRenew: fileURLToPath(new URL('./silent-renew.html', import.meta.url)),
      },
    },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
