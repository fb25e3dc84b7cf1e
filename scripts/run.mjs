// `make run`: Keycloak on localhost:8180 (realm imported), then the backend on 127.0.0.1:8080 with the embedded
// PostgreSQL (data in .data/postgres) and Lai Châu's reference data. Ctrl-C stops everything cleanly.
import { join } from 'node:path';
import { ROOT, log, startBackend, startKeycloak, stop } from './lib/stack.mjs';

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
  children.push(await startKeycloak({ port: 8180 }));
  children.push(await startBackend({ port: 8080, dbPort: 15432, dataDir: process.env.SANGKIEN_DATA_DIR || join(ROOT, '.data', 'postgres') }));
  log('ready:');
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
