// The running parts of a stack (Keycloak, the backend, its embedded PostgreSQL, the SPA), each a process group of its
// own (spawned detached; pg_ctl puts the postmaster in one with its workers), so that one signal reaches a part and
// everything it started. Any part may die on its own: listeners hear of it, and stopAll() stops the rest.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';

const parts = new Set();
const endedListeners = [];
let stoppingAll = false;
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Live processes as { pid, pgid, ppid }. Zombies are left out: in a container whose init does not reap, a killed
 * orphan (the postmaster, its workers) stays a zombie for good, and kill(pid, 0) would call it alive.
 */
export function processes() {
  if (!existsSync('/proc/self/stat')) {
    const out = spawnSync('ps', ['-eo', 'pid=,ppid=,pgid=,stat='], { encoding: 'utf8' }).stdout ?? '';
    return out.trim().split('\n').map((l) => l.trim().split(/\s+/)).filter((f) => !f[3]?.startsWith('Z'))
      .map(([pid, ppid, pgid]) => ({ pid: Number(pid), ppid: Number(ppid), pgid: Number(pgid) }));
  }
  const list = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const [state, ppid, pgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state !== 'Z' && state !== 'X') list.push({ pid: Number(name), ppid: Number(ppid), pgid: Number(pgid) });
    } catch { /* ended meanwhile */ }
  }
  return list;
}

/** The command line of a live process ('' when gone): how a left-over part of ours is recognised. */
export function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return spawnSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' }).stdout?.trim() ?? '';
  }
}

export const alive = (pid) => processes().some((p) => p.pid === pid);
const groupAlive = (pgid) => processes().some((p) => p.pgid === pgid);

function signalGroup(pgid, signal) {
  try { process.kill(-pgid, signal); } catch { /* gone */ }
}

/** Signals a process group politely, SIGKILLs it after graceMs, and resolves once none of it is left. */
export async function stopGroup(pgid, signal = 'SIGTERM', graceMs = 8_000) {
  signalGroup(pgid, signal);
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid)) {
    if (Date.now() > deadline) signalGroup(pgid, 'SIGKILL');
    await sleep(150);
  }
}

/**
 * Registers a started part. `child` is a detached ChildProcess (its exit is heard at once); without one (the
 * postmaster, started by pg_ctl), `pid` is watched every second. `signal` is the polite way to stop it; afterStop
 * runs once it is gone.
 */
export function addPart(name, { child = null, pid = child?.pid, signal = 'SIGTERM', afterStop = async () => {} }) {
  const part = { name, pgid: pid, signal, afterStop, stopping: false, timer: null };
  const ended = (how) => {
    if (part.stopping || stoppingAll) return;
    for (const listener of endedListeners) listener(name, how);
  };
  if (child) child.once('exit', (code, sig) => ended(sig ?? `exit ${code}`));
  else {
    part.timer = setInterval(() => { if (!alive(pid)) { clearInterval(part.timer); ended('gone'); } }, 1000);
    part.timer.unref();
  }
  parts.add(part);
  if (stoppingAll) void stopPart(part); // started while everything stops
  return part;
}

/** Calls listener(name, how) when a part ends without being asked to. */
export function onPartEnded(listener) {
  endedListeners.push(listener);
}

export async function stopPart(part) {
  if (!part) return;
  part.stopping = true;
  clearInterval(part.timer);
  await stopGroup(part.pgid, part.signal);
  parts.delete(part);
  await part.afterStop();
}

/** Stops every part still registered, side by side (also the ones still starting). */
export async function stopAll() {
  stoppingAll = true;
  await Promise.all([...parts].map(stopPart));
}

function listening(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(1500);
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('timeout', () => { socket.destroy(); resolve(false); });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Makes sure nothing listens on `port` before a part starts there. A part of ours left over by a run that was killed
 * (recognised by every text of `marks` in its command line) is stopped; anything else is reported.
 */
export async function clearPort(name, port, marks) {
  if (!(await listening(port))) return;
  const ours = processes().filter((p) => marks.every((m) => commandLine(p.pid).includes(m)));
  if (ours.length === 0) {
    throw new Error(`port ${port} is taken by another program, so ${name} cannot start there: stop it first`);
  }
  for (const pgid of new Set(ours.map((p) => p.pgid))) {
    console.log(`[stack] stopping ${name} left running by an earlier run (process group ${pgid}, port ${port})`);
    await stopGroup(pgid);
  }
  for (let i = 0; i < 50 && (await listening(port)); i++) await sleep(200);
}
