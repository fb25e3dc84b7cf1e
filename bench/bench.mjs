// The national-scale benchmark (make bench → bench/run.sh → here): schema by the packaged backend itself, the
// dataset by bench's generator, then Keycloak and the backend on that data, a real token, and the Java harness.
// Options: --scale S (default 1: 130,000 units, 1,000,000 initiatives), --fresh (regenerate the dataset),
// --concurrency C (8), --jit-warmup J (20 s a scenario, once before all), --warmup W (15 s), --duration D (30 s),
// --skip-import, --only-import (the import and PostgreSQL's COPY of the same rows only, for working on the import),
// --import-rounds R (1: that many 100,000-row files, each between two COPYs of its rows; the medians are reported).
// --submits N (0): N drafts created, then submitted by the harness's clients, each submit timed (what a step's outbox
// event costs; with --only-import, pgbench -S runs too, as the yardstick).
// --only-sync: only the national confederation's pulls (bench/src/.../ExportAndSync.java): the whole register as NDJSON
// (export_rows_per_s, export_peak_heap_mb) and the incremental pull after 10,000 changes (sync_10k_changes_s); a full
// run measures them too, after the request scenarios.
// The soak after them (bench/src/.../Soak.java): a second backend on the same PostgreSQL, a mixed load for
// --soak-minutes M (10) from --soak-clients C (4) after --soak-warmup W (30 s), a 100,000-row import in the middle
// (--soak-import-rows N); --skip-soak leaves it out, --only soak runs only it (dataset and stack as always).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values: opts } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    fresh: { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '8' },
    'jit-warmup': { type: 'string', default: '20' },
    warmup: { type: 'string', default: '15' },
    duration: { type: 'string', default: '30' },
    'skip-import': { type: 'boolean', default: false },
    'only-import': { type: 'boolean', default: false },
    'only-sync': { type: 'boolean', default: false },
    'import-rounds': { type: 'string', default: '1' },
    submits: { type: 'string', default: '0' },
    only: { type: 'string' },
    'skip-soak': { type: 'boolean', default: false },
    'soak-minutes': { type: 'string', default: '10' },
    'soak-clients': { type: 'string', default: '4' },
    'soak-warmup': { type: 'string', default: '30' },
    'soak-import-rows': { type: 'string', default: '100000' },
  },
});
if (opts.only !== undefined && opts.only !== 'soak') throw new Error(`--only ${opts.only}: only "soak" is known (--only-import for the import)`);
const soakSeconds = Math.round(Number(opts['soak-minutes']) * 60);
if (!(soakSeconds >= 0)) throw new Error(`--soak-minutes ${opts['soak-minutes']}: a number of minutes is expected`);
const runHarness = opts.only !== 'soak';
const runSoak = (opts.only === 'soak' || (!opts['skip-soak'] && !opts['only-import'] && !opts['only-sync'])) && soakSeconds > 0;

const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const BENCH = join(ROOT, 'bench');
const DATA = join(BENCH, '.data');
const full = Number(opts.scale) === 1;
const DATA_DIR = join(DATA, full ? 'postgres' : `postgres-${opts.scale}`);
const APP = join(DATA, 'app');
const LOGS = join(DATA, 'logs');
const TOKEN = join(DATA, 'token');
// BENCH_PORT_OFFSET moves them all, so that two benches (two work trees) can run on one machine; without it, the
// offset every other script of the project takes (SANGKIEN_PORT_OFFSET). The soak's second backend is backend + 1.
const OFFSET = Number(process.env.BENCH_PORT_OFFSET ?? process.env.SANGKIEN_PORT_OFFSET ?? 0);
const PORTS = { backend: 38080 + OFFSET, backendB: 38081 + OFFSET, db: 35432 + OFFSET, keycloak: 38180 + OFFSET };
// Each instance's pooled connections carry its name in PostgreSQL (pg_stat_activity.application_name): the soak counts them.
const appName = (name) => `-Dquarkus.datasource.jdbc.additional-jdbc-properties.ApplicationName=bench-${name}`;
// results.json in bench/ only for a full-size run: smaller runs are for development and stay out of git.
const OUT = full ? join(BENCH, 'results.json') : join(DATA, `results-${opts.scale}.json`);

// The backend build is copied, so that rebuilding backend/target during a run does not disturb it.
const APP_SOURCE = process.env.BENCH_APP_SOURCE ?? join(ROOT, 'backend', 'target', 'quarkus-app');
process.env.SANGKIEN_BACKEND_JAR = join(APP, 'quarkus-run.jar');
const { startKeycloak, startBackend, stop, databasePassword } = await import('../scripts/lib/stack.mjs');
const { loginWithPassword } = await import('../scripts/lib/oidc.mjs');

const started = Date.now();
const steps = {};
function log(message) {
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
}
async function step(name, fn) {
  const t = Date.now();
  const result = await fn();
  steps[name] = Math.round((Date.now() - t) / 100) / 10;
  log(`${name}: ${steps[name]} s`);
  return result;
}

function java(mainClass, args) {
  return new Promise((resolve, reject) => {
    const child = spawn('java', ['-Xmx3g', '-Dorg.slf4j.simpleLogger.defaultLogLevel=warn',
      '-cp', `${join(BENCH, 'target', 'bench.jar')}:${join(BENCH, 'target', 'dependency', '*')}`,
      `vn.congdoan.sangkien.bench.${mainClass}`, ...args], { stdio: 'inherit' });
    running.add(child);
    child.on('error', reject);
    child.on('exit', (code) => { running.delete(child); resolve(code); });
  });
}

