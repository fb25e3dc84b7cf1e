// `make run`: Keycloak on localhost:8180 (realm imported) and, beside it, the backend on 127.0.0.1:8080 with the
// embedded PostgreSQL (data in .data/postgres) and Lai Châu's reference data, then the web app on 127.0.0.1:5173
// (built if its sources changed, served by `vite preview`, /api/ proxied to the backend).
// The notifications' mails go to a local mail server (GreenMail) on 127.0.0.1: SMTP 3025, read them over IMAP on 3143 or
// its REST API on 8025 (README, "Mails"); kept in memory only.
// When any part dies (Keycloak, the mail server, the backend, its PostgreSQL, the web app) the rest are stopped and this exits 1;
// Ctrl-C or SIGTERM stops everything and exits 0 (a second Ctrl-C kills at once). Parts of ours left running by a
// run that was itself killed are stopped at the next start.
//   SANGKIEN_DATA_DIR      the embedded PostgreSQL's data (default .data/postgres)
//   SANGKIEN_LOG_DIR       the parts' logs (default .data/logs)
//   SANGKIEN_PORT_OFFSET   shifts every port (e.g. 300: Keycloak 8480, backend 8380, PostgreSQL 15732, web app 5473,
//                          mails: SMTP 3325, IMAP 3443, API 8325)
import { join } from 'node:path';
import { onPartEnded, stopAll } from './lib/parts.mjs';
import { RUN_PORTS, startStack } from './lib/spa.mjs';
import { ROOT, log } from './lib/stack.mjs';

const ports = RUN_PORTS;
const logDir = process.env.SANGKIEN_LOG_DIR || join(ROOT, '.data', 'logs');
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  log('stopping…');
  await stopAll();
  process.exit(code);
}

function onSignal() {
  if (!stopping) return void shutdown(0);
  log('stopping at once; the next start clears what is left');
  process.exit(130);
}
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
onPartEnded((name, how) => {
  log(`${name} ended (${how}); stopping the rest`);
  void shutdown(1);
});

try {
  // The limits people meet in production (README, "Fair use"): the web app must never reach them.
  await startStack({ ports, dataDir: process.env.SANGKIEN_DATA_DIR || join(ROOT, '.data', 'postgres'), logDir, fairUse: true });
  log('ready:');
  log(`  web app             http://127.0.0.1:${ports.spa}  (demo users in README, password Demo@2026)`);
  log(`  API and Swagger UI  http://127.0.0.1:${ports.backend}/q/swagger-ui  (sign in with a demo user, see README)`);
  log(`  Keycloak            http://localhost:${ports.keycloak}  (realm sangkien)`);
  log(`  mails sent          http://127.0.0.1:${ports.mail}/api/user/<address>/messages/  (e.g. giamkhao@sangkien.demo;`);
  log(`                      or IMAP 127.0.0.1:${ports.imap}, user and password the address; SMTP 127.0.0.1:${ports.smtp})`);
  log(`  logs                ${logDir}`);
} catch (e) {
  console.error(e.message);
  await shutdown(1);
}
