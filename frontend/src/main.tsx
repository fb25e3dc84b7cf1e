import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import './lib/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
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
