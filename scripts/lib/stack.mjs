// Starting the pieces of the product on this machine: Keycloak (the real server distribution from Maven Central,
// unpacked into .cache/), the local mail server (GreenMail standalone from Maven Central, in .cache/), the packaged
// backend on its embedded PostgreSQL, and the built SPA.
// Used by `make run` (scripts/run.mjs) and by `make test` (scripts/stack-test.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, createWriteStream, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addPart, clearPort, commandLine, sleep, stopPart } from './parts.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const KEYCLOAK_VERSION = '26.5.2';
const KEYCLOAK_HOME = join(ROOT, '.cache', 'keycloak', `keycloak-${KEYCLOAK_VERSION}`);
export const GREENMAIL_VERSION = '2.1.5';
const GREENMAIL_JAR = join(ROOT, '.cache', 'greenmail', `greenmail-standalone-${GREENMAIL_VERSION}.jar`);
// SANGKIEN_BACKEND_JAR runs another build (e.g. a copy, so that rebuilding backend/ does not disturb a long run).
const BACKEND_JAR = process.env.SANGKIEN_BACKEND_JAR ?? join(ROOT, 'backend', 'target', 'quarkus-app', 'quarkus-run.jar');

export function log(message) {
  console.log(`[stack] ${message}`);
}

/** SANGKIEN_PORT_OFFSET shifts every port a script picks, so that several checkouts can run side by side. */
export const PORT_OFFSET = Number(process.env.SANGKIEN_PORT_OFFSET ?? 0);

/** A child killed by a signal has exitCode null (its signalCode says how it ended). */
export const exited = (child) => child.exitCode !== null || child.signalCode !== null;

