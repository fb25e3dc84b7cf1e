/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import sirv from 'sirv';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';

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

// Installable and offline: a web app manifest and a service worker (Workbox) that precaches the built app, so the
// shell opens without a connection; /config.js comes from the network first, else the last one kept. The data shown
// offline is TanStack Query's cache kept in IndexedDB (src/lib/offline/queryCache.ts), not the worker's.
const pwa = VitePWA({
  registerType: 'autoUpdate',
  injectRegister: null, // src/main.tsx registers it once the page has loaded
  includeAssets: ['favicon.svg'],
  manifest: {
    id: '/',
    name: 'Sáng kiến – Công đoàn',
    short_name: 'Sáng kiến',
    description: 'Quản lý Chương trình 01 triệu sáng kiến của tổ chức Công đoàn',
    lang: 'vi',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1c4f9c',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
    // The silent-renew page talks to Keycloak: never answered from the cache; /config.js is the server's (below).
    globIgnores: ['**/silent-renew*.html', 'icons/**', 'config.js'],
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/api\//, /^\/q\//, /^\/silent-renew/, /^\/config\.js/],
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname === '/config.js',
        handler: 'NetworkFirst',
        options: { cacheName: 'sangkien-config', networkTimeoutSeconds: 4 },
      },
    ],
  },
});

// Compressed ahead of time: the build writes each text file also as .br (Brotli, quality 11) and .gz (gzip 9) — a slow
// line gets a third of the bytes. `vite preview` serves them (below); nginx serves the .gz (gzip_static, frontend/docker).
const precompress = compression({
  algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip', { level: 9 })],
  include: /\.(js|mjs|css|html|svg|json|webmanifest)$/,
  threshold: 1024,
});

// `vite preview` has no compression of its own: the precompressed files by Accept-Encoding (sirv), hashed files cached
// for a year (they never change), the rest revalidated. HTML (the SPA fallback) and /config.js stay with Vite.
function precompressedPreview(): Plugin {
  return {
    name: 'sangkien-precompressed-preview',
    configurePreviewServer(previewServer) {
      const dist = resolve(previewServer.config.root, previewServer.config.build.outDir);
      const serve = sirv(dist, {
        brotli: true,
        gzip: true,
        etag: true,
        extensions: [],
        setHeaders: (res, pathname) =>
          res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
      });
      previewServer.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '/';
        if (path === '/config.js' || path.endsWith('/') || path.endsWith('.html') || !path.includes('.')) return next();
        serve(req, res, next);
      });
    },
  };
}

const server = { host: '127.0.0.1', port: 5173, strictPort: true, proxy };

export default defineConfig({
  plugins: [react(), runtimeConfig(), pwa, precompress, precompressedPreview()],
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
