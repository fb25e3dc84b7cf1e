// The web app (frontend/): built when its sources are newer than its build, then served by `vite preview` on
// 127.0.0.1:5173 (the only origins the realm's `web` client accepts), proxying /api/ and /q/ to the backend.
// Used by `make run` (scripts/run.mjs), the browser tests (scripts/e2e.mjs) and `make lighthouse`.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { addPart, clearPort, stopPart } from './parts.mjs';
import { PORT_OFFSET, ROOT, exited, log, startBackend, startGreenMail, startKeycloak } from './stack.mjs';

export const FRONTEND = join(ROOT, 'frontend');
const DIST_INDEX = join(FRONTEND, 'dist', 'index.html');

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function npm(args) {
  log(`frontend: npm ${args.join(' ')}`);
  const result = spawnSync('npm', args, { cwd: FRONTEND, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed in frontend/`);
}

/** Installs the web app's packages if missing and builds it when a source is newer than dist/. */
export function ensureSpaBuilt({ force = false } = {}) {
  const lock = join(FRONTEND, 'package-lock.json');
  const installed = join(FRONTEND, 'node_modules', '.package-lock.json');
  if (!existsSync(installed) || newest(lock) > newest(installed)) npm(['ci', '--no-audit', '--no-fund']);
  const sources = Math.max(...['src', 'public', 'index.html', 'silent-renew.html', 'vite.config.ts', 'package-lock.json',
    '../openapi.yaml'].map((p) => newest(join(FRONTEND, p))));
  if (force || !existsSync(DIST_INDEX) || sources > newest(DIST_INDEX)) npm(['run', 'build']);
  else log('frontend: dist/ is up to date');
}

async function waitFor(url, child, timeoutMs, logFile) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited(child)) break;
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 300));
  }
  child.part.signal = 'SIGKILL';
  await stopPart(child.part);
  throw new Error(`the web app did not start at ${url}; its log: ${logFile}`);
}

/** `vite preview` of the built app on 127.0.0.1:PORT; /api/ and /q/ go to apiUrl; the SPA signs in at keycloakUrl. */
export async function startSpa({ port = 5173, apiUrl = 'http://127.0.0.1:8080', keycloakUrl = 'http://localhost:8180',
  logFile = join(ROOT, '.data', 'logs', `spa-${port}.log`) } = {}) {
  const vite = join(FRONTEND, 'node_modules', 'vite', 'bin', 'vite.js');
  await clearPort('the web app', port, [vite, 'preview', `--port ${port}`]);
  const started = Date.now();
  const child = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: FRONTEND,
    env: { ...process.env, SANGKIEN_API_URL: apiUrl, SANGKIEN_OIDC_AUTHORITY: `${keycloakUrl}/realms/sangkien`,
      SANGKIEN_OIDC_CLIENT_ID: 'web' },
    stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  child.part = addPart('the web app', { child });
  mkdirSync(dirname(logFile), { recursive: true });
  const out = createWriteStream(logFile);
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  await waitFor(`http://127.0.0.1:${port}/config.js`, child, 60_000, logFile);
  log(`web app ready on http://127.0.0.1:${port} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return child;
}

/**
 * The ports `make run` uses; SANGKIEN_PORT_OFFSET shifts them (the realm then accepts the SPA on its port). The mail
 * server's: SMTP (smtp), IMAP (imap), its REST API (mail).
 */
export const RUN_PORTS = shifted({ keycloak: 8180, backend: 8080, db: 15432, spa: 5173, smtp: 3025, imap: 3143, mail: 8025 });

/** The ports of the throw-away stack the browser tests and `make lighthouse` run against (apart from `make run`). */
export const THROWAWAY_PORTS = shifted({ keycloak: 28180, backend: 28080, db: 25432, spa: 5173, smtp: 23025, imap: 23143,
  mail: 28025 });

function shifted(ports) {
  return Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, port + PORT_OFFSET]));
}

/**
 * Keycloak, the local mail server (GreenMail), the packaged backend (embedded PostgreSQL in dataDir, Lai Châu's data;
 * its mails to that server, their links to the SPA) and the built SPA on `ports`, logs in logDir. Keycloak (≈ 20 s),
 * the mail server and the backend start side by side; the backend checks tokens only when they arrive and sends mails
 * once they are due. Returns the started processes; every one is stopped by stopAll() (scripts/lib/parts.mjs), also
 * after a failure. `fairUse`: the backend's own per-caller limits (`make run`); the browser tests' backend has none
 * within reach (startBackend).
 */
export async function startStack({ ports, dataDir, logDir, fairUse = false }) {
  ensureSpaBuilt();
  const started = await Promise.allSettled([
    startKeycloak({ port: ports.keycloak, spaPort: ports.spa, apiPort: ports.backend, logFile: join(logDir, `keycloak-${ports.keycloak}.log`) }),
    startGreenMail({ smtpPort: ports.smtp, imapPort: ports.imap, apiPort: ports.mail,
      logFile: join(logDir, `greenmail-${ports.smtp}.log`) }),
    startBackend({ port: ports.backend, dbPort: ports.db, dataDir, keycloakPort: ports.keycloak,
      referenceData: true, logFile: join(logDir, `backend-${ports.backend}.log`), smtpPort: ports.smtp,
      publicUrl: `http://127.0.0.1:${ports.spa}`, fairUse }),
  ]);
  const failure = started.find((s) => s.status === 'rejected');
  if (failure) throw failure.reason;
  const spa = await startSpa({ port: ports.spa, apiUrl: `http://127.0.0.1:${ports.backend}`,
    keycloakUrl: `http://localhost:${ports.keycloak}`, logFile: join(logDir, `spa-${ports.spa}.log`) });
  return [...started.map((s) => s.value), spa];
}

/** The stack of the browser tests and `make lighthouse`: THROWAWAY_PORTS, data and logs in dataDir. */
export function startThrowawayStack(dataDir) {
  return startStack({ ports: THROWAWAY_PORTS, dataDir: join(dataDir, 'postgres'), logDir: dataDir });
}