/** Unpacks the pinned Keycloak distribution from Maven Central (through the Maven wrapper) once. */
export function ensureKeycloak() {
  if (existsSync(join(KEYCLOAK_HOME, 'bin', 'kc.sh'))) return KEYCLOAK_HOME;
  log(`unpacking Keycloak ${KEYCLOAK_VERSION} from Maven Central into .cache/keycloak`);
  const result = spawnSync('./mvnw', ['-q', '-B', 'dependency:unpack',
    `-Dartifact=org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip`,
    `-DoutputDirectory=${join(ROOT, '.cache', 'keycloak')}`], { cwd: join(ROOT, 'backend'), stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(join(KEYCLOAK_HOME, 'bin', 'kc.sh'))) {
    throw new Error('could not unpack Keycloak from Maven Central');
  }
  return KEYCLOAK_HOME;
}

/** Fetches the pinned GreenMail standalone jar from Maven Central (through the Maven wrapper) once. */
export function ensureGreenMail() {
  if (existsSync(GREENMAIL_JAR)) return GREENMAIL_JAR;
  log(`fetching GreenMail ${GREENMAIL_VERSION} (standalone) from Maven Central into .cache/greenmail`);
  const result = spawnSync('./mvnw', ['-q', '-B', 'dependency:copy',
    `-Dartifact=com.icegreen:greenmail-standalone:${GREENMAIL_VERSION}:jar`,
    `-DoutputDirectory=${dirname(GREENMAIL_JAR)}`], { cwd: join(ROOT, 'backend'), stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(GREENMAIL_JAR)) {
    throw new Error('could not fetch GreenMail from Maven Central');
  }
  return GREENMAIL_JAR;
}

function javaMajor(javaHome) {
  try {
    const release = readFileSync(join(javaHome, 'release'), 'utf8');
    const match = release.match(/JAVA_VERSION="(\d+)/);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Keycloak 26 needs Java 21 or newer; the backend runs on 17. Finds one: KEYCLOAK_JAVA_HOME, JAVA_HOME, /usr/lib/jvm. */
export function keycloakJavaHome() {
  const candidates = [process.env.KEYCLOAK_JAVA_HOME, process.env.JAVA_HOME].filter(Boolean);
  if (existsSync('/usr/lib/jvm')) {
    candidates.push(...readdirSync('/usr/lib/jvm').map((d) => join('/usr/lib/jvm', d)));
  }
  const usable = candidates.filter((home) => javaMajor(home) >= 21).sort((a, b) => javaMajor(a) - javaMajor(b));
  if (usable.length === 0) {
    throw new Error('Keycloak needs a JDK 21 or newer: install one (e.g. Debian openjdk-21-jdk-headless or Temurin) or set KEYCLOAK_JAVA_HOME');
  }
  return usable[0];
}

async function waitFor(url, what, child, timeoutMs, logFile) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited(child)) break;
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.part.signal = 'SIGKILL';
  await stopPart(child.part);
  throw new Error(`${what} did not become ready at ${url}; its log: ${logFile}`);
}

function logTo(child, file) {
  mkdirSync(dirname(file), { recursive: true });
  const out = createWriteStream(file);
  child.stdout.pipe(out);
  child.stderr.pipe(out);
}

/**
 * Keycloak in development mode on 127.0.0.1 with the realm imported from keycloak/realm-sangkien.json.
 * Its issuer is always http://localhost:PORT (the browser's view). In-memory store: the realm file is the truth.
 * The `web` and `swagger-ui` clients accept the SPA on 5173 and the API on 8080; other ports replace them in the copy.
 */
export async function startKeycloak({ port = 8180, spaPort = 5173, apiPort = 8080, logFile = join(ROOT, '.data', 'logs', `keycloak-${port}.log`) } = {}) {
  const home = ensureKeycloak();
  await clearPort('Keycloak', port, [home, `--http-port=${port}`]);
  mkdirSync(join(home, 'data', 'import'), { recursive: true });
  const realm = readFileSync(join(ROOT, 'keycloak', 'realm-sangkien.json'), 'utf8');
  writeFileSync(join(home, 'data', 'import', 'realm-sangkien.json'), realm.replaceAll(':5173', `:${spaPort}`)
    .replaceAll(/:8080(?=[/"])/g, `:${apiPort}`));
  const started = Date.now();
  const child = spawn(join(home, 'bin', 'kc.sh'), ['start-dev', '--db=dev-mem', '--import-realm',
    '--http-host=127.0.0.1', `--http-port=${port}`, `--hostname=http://localhost:${port}`,
    `--http-management-port=${port + 10}`, '--health-enabled=true'],
  { env: { ...process.env, JAVA_HOME: keycloakJavaHome() }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.part = addPart('Keycloak', { child });
  logTo(child, logFile);
  await waitFor(`http://127.0.0.1:${port}/realms/sangkien/.well-known/openid-configuration`, 'Keycloak', child, 240_000, logFile);
  log(`Keycloak ready on http://localhost:${port} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return child;
}

/**
 * The local mail server: GreenMail standalone on 127.0.0.1, SMTP on `smtpPort` (the backend sends there), IMAP on
 * `imapPort` (a mail client reads there; user and password: the mail address) and its REST API on `apiPort`
 * (`GET /api/user/<address>/messages/`: the mails to an address, as JSON). Mails stay in memory: a restart empties it.
 */
export async function startGreenMail({ smtpPort = 3025, imapPort = 3143, apiPort = 8025,
  logFile = join(ROOT, '.data', 'logs', `greenmail-${smtpPort}.log`) } = {}) {
  const jar = ensureGreenMail();
  // The ports on the command line: how a mail server left over by a killed run is recognised.
  const args = [`-Dgreenmail.smtp.hostname=127.0.0.1`, `-Dgreenmail.smtp.port=${smtpPort}`,
    `-Dgreenmail.imap.hostname=127.0.0.1`, `-Dgreenmail.imap.port=${imapPort}`,
    `-Dgreenmail.api.hostname=127.0.0.1`, `-Dgreenmail.api.port=${apiPort}`];
  for (const port of [smtpPort, imapPort, apiPort]) await clearPort('the mail server (GreenMail)', port, [jar, ...args]);
  const started = Date.now();
  // Any password works (greenmail.auth.disabled) and a mailbox is made for each address the first time a mail comes.
  const child = spawn('java', ['-Xmx128m', '-XX:+UseSerialGC', ...args, '-Dgreenmail.auth.disabled', '-jar', jar], {
    stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.part = addPart('the mail server (GreenMail)', { child });
  logTo(child, logFile);
  await waitFor(`http://127.0.0.1:${apiPort}/api/service/readiness`, 'the mail server (GreenMail)', child, 60_000, logFile);
  log(`mail server ready in ${((Date.now() - started) / 1000).toFixed(1)} s: SMTP 127.0.0.1:${smtpPort}, IMAP 127.0.0.1:${imapPort}, API http://127.0.0.1:${apiPort}`);
  return child;
}

/** Requests a minute per signed-in caller that no script reaches (an environment variable set by hand still wins). */
export const NO_CALLER_LIMITS = { SANGKIEN_RATE_LIMIT_CLIENT_PER_MINUTE: '1000000000',
  SANGKIEN_RATE_LIMIT_USER_PER_MINUTE: '1000000000' };

/**
 * The packaged backend (build it first) on its embedded PostgreSQL, trusting the given Keycloak. With `database`
 * ({ url, username, password }) it uses that PostgreSQL instead (e.g. another backend's embedded one: a second
 * instance), starts none and leaves it running when stopped. `shutdownDelay` is how long it keeps serving after
 * SIGTERM with readiness DOWN (quarkus.shutdown.delay; none here, as nothing routes to these backends). `jvmArgs` go
 * before `-jar` (e.g. `-Dquarkus.datasource.jdbc.additional-jdbc-properties.ApplicationName=…`, which an environment
 * variable cannot spell: the driver's property names are case-sensitive). `env`: more settings (e.g.
 * SANGKIEN_REPLICA_JDBC_URL). `smtpPort`: the local mail server the notifications' mails go to, and `publicUrl` the
 * web app their links lead to; without a mail server the backend sends no mail (they wait in its database).
 * `fairUse`: the signed-in callers' limits of application.properties (README, "Fair use"; `make run`); without it
 * they are set beyond reach (NO_CALLER_LIMITS), as the stack test, the browser tests and the bench send many requests
 * with few users. The limiter still runs and answers its headers, so the bench measures what production runs.
 */
export async function startBackend({ port = 8080, dbPort = 15432, dataDir = join(ROOT, '.data', 'postgres'),
  keycloakPort = 8180, referenceData = true, logFile = join(ROOT, '.data', 'logs', `backend-${port}.log`),
  jar = BACKEND_JAR, database = null, shutdownDelay = '0S', jvmArgs = [], env = {}, smtpPort = null,
  publicUrl = null, fairUse = false } = {}) {
  if (!existsSync(jar)) throw new Error('the backend is not built: run `make build`');
  // The port on the command line too: it is how a backend left over by a killed run is recognised.
  await clearPort('the backend', port, [jar, `-Dquarkus.http.port=${port}`]);
  const started = Date.now();
  const datasource = database ? { QUARKUS_DATASOURCE_JDBC_URL: database.url, QUARKUS_DATASOURCE_USERNAME: database.username,
    QUARKUS_DATASOURCE_PASSWORD: database.password } : { SANGKIEN_DATA_DIR: dataDir, SANGKIEN_DB_PORT: String(dbPort) };
  const mail = smtpPort ? { SANGKIEN_SMTP_HOST: '127.0.0.1', SANGKIEN_SMTP_PORT: String(smtpPort) }
    : { SANGKIEN_MAIL_EVERY: 'off' };
  if (publicUrl) mail.PUBLIC_URL = publicUrl;
  const child = spawn('java', [`-Dquarkus.http.port=${port}`, ...jvmArgs, '-jar', jar], {
    env: { ...(fairUse ? {} : NO_CALLER_LIMITS), ...process.env, ...datasource, ...mail, SANGKIEN_REFERENCE_DATA_ENABLED: String(referenceData),
      QUARKUS_HTTP_PORT: String(port), QUARKUS_SHUTDOWN_DELAY: shutdownDelay,
      QUARKUS_OIDC_AUTH_SERVER_URL: `http://localhost:${keycloakPort}/realms/sangkien`, ...env },
    stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  // Also when the backend died before it was ready: its PostgreSQL may run on.
  const postmaster = () => (database ? null : child.postmaster ?? watchPostmaster(dataDir));
  child.part = addPart('the backend', { child, afterStop: () => stopPart(postmaster()) });
  logTo(child, logFile);
  await waitFor(`http://127.0.0.1:${port}/q/health/live`, 'the backend', child, 120_000, logFile);
  child.postmaster = postmaster();
  log(`backend ready on http://127.0.0.1:${port} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return child;
}

/**
 * Only the embedded PostgreSQL of `dataDir` (a new one if the folder is empty), on 127.0.0.1:`port`, as the backend
 * would start it (`java -jar … database`: same password file, settings and binaries): for backups, restores and the
 * replica. Resolves to the part, with `database` ({ url, username, password, port, dataDir }) once it takes connections.
 */
export async function startDatabase({ dataDir, port, jar = BACKEND_JAR,
  logFile = join(ROOT, '.data', 'logs', `postgres-${port}.log`) } = {}) {
  if (!existsSync(jar)) throw new Error('the backend is not built: run `make build`');
  await clearPort('PostgreSQL', port, [jar, 'database']);
  const child = spawn('java', ['-jar', jar, 'database'], {
    env: { ...process.env, SANGKIEN_DATA_DIR: dataDir, SANGKIEN_DB_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  const postmaster = () => child.postmaster ?? watchPostmaster(dataDir);
  child.part = addPart('PostgreSQL (database only)', { child, afterStop: () => stopPart(postmaster()) });
  logTo(child, logFile);
  let output = '';
  let ready = false;
  child.stdout.on('data', (chunk) => { output += chunk; ready = output.includes('Embedded PostgreSQL ready'); });
  const deadline = Date.now() + 120_000;
  while (!ready) {
    if (exited(child) || Date.now() > deadline) {
      await stopPart(child.part);
      throw new Error(`PostgreSQL did not start on ${dataDir}; its log: ${logFile}`);
    }
    await sleep(200);
  }
  child.postmaster = postmaster();
  child.database = { url: `jdbc:postgresql://127.0.0.1:${port}/postgres`, username: 'postgres',
    password: databasePassword(dataDir), port, dataDir };
  return child;
}

/**
 * The backend's embedded PostgreSQL runs apart from it (pg_ctl starts the postmaster in a session of its own), so
 * it is a part of its own: a killed backend would otherwise leave it running. SIGINT is its fast shutdown.
 */
function watchPostmaster(dataDir) {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null; // an external database, or not started
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!commandLine(pid).includes(dataDir)) return null; // a stale file: that pid is no postmaster of ours
  return addPart('PostgreSQL', { pid, signal: 'SIGINT' });
}

/** Stops a started part (and a backend's PostgreSQL) and waits until none of it is left, also when it already died. */
export async function stop(child) {
  await stopPart(child?.part);
}

/**
 * The embedded PostgreSQL's password for the user postgres, which the backend keeps in its data directory
 * (common.DatabasePassword); for psql and the like: PGPASSWORD. Null before the backend first started there.
 */
export function databasePassword(dataDir) {
  const file = join(dataDir, 'sangkien-password');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
}
