import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import './lib/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { App } from './app/App';
import { configureApiAuth } from './lib/api/client';
import { accessToken, userManager } from './lib/auth/oidc';
import { markSessionExpired } from './lib/auth/session';

// Every API call carries the access token; a 401 means the session is gone: sign out locally, say why.
configureApiAuth(accessToken, () => {
  void userManager.getUser().then((user) => {
    if (user) {
      markSessionExpired();
      void userManager.removeUser();
    }
  });
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The service worker (vite-plugin-pwa): the app shell opens offline; a new version takes over on the next visit.
// /config.js goes through the worker once it controls the page, so that the worker has it for the next offline start.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  navigator.serviceWorker.addEventListener('controllerchange', () => void fetch('/config.js').catch(() => {}));
  registerSW({ immediate: false });
}
