// `make backup` and `make restore FILE=…`: a pg_dump of the whole database in its custom format (dossiers,
// attachments — they are bytea in PostgreSQL —, the audit trail, the migrations' history and, in production, Keycloak's
// schema), and its restore into an empty database, all or nothing.
//
//   node scripts/backup.mjs backup  [--out FILE]            → backups/sangkien-<UTC time>.dump (BACKUP_DIR)
//   node scripts/backup.mjs restore FILE
//
// Which database: the external one when QUARKUS_DATASOURCE_JDBC_URL is set (with QUARKUS_DATASOURCE_USERNAME and
// QUARKUS_DATASOURCE_PASSWORD: the backend's own settings); otherwise `make run`'s embedded one in SANGKIEN_DATA_DIR
// (default .data/postgres), running or not. A restore never overwrites: the embedded folder is moved aside first
// (kept, its name printed) and an external database must be empty.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { alive } from './lib/parts.mjs';
import { pgTool } from './lib/pg-tools.mjs';
import { ROOT, databasePassword, startDatabase, stop } from './lib/stack.mjs';

const stamp = () => new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');

/** libpq's connection settings for a JDBC URL of the backend's (jdbc:postgresql://host:port/db?…). */
function fromJdbc(url, username, password) {
  const match = url.match(/^jdbc:postgresql:\/\/([^/:?]+)(?::(\d+))?\/([^?]+)/);
  if (!match) throw new Error(`QUARKUS_DATASOURCE_JDBC_URL=${url} is not a jdbc:postgresql://host[:port]/database URL`);
  return { host: match[1], port: Number(match[2] ?? 5432), dbname: match[3], username, password };
}

/** The port of the embedded server running on `dataDir` (postmaster.pid's fourth line), or null when it is down. */
function runningPort(dataDir) {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  return alive(Number(lines[0])) ? Number(lines[3]) : null;
}

const connectionArgs = (db) => ['-h', db.host, '-p', String(db.port), '-U', db.username, '-d', db.dbname];
const passwordEnv = (db) => ({ PGPASSWORD: db.password ?? '' });

/** Runs `work(connection)` against the database backups and restores are about, starting the embedded one if need be. */
export async function withDatabase({ dataDir, external = process.env.QUARKUS_DATASOURCE_JDBC_URL, port } = {}, work) {
  if (external) {
    return work(fromJdbc(external, process.env.QUARKUS_DATASOURCE_USERNAME, process.env.QUARKUS_DATASOURCE_PASSWORD));
  }
  const running = runningPort(dataDir);
  if (running) return work({ host: '127.0.0.1', port: running, dbname: 'postgres', username: 'postgres', password: databasePassword(dataDir) });
  const server = await startDatabase({ dataDir, port: port ?? Number(process.env.SANGKIEN_DB_PORT || 15432) });
  try {
    return await work({ host: '127.0.0.1', port: server.database.port, dbname: 'postgres', username: 'postgres', password: server.database.password });
  } finally {
    await stop(server);
  }
}

/** What an operator checks after a backup or a restore: dossiers, attachments and their bytes. */
export function summary(db) {
  const [initiatives, attachments, bytes] = pgTool('psql', [...connectionArgs(db), '-XAtq', '-F', ' ', '-c',
    'select (select count(*) from initiative), (select count(*) from attachment), (select coalesce(sum(length(content)), 0) from attachment)'],
  { env: passwordEnv(db) }).trim().split(' ').map(Number);
  return { initiatives, attachments, attachmentBytes: bytes };
}

export async function backup({ dataDir, out } = {}) {
  const file = resolve(out ?? join(process.env.BACKUP_DIR || join(ROOT, 'backups'), `sangkien-${stamp()}.dump`));
  mkdirSync(dirname(file), { recursive: true });
  return withDatabase({ dataDir }, (db) => {
    // One snapshot (pg_dump's own transaction): what is written meanwhile is either wholly in it or not at all.
    pgTool('pg_dump', [...connectionArgs(db), '--format=custom', '--file', file], { env: passwordEnv(db) });
    return { file, bytes: statSync(file).size, ...summary(db) };
  });
}

export async function restore({ file, dataDir, port } = {}) {
  if (!file || !existsSync(file)) throw new Error(`no backup file ${file ?? ''}: make restore FILE=backups/sangkien-….dump`);
  pgTool('pg_restore', ['--list', file]); // not an archive of pg_dump's: stop before anything is touched
  const external = process.env.QUARKUS_DATASOURCE_JDBC_URL;
  let movedAside = null;
  if (!external) {
    if (runningPort(dataDir)) throw new Error(`the database in ${dataDir} is running: stop \`make run\` before a restore`);
    if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
      movedAside = `${dataDir}.before-restore-${stamp()}`;
      renameSync(dataDir, movedAside);
    }
  }
  try {
    return await withDatabase({ dataDir, external, port }, (db) => restoreInto(db, file, movedAside));
  } catch (e) {
    if (movedAside) { // the data that was there goes back; the failed attempt is kept beside it to look at
      if (existsSync(dataDir)) renameSync(dataDir, `${dataDir}.failed-restore-${stamp()}`);
      renameSync(movedAside, dataDir);
    }
    throw e;
  }
}

function restoreInto(db, file, movedAside) {
  const tables = pgTool('psql', [...connectionArgs(db), '-XAtq', '-c',
      "select count(*) from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')"],
    { env: passwordEnv(db) }).trim();
  if (tables !== '0') throw new Error(`the database ${db.dbname} on ${db.host}:${db.port} is not empty (${tables} tables): restore into an empty one`);
  // All or nothing: one transaction, stopped at the first error. Owners and grants are the target's own.
  pgTool('pg_restore', [...connectionArgs(db), '--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges', file],
    { env: passwordEnv(db) });
  return { file, movedAside, ...summary(db) };
}

const [command, ...rest] = process.argv.slice(2);
if (import.meta.url === `file://${process.argv[1]}`) {
  const dataDir = resolve(process.env.SANGKIEN_DATA_DIR || join(ROOT, '.data', 'postgres'));
  const outIndex = rest.indexOf('--out');
  try {
    if (command === 'backup') {
      const done = await backup({ dataDir, out: outIndex >= 0 ? rest[outIndex + 1] : undefined });
      console.log(`[backup] ${done.file}: ${(done.bytes / 1e6).toFixed(1)} MB; ${done.initiatives} dossiers, `
        + `${done.attachments} attachments (${done.attachmentBytes} bytes)`);
    } else if (command === 'restore') {
      const done = await restore({ file: rest[0] && resolve(rest[0]), dataDir });
      if (done.movedAside) console.log(`[restore] the data that was in ${dataDir} is kept in ${done.movedAside}`);
      console.log(`[restore] ${done.file} restored: ${done.initiatives} dossiers, ${done.attachments} attachments `
        + `(${done.attachmentBytes} bytes)`);
    } else {
      console.error('usage: node scripts/backup.mjs backup [--out FILE] | restore FILE');
      process.exit(2);
    }
  } catch (e) {
    console.error(`[${command}] ${e.message}`);
    process.exit(1);
  }
}
