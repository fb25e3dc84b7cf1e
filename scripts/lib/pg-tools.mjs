// PostgreSQL's client tools (pg_dump, pg_restore, pg_basebackup, psql) of the embedded server's major version, for
// backups, restores and the streaming replica. The embedded server's binaries (zonky, from Maven Central) hold only
// initdb, pg_ctl and postgres, and a pg_dump older than the server refuses to dump it: Debian 12 ships 15, the server
// is 17. So, in this order:
//   1. SANGKIEN_PG_BIN, a folder holding the tools (a production host's own PostgreSQL 17 client);
//   2. /usr/lib/postgresql/<major>/bin, where Debian and the PGDG packages put them;
//   3. Debian 13's postgresql-client-<major> package, fetched once into .data/pg-tools-<major> by apt-get (which
//      checks the archive's signature) and run with Debian 13's own C library through its loader, since Debian 12's
//      is too old for it. Nothing is installed system-wide and no root is needed.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './stack.mjs';

/** The embedded server's major version, from the binaries the backend is built with. */
export const PG_MAJOR = Number(readFileSync(join(ROOT, 'backend', 'pom.xml'), 'utf8')
  .match(/<embedded-postgres-binaries\.version>(\d+)\./)[1]);
const TOOLS = ['pg_dump', 'pg_restore', 'pg_basebackup', 'psql'];
// The client package and the libraries Debian 12 lacks in a version it accepts (libpq 17 wants a newer libc and
// OpenLDAP 2.6); the rest (zstd, lz4, zlib, Kerberos, readline) Debian 12's own serve.
const PACKAGES = [`postgresql-client-${PG_MAJOR}`, 'libpq5', 'libc6', 'libldap2', 'libsasl2-2', 'libssl3t64'];
const DEBIAN = process.env.SANGKIEN_DEBIAN_MIRROR || 'http://deb.debian.org/debian';
const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';

function majorOf(executable) {
  const run = spawnSync(executable, ['--version'], { encoding: 'utf8' });
  const match = run.status === 0 && run.stdout.match(/\(PostgreSQL\) (\d+)/);
  return match ? Number(match[1]) : null;
}

function usable(dir) {
  return dir && TOOLS.every((tool) => existsSync(join(dir, tool))) && majorOf(join(dir, 'pg_dump')) === PG_MAJOR;
}

/** apt-get with its lists, cache and state in `dir`: the machine's own apt setup is neither read nor changed. */
function aptGet(dir, args, cwd = dir) {
  const empty = join(dir, 'empty');
  mkdirSync(empty, { recursive: true });
  writeFileSync(join(dir, 'status'), '');
  writeFileSync(join(dir, 'sources.list'), `deb [signed-by=${KEYRING}] ${DEBIAN} trixie main\n`);
  for (const sub of ['lists/partial', 'cache/archives/partial']) mkdirSync(join(dir, sub), { recursive: true });
  const options = [`Dir::Etc::SourceList=${join(dir, 'sources.list')}`, `Dir::Etc::SourceParts=${empty}`,
    `Dir::Etc::Preferences=/dev/null`, `Dir::Etc::PreferencesParts=${empty}`, `Dir::State::Lists=${join(dir, 'lists')}`,
    `Dir::Cache=${join(dir, 'cache')}`, `Dir::State::status=${join(dir, 'status')}`, 'Debug::NoLocking=1',
    'APT::Sandbox::User=root', 'Acquire::Languages=none'].flatMap((o) => ['-o', o]);
  execFileSync('apt-get', ['-q', ...options, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

function fetchFromDebian(home) {
  if (!existsSync(KEYRING) || spawnSync('apt-get', ['--version']).status !== 0) {
    throw new Error(`PostgreSQL ${PG_MAJOR}'s client tools are needed (pg_dump, pg_restore, pg_basebackup, psql): `
      + `set SANGKIEN_PG_BIN to the folder that holds them (this is not a Debian machine, so they cannot be fetched)`);
  }
  console.log(`[pg-tools] fetching Debian's postgresql-client-${PG_MAJOR} into ${home}`);
  rmSync(home, { recursive: true, force: true });
  const apt = join(home, 'apt');
  const debs = join(home, 'debs');
  mkdirSync(debs, { recursive: true });
  aptGet(apt, ['update']);
  aptGet(apt, ['download', ...PACKAGES], debs);
  const root = join(home, 'root');
  for (const deb of readdirSync(debs)) execFileSync('dpkg-deb', ['-x', join(debs, deb), root]);
  const libs = join(root, 'usr', 'lib', 'x86_64-linux-gnu');
  const loader = join(libs, 'ld-linux-x86-64.so.2');
  const libraryPath = [libs, '/usr/lib/x86_64-linux-gnu', '/lib/x86_64-linux-gnu'].join(':');
  const bin = join(home, 'bin');
  mkdirSync(bin, { recursive: true });
  for (const tool of TOOLS) {
    const wrapper = join(bin, tool);
    writeFileSync(wrapper, `#!/bin/sh\n# Debian 13's ${tool} with Debian 13's C library (scripts/lib/pg-tools.mjs)\n`
      + `exec '${loader}' --library-path '${libraryPath}' '${join(root, 'usr', 'lib', 'postgresql', String(PG_MAJOR), 'bin', tool)}' "$@"\n`);
    chmodSync(wrapper, 0o755);
  }
  rmSync(apt, { recursive: true, force: true });
  rmSync(debs, { recursive: true, force: true });
  return bin;
}

let found;
/** The folder holding pg_dump, pg_restore, pg_basebackup and psql of PG_MAJOR; fetched the first time if need be. */
export function pgTools() {
  if (found) return found;
  const configured = process.env.SANGKIEN_PG_BIN;
  if (configured) {
    if (!usable(configured)) throw new Error(`SANGKIEN_PG_BIN=${configured} does not hold PostgreSQL ${PG_MAJOR}'s ${TOOLS.join(', ')}`);
    return (found = configured);
  }
  const system = `/usr/lib/postgresql/${PG_MAJOR}/bin`;
  if (usable(system)) return (found = system);
  const home = join(ROOT, '.data', `pg-tools-${PG_MAJOR}`);
  if (usable(join(home, 'bin'))) return (found = join(home, 'bin'));
  const bin = fetchFromDebian(home);
  if (!usable(bin)) throw new Error(`Debian's postgresql-client-${PG_MAJOR} was fetched into ${home} but does not run here`);
  return (found = bin);
}

/** Runs one of the tools; throws with its error output when it fails. */
export function pgTool(tool, args, { env = {}, input } = {}) {
  const run = spawnSync(join(pgTools(), tool), args, { encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, LC_ALL: 'C.UTF-8', ...env } });
  if (run.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed (${run.status}): ${run.stderr.trim()}`);
  return run.stdout;
}
