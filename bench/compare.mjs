// Two backend builds side by side on the same data (node bench/compare.mjs --old DIR --new DIR): each on its own copy of the
// bench dataset (the builds may differ in schema), one Keycloak, the load alternating between them in rounds so that
// both meet the same moments of the machine. Per scenario and build: req/s, p50 and p95 of each round, and the CPU
// time of the backend and of its PostgreSQL per request (from /proc). Needs the dataset of `make bench` and wrk.
// Options: --old DIR --new DIR (quarkus-app folders), --rounds R (6), --seconds S (10 a round), --warmup W (20 s a
// scenario and build), --concurrency C (8), --scenarios province,national,search,by_id, --old-env / --new-env
// K=V,K=V (settings of one build only: the same build twice measures what a setting costs).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { databasePassword, startBackend, startKeycloak, stop } from '../scripts/lib/stack.mjs';
import { loginWithPassword } from '../scripts/lib/oidc.mjs';

const { values: opts } = parseArgs({
  options: {
    old: { type: 'string' }, new: { type: 'string' },
    rounds: { type: 'string', default: '6' }, seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '20' }, concurrency: { type: 'string', default: '8' },
    scenarios: { type: 'string', default: 'province,national,search,by_id' },
    'old-env': { type: 'string', default: '' }, 'new-env': { type: 'string', default: '' },
  },
});
const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const DATA = join(ROOT, 'bench', '.data');
const SOURCE_DATA = join(DATA, 'postgres');
const LOGS = join(DATA, 'logs');
const PROGRAM = '1TRIEU-SK';
const OFFSET = Number(process.env.BENCH_PORT_OFFSET ?? 0); // as in bench.mjs
const KEYCLOAK_PORT = 38180 + OFFSET;
const BUILDS = [
  { name: 'old', app: opts.old, port: 38080 + OFFSET, dbPort: 35432 + OFFSET, env: settings(opts['old-env']) },
  { name: 'new', app: opts.new, port: 38081 + OFFSET, dbPort: 35433 + OFFSET, env: settings(opts['new-env']) },
];
function settings(list) {
  return Object.fromEntries(list.split(',').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
}
const log = (m) => console.log(`[compare] ${m}`);
// An older build starts on a schema that newer migrations already changed: Flyway leaves those alone.
process.env.QUARKUS_FLYWAY_IGNORE_MIGRATION_PATTERNS = '*:future';

function sql(build, query) {
  const r = spawnSync('psql', ['-h', '127.0.0.1', '-p', String(build.dbPort), '-U', 'postgres', '-d', 'postgres', '-At', '-c', query],
    { encoding: 'utf8', env: { ...process.env, PGPASSWORD: databasePassword(build.dataDir) ?? '' } });
  if (r.status !== 0) throw new Error(`psql: ${r.stderr}`);
  return r.stdout.trim().split('\n').filter(Boolean);
}

/** CPU seconds (user + system) of a process and all its descendants, from /proc. */
function cpuSeconds(rootPid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push({ pid: Number(entry), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch { /* gone */ }
  }
  let ticks = 0;
  const walk = (pid) => (children.get(pid) ?? []).forEach((c) => { ticks += c.ticks; walk(c.pid); });
  const own = readFileSync(`/proc/${rootPid}/stat`, 'utf8');
  const f = own.slice(own.lastIndexOf(')') + 2).split(' ');
  ticks += Number(f[11]) + Number(f[12]);
  walk(rootPid);
  return ticks / 100;
}

/** The backend's JVM and its PostgreSQL (pg_ctl starts the server apart from the JVM; its pid is in postmaster.pid). */
function cpuOf(build) {
  const postmaster = Number(readFileSync(join(build.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  return { backend: cpuSeconds(build.child.pid), db: cpuSeconds(postmaster) };
}

function wrk(build, pathsFile, seconds, token) {
  const r = spawnSync('wrk', ['-t2', `-c${opts.concurrency}`, `-d${seconds}s`, '--latency', '--timeout', '120s',
    '-s', join(ROOT, 'bench', 'src', 'main', 'resources', 'wrk-paths.lua'), `http://127.0.0.1:${build.port}`],
  { encoding: 'utf8', env: { ...process.env, BENCH_PATHS: pathsFile, BENCH_TOKEN: token } });
  const line = r.stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (!line) throw new Error(`wrk: ${r.stdout}${r.stderr}`);
  const res = JSON.parse(line.slice('BENCH_RESULT '.length));
  if (res.non_2xx || res.socket_errors) throw new Error(`${build.name}: ${res.non_2xx} non-2xx, ${res.socket_errors} socket errors`);
  return res;
}

function scenarioPaths(build) {
  // As the harness picks them: generated provinces (not Lai Châu), ids of the generated dataset.
  const provinces = sql(build, "select code from unit where depth = 1 and type = 'PROVINCIAL_FEDERATION' and code <> 'LCH' order by code");
  const [minId, maxId] = sql(build, 'select min(id), (select max_initiative_id from bench_dataset) from initiative')[0].split('|').map(Number);
  // The harness's searches (Harness.SEARCHES), in the same form.
  const words = ['nuoc sach', 'sáng kiến tiết kiệm', 'tiết kiệm điện năng', 'phong chong dich', 'chuyển đổi số', 'xu ly nuoc thai'];
  const n = 2000;
  const range = (f) => Array.from({ length: n }, (_, i) => f(i));
  return {
    national: range(() => `/api/v1/programs/${PROGRAM}/progress?period=GD2&depth=1&root=TLD`),
    province: range((i) => `/api/v1/programs/${PROGRAM}/progress?period=GD2&depth=1&root=${provinces[i % provinces.length]}`),
    search: range((i) => `/api/v1/initiatives?q=${encodeURIComponent(words[i % words.length])}&program=${PROGRAM}&status=VALID`
      + `&unit=${provinces[Math.floor(i / words.length) % provinces.length]}&page=0&size=20`),
    by_id: range(() => `/api/v1/initiatives/${minId + Math.floor(Math.random() * (maxId - minId + 1))}`),
  };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

let keycloak;
try {
  if (!opts.old || !opts.new) throw new Error('usage: node bench/compare.mjs --old <quarkus-app dir> --new <quarkus-app dir>');
  if (!existsSync(join(SOURCE_DATA, 'PG_VERSION'))) throw new Error(`no bench dataset in ${SOURCE_DATA}: run make bench first`);
  mkdirSync(LOGS, { recursive: true });
  for (const b of BUILDS) {
    b.dataDir = join(DATA, `compare-${b.name}`);
    rmSync(b.dataDir, { recursive: true, force: true });
    log(`copying the dataset for ${b.name} (${b.app})`);
    cpSync(SOURCE_DATA, b.dataDir, { recursive: true });
    rmSync(join(b.dataDir, 'postmaster.pid'), { force: true });
  }
  keycloak = await startKeycloak({ port: KEYCLOAK_PORT, logFile: join(LOGS, 'compare-keycloak.log') });
  for (const b of BUILDS) {
    b.child = await startBackend({ port: b.port, dbPort: b.dbPort, dataDir: b.dataDir, keycloakPort: KEYCLOAK_PORT,
      referenceData: false, jar: join(b.app, 'quarkus-run.jar'), logFile: join(LOGS, `compare-${b.name}.log`), env: b.env });
  }
  let token = await loginWithPassword(`http://localhost:${KEYCLOAK_PORT}`, 'admin.demo', 'Demo@2026');
  let tokenAt = Date.now();
  const freshToken = async () => {
    if (Date.now() - tokenAt > 120_000) { token = await loginWithPassword(`http://localhost:${KEYCLOAK_PORT}`, 'admin.demo', 'Demo@2026'); tokenAt = Date.now(); }
    return token;
  };
  const paths = scenarioPaths(BUILDS[0]);
  const results = {};
  for (const scenario of opts.scenarios.split(',')) {
    const file = join(DATA, `compare-${scenario}.paths`);
    writeFileSync(file, paths[scenario].join('\n'));
    for (const b of BUILDS) wrk(b, file, Number(opts.warmup), await freshToken());
    const rounds = { old: [], new: [] };
    for (let r = 0; r < Number(opts.rounds); r++) {
      for (const b of r % 2 ? [...BUILDS].reverse() : BUILDS) {
        const before = cpuOf(b);
        const res = wrk(b, file, Number(opts.seconds), await freshToken());
        const after = cpuOf(b);
        rounds[b.name].push({ rps: res.requests / (res.duration_us / 1e6), p50_ms: res.p50_us / 1000, p95_ms: res.p95_us / 1000,
          backend_cpu_us: (after.backend - before.backend) * 1e6 / res.requests, db_cpu_us: (after.db - before.db) * 1e6 / res.requests });
      }
      log(`${scenario} round ${r + 1}: old ${rounds.old.at(-1).rps.toFixed(0)} req/s, new ${rounds.new.at(-1).rps.toFixed(0)} req/s`);
    }
    const summary = Object.fromEntries(Object.entries(rounds).map(([name, rs]) => [name, {
      rps_median: median(rs.map((x) => x.rps)), p50_ms_median: median(rs.map((x) => x.p50_ms)), p95_ms_median: median(rs.map((x) => x.p95_ms)),
      backend_cpu_us_median: median(rs.map((x) => x.backend_cpu_us)), db_cpu_us_median: median(rs.map((x) => x.db_cpu_us)), rounds: rs }]));
    summary.new_wins = rounds.new.filter((x, i) => x.rps > rounds.old[i].rps).length;
    summary.rps_ratio_new_to_old = summary.new.rps_median / summary.old.rps_median;
    results[scenario] = summary;
  }
  const out = join(DATA, `compare-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(out, JSON.stringify({ old: opts.old, new: opts.new, oldEnv: opts['old-env'], newEnv: opts['new-env'], rounds: Number(opts.rounds), seconds: Number(opts.seconds),
    concurrency: Number(opts.concurrency), results }, null, 2));
  console.log('\n| scenario | build | req/s (median) | p50 ms | p95 ms | backend CPU µs/req | PostgreSQL CPU µs/req |\n|---|---|---|---|---|---|---|');
  for (const [scenario, s] of Object.entries(results)) {
    for (const name of ['old', 'new']) {
      const x = s[name];
      console.log(`| ${scenario} | ${name} | ${x.rps_median.toFixed(0)} | ${x.p50_ms_median.toFixed(1)} | ${x.p95_ms_median.toFixed(1)} | ${x.backend_cpu_us_median.toFixed(0)} | ${x.db_cpu_us_median.toFixed(0)} |`);
    }
    console.log(`| ${scenario} | new ÷ old | ${s.rps_ratio_new_to_old.toFixed(3)} (new ahead in ${s.new_wins} of ${opts.rounds} rounds) | | | | |`);
  }
  log(`results in ${out}`);
} catch (e) {
  console.error(`[compare] FAILED: ${e.stack ?? e}`);
  process.exitCode = 1;
} finally {
  for (const b of BUILDS) await stop(b.child);
  await stop(keycloak);
  for (const b of BUILDS) if (b.dataDir) rmSync(b.dataDir, { recursive: true, force: true });
}
