// `make run` when a part dies: starts scripts/run.mjs on ports and a data directory of its own, kills one part with
// SIGKILL (the backend's JVM, Keycloak's JVM, the postmaster, the mail server's JVM), and checks each time that run.mjs exits non-zero
// within 15 s leaving no process of that run, and that the next start on the same data comes up healthy. Ends with
// SIGINT (Ctrl-C): exit 0, nothing left. Ports: `make run`'s + 40000 (+ SANGKIEN_PORT_OFFSET).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clientCredentialsToken } from './lib/oidc.mjs';
import { alive, commandLine, processes, stopGroup } from './lib/parts.mjs';
import { PORT_OFFSET, ROOT } from './lib/stack.mjs';
import { RUN_PORTS } from './lib/spa.mjs';

const SHIFT = 40_000;
const ports = Object.fromEntries(Object.entries(RUN_PORTS).map(([name, port]) => [name, port + SHIFT]));
const dir = mkdtempSync(join(tmpdir(), 'sangkien-crash-'));
const dataDir = join(dir, 'postgres');
const began = Date.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let failed = 0;
const ownGroup = processes().find((p) => p.pid === process.pid)?.pgid;

function check(name, condition, detail = '') {
  if (condition) console.log(`  ok   ${name}`);
  else { failed++; console.log(`  FAIL ${name} ${detail}`); }
}

const postmasterPid = () => Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

/** Every process of a run: run.mjs, what it started, and the process groups of those (the postmaster's among them). */
function processesOf(run) {
  const table = processes();
  const mine = new Set([run.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of table) if (mine.has(p.ppid) && !mine.has(p.pid)) { mine.add(p.pid); grew = true; }
  }
  const groups = new Set(table.filter((p) => mine.has(p.pid)).map((p) => p.pgid));
  groups.delete(ownGroup); // run.mjs's own group is this test's
  groups.add(postmasterPid());
  return table.filter((p) => mine.has(p.pid) || groups.has(p.pgid));
}

async function healthy() {
  for (let i = 0; i < 60; i++) {
    try {
      const token = await clientCredentialsToken(`http://localhost:${ports.keycloak}`, 'reporting', 'reporting-demo-secret');
      const quotas = await fetch(`http://127.0.0.1:${ports.backend}/api/v1/programs/1TRIEU-SK/quotas`,
        { headers: { Authorization: `Bearer ${token}` } });
      const spa = await fetch(`http://127.0.0.1:${ports.spa}/config.js`);
      const mail = await fetch(`http://127.0.0.1:${ports.mail}/api/service/readiness`);
      if (quotas.ok && spa.ok && mail.ok) return true;
    } catch { /* not yet */ }
    await sleep(500);
  }
  return false;
}

async function start(what) {
  const run = spawn(process.execPath, [join(ROOT, 'scripts', 'run.mjs')], {
    env: { ...process.env, SANGKIEN_PORT_OFFSET: String(PORT_OFFSET + SHIFT), SANGKIEN_DATA_DIR: dataDir,
      SANGKIEN_LOG_DIR: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  run.output = '';
  run.stdout.on('data', (d) => { run.output += d; });
  run.stderr.on('data', (d) => { run.output += d; });
  run.ended = new Promise((resolve) => run.once('exit', (code, signal) => resolve(code ?? signal)));
  const deadline = Date.now() + 240_000;
  while (!run.output.includes('ready:') && run.exitCode === null && Date.now() < deadline) await sleep(250);
  const up = run.output.includes('ready:') && (await healthy());
  check(`${what}: comes up healthy (token from Keycloak, quota table from the backend, the web app, the mail server)`, up, run.output);
  if (!up) throw new Error(`${what} did not come up; logs in ${dir}`);
  run.members = processesOf(run);
  return run;
}

/** Sends `signal` to pid and expects the run to end with `expected` (a predicate on its exit code) leaving nothing. */
async function ends(run, pid, signal, what, expected) {
  const sent = Date.now();
  process.kill(pid, signal);
  const code = await Promise.race([run.ended, sleep(15_000).then(() => 'still running')]);
  const seconds = ((Date.now() - sent) / 1000).toFixed(1);
  check(`${what}: run.mjs exits ${expected.name} within 15 s (${code} after ${seconds} s)`, expected(code), run.output);
  const left = run.members.filter((p) => alive(p.pid));
  check(`${what}: no process of that run is left`, left.length === 0,
    left.map((p) => `${p.pid} ${commandLine(p.pid).slice(0, 120)}`).join('\n'));
}

const nonZero = (code) => typeof code === 'number' && code !== 0;
const zero = (code) => code === 0;
const victims = [
  ['the backend JVM', (run) => run.members.find((p) => commandLine(p.pid).includes(`-Dquarkus.http.port=${ports.backend}`))],
  ['the Keycloak JVM', (run) => run.members.find((p) => commandLine(p.pid).includes('-Dkc.home.dir'))],
  ['the postmaster', () => ({ pid: postmasterPid() })],
  ['the mail server JVM', (run) => run.members.find((p) => commandLine(p.pid).includes(`-Dgreenmail.smtp.port=${ports.smtp}`))],
];

let run;
try {
  run = await start('first start');
  for (const [name, find] of victims) {
    await ends(run, find(run).pid, 'SIGKILL', `kill -9 ${name}`, nonZero);
    run = await start(`start after ${name} was killed`);
  }
  await ends(run, run.pid, 'SIGINT', 'Ctrl-C', zero);
} catch (e) {
  failed++;
  console.log(`  FAIL ${e.stack ?? e.message}`);
} finally {
  // Whatever a failed check left: the run's own process groups, never this test's.
  run?.kill('SIGKILL');
  for (const pgid of new Set(run?.members?.map((p) => p.pgid))) if (pgid !== ownGroup) await stopGroup(pgid, 'SIGKILL', 0);
  if (existsSync(join(dataDir, 'postmaster.pid')) && commandLine(postmasterPid()).includes(dataDir)) await stopGroup(postmasterPid(), 'SIGKILL', 0);
}
console.log(`run crash test: ${failed === 0 ? 'passed' : `${failed} FAILED (logs in ${dir})`} in ${((Date.now() - began) / 1000).toFixed(0)} s`);
if (failed === 0) rmSync(dir, { recursive: true, force: true });
process.exit(failed === 0 ? 0 : 1);