const running = new Set();
let keycloak;
let backend;
let backendB;
let refresher;
async function cleanup() {
  clearInterval(refresher);
  for (const child of running) child.kill('SIGTERM');
  await stop(backendB);
  await stop(backend);
  await stop(keycloak);
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => { log(`${signal}: stopping`); await cleanup(); process.exit(130); });
}

/** The backend on the bench data: Flyway brings the schema up to date; reference data (Lai Châu) on a new directory. */
async function schema() {
  const child = await startBackend({ port: PORTS.backend, dbPort: PORTS.db, dataDir: DATA_DIR,
    keycloakPort: PORTS.keycloak, referenceData: true, logFile: join(LOGS, 'backend-schema.log') });
  await stop(child);
}

async function dataset() {
  for (let attempt = 0; attempt < 2; attempt++) {
    await step('schema (backend start with Flyway)', schema);
    const code = await step('generator', () => java('Generate', ['--data-dir', DATA_DIR, '--port', String(PORTS.db), '--scale', opts.scale]));
    if (code === 0) return;
    if (code !== 3 || attempt > 0) throw new Error(`the generator failed (exit ${code})`);
    log(`${DATA_DIR} holds another or a partial dataset: starting again from an empty directory`);
    rmSync(DATA_DIR, { recursive: true, force: true });
  }
}

// admin.demo's token in bench/.data/token; the soak's unit officers' (who file and submit dossiers) in token-<user>.
const USERS = ['admin.demo', ...(runSoak ? ['cb.phongtho', 'cb.sinho'] : [])];
async function refreshToken() {
  for (const user of USERS) {
    const token = await loginWithPassword(`http://localhost:${PORTS.keycloak}`, user, 'Demo@2026');
    const file = user === 'admin.demo' ? TOKEN : `${TOKEN}-${user}`;
    writeFileSync(`${file}.new`, token);
    renameSync(`${file}.new`, file);
  }
}

/** The second instance on the first one's PostgreSQL, the soak against both, then the second stopped. */
async function soak() {
  backendB = await step('second backend start', () => startBackend({ port: PORTS.backendB, keycloakPort: PORTS.keycloak,
    referenceData: false, logFile: join(LOGS, 'backend-b.log'), jvmArgs: [appName('b')],
    database: { url: `jdbc:postgresql://127.0.0.1:${PORTS.db}/postgres`, username: 'postgres', password: databasePassword(DATA_DIR) } }));
  try {
    return await step('soak', () => java('Soak', ['--bases', `http://127.0.0.1:${PORTS.backend},http://127.0.0.1:${PORTS.backendB}`,
      '--pids', `${backend.pid},${backendB.pid}`, '--names', 'a,b', '--app-names', 'bench-a,bench-b', '--token-file', TOKEN,
      '--db-port', String(PORTS.db), '--data-dir', DATA_DIR, '--seconds', String(soakSeconds), '--warmup', opts['soak-warmup'],
      '--clients', opts['soak-clients'], '--import-rows', opts['soak-import-rows'], '--out', OUT]));
  } finally {
    await stop(backendB);
    backendB = undefined;
  }
}

try {
  mkdirSync(LOGS, { recursive: true });
  if (!existsSync(join(APP_SOURCE, 'quarkus-run.jar'))) throw new Error(`no backend build in ${APP_SOURCE}: run make build`);
  rmSync(APP, { recursive: true, force: true });
  cpSync(APP_SOURCE, APP, { recursive: true });
  if (opts.fresh) rmSync(DATA_DIR, { recursive: true, force: true });
  log(`scale ${opts.scale}, data in ${DATA_DIR}, backend copied from ${APP_SOURCE}`);
  await dataset();

  keycloak = await step('keycloak start', () => startKeycloak({ port: PORTS.keycloak, logFile: join(LOGS, 'keycloak.log') }));
  backend = await step('backend start', () => startBackend({ port: PORTS.backend, dbPort: PORTS.db, dataDir: DATA_DIR,
    keycloakPort: PORTS.keycloak, referenceData: false, logFile: join(LOGS, 'backend.log'), jvmArgs: [appName('a')] }));
  await refreshToken();
  refresher = setInterval(() => refreshToken().catch((e) => log(`token refresh failed: ${e.message}`)), 60_000);

  if (runHarness) await harness();
  else log('--only soak: the measurements are left out');
  if (runSoak) {
    const code = await soak();
    if (code !== 0) throw new Error(`the soak ${code === 4 ? 'did not pass (errors, heap or pool; above)' : `failed (exit ${code})`}`);
  }
  log(`steps: ${JSON.stringify(steps)}`);
  log(`done; results in ${OUT}`);
} catch (e) {
  log(`FAILED: ${e.stack ?? e}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}

async function harness() {
  const harnessArgs = ['--base', `http://127.0.0.1:${PORTS.backend}`, '--token-file', TOKEN, '--db-port', String(PORTS.db),
    '--data-dir', DATA_DIR, '--concurrency', opts.concurrency, '--jit-warmup', opts['jit-warmup'], '--warmup', opts.warmup, '--duration', opts.duration, '--out', OUT];
  if (opts['skip-import']) harnessArgs.push('--skip-import');
  if (opts['only-import']) harnessArgs.push('--only-import');
  if (opts['only-sync']) harnessArgs.push('--only-sync');
  harnessArgs.push('--import-rounds', opts['import-rounds']);
  harnessArgs.push('--submits', opts.submits);
  harnessArgs.push('--driver-steps', JSON.stringify(steps));
  const code = await step('harness', () => java('Harness', harnessArgs));
  if (code !== 0) throw new Error(`the harness failed (exit ${code})`);
}
