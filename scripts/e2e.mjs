// Browser tests of the web app against the real stack: Keycloak (realm imported), the packaged backend on a
// throw-away embedded PostgreSQL with Lai Châu's reference data, and the built SPA served by `vite preview` on
// 127.0.0.1:5173, with the local mail server (GreenMail) the backend sends the notifications' mails to. Then `npx playwright test` (frontend/playwright.config.ts, tests in frontend/e2e/) drives Debian's
// chromium through them.
// Ports: Keycloak 28180, backend 28080, PostgreSQL 25432, mails SMTP 23025, IMAP 23143 and the mail server's REST API
// 28025 (E2E_MAIL_API_URL for the specs: frontend/e2e/mail.ts) (apart from `make run` and the stack test), the SPA on 5173;
// SANGKIEN_PORT_OFFSET shifts them all (the realm imported then accepts the SPA's port). Exits non-zero when a test fails.
//
//   SANGKIEN_BACKEND_JAR   the backend build to run (default backend/target/quarkus-app/quarkus-run.jar)
//   CHROMIUM_PATH          the browser (default /usr/bin/chromium)
//   E2E_ONLY               run only the browser tests whose title contains this text
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopAll } from './lib/parts.mjs';
import { log } from './lib/stack.mjs';
import { FRONTEND, THROWAWAY_PORTS, startThrowawayStack } from './lib/spa.mjs';

const { keycloak: KEYCLOAK_PORT, spa: SPA_PORT, mail: MAIL_API_PORT } = THROWAWAY_PORTS;

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`no browser at ${chromium}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  process.exit(1);
}

const began = Date.now();
const dataDir = mkdtempSync(join(tmpdir(), 'sangkien-e2e-'));
let code = 1;
let stopping = false;

async function shutdown() {
  if (stopping) return;
  stopping = true;
  await stopAll();
  if (code === 0) rmSync(dataDir, { recursive: true, force: true });
  else log(`logs kept in ${dataDir}`);
}
process.on('SIGINT', async () => { code = 130; await shutdown(); process.exit(code); });
process.on('SIGTERM', async () => { code = 143; await shutdown(); process.exit(code); });

try {
  await startThrowawayStack(dataDir);

  const runner = spawn('npx', ['--no-install', 'playwright', 'test', ...process.argv.slice(2)], {
    cwd: FRONTEND, stdio: 'inherit',
    env: { ...process.env, E2E_BASE_URL: `http://127.0.0.1:${SPA_PORT}`, E2E_KEYCLOAK_URL: `http://localhost:${KEYCLOAK_PORT}`,
      E2E_MAIL_API_URL: `http://127.0.0.1:${MAIL_API_PORT}`, CHROMIUM_PATH: chromium },
  });
  code = await new Promise((resolve) => runner.once('exit', (status) => resolve(status ?? 1)));
} catch (e) {
  console.error(e.stack ?? e.message);
  code = 1;
}
await shutdown();
log(`browser tests ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - began) / 1000).toFixed(0)} s`);
process.exit(code);
