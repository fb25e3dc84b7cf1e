// `make run`: Keycloak on localhost:8180 (realm imported), then the backend on 127.0.0.1:8080 with the embedded
// PostgreSQL (data in .data/postgres) and Lai Châu's reference data, then the web app on 127.0.0.1:5173 (built
// if its sources changed, served by `vite preview`, /api/ proxied to the backend). Ctrl-C stops everything cleanly.
import { join } from 'node:path';
import { ROOT, log, startBackend, startKeycloak, stop } from './lib/stack.mjs';
import { ensureSpaBuilt, startSpa } from './lib/spa.mjs';

const children = [];
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  log('stopping…');
  for (const child of children.reverse()) await stop(child);
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

try {
  ensureSpaBuilt();
  children.push(await startKeycloak({ port: 8180 }));
  children.push(await startBackend({ port: 8080, dbPort: 15432, dataDir: process.env.SANGKIEN_DATA_DIR || join(ROOT, '.data', 'postgres') }));
  children.push(await startSpa({ port: 5173, apiUrl: 'http://127.0.0.1:8080', keycloakUrl: 'http://localhost:8180' }));
  log('ready:');
  log('  web app             http://127.0.0.1:5173  (demo users in README, password Demo@2026)');
  log('  API and Swagger UI  http://127.0.0.1:8080/q/swagger-ui  (sign in with a demo user, see README)');
  log('  Keycloak            http://localhost:8180  (realm sangkien)');
  log(`  logs                ${join(ROOT, '.data', 'logs')}`);
  for (const child of children) {
    child.once('exit', (code) => { if (!stopping) { log(`a process ended (exit ${code}); stopping the rest`); shutdown(1); } });
  }
} catch (e) {
  console.error(e.message);
  await shutdown(1);
}
