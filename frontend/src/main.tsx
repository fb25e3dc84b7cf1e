import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import './lib/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The service worker (vite-plugin-pwa): the app shell opens offline; a new version takes over on the next visit.
// Registered once the page has loaded, so that precaching the app never competes with the first screen.
// /config.js goes through the worker once it controls the page, so that the worker has it for the next offline start.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  navigator.serviceWorker.addEventListener('controllerchange', () => void fetch('/config.js').catch(() => {}));
  window.addEventListener('load', () => void import('virtual:pwa-register').then(({ registerSW }) => registerSW({ immediate: true })));
}
