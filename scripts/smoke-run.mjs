// Smoke test of what `make run` promises, against the packaged application:
// it starts on the embedded PostgreSQL with the reference data, answers the seed's quota table,
// and data created before a stop is still there after a start. Node only, no dependencies.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = 18080;
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'sangkien-smoke-'));
let passed = 0;
let failed = 0;

function check(name, condition, detail = '') {
  if (condition) { passed++; console.log(`  ok   ${name}`); }
  else { failed++; console.log(`  FAIL ${name} ${detail}`); }
}

async function start() {
  const app = spawn('java', ['-jar', 'backend/target/quarkus-app/quarkus-run.jar'], {
    env: { ...process.env, SANGKIEN_DATA_DIR: dataDir, SANGKIEN_DB_PORT: '15433',
      SANGKIEN_REFERENCE_DATA_ENABLED: 'true', QUARKUS_HTTP_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  app.stdout.on('data', (d) => { log += d; });
  app.stderr.on('data', (d) => { log += d; });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      const health = await fetch(`${base}/q/health/ready`);
      if (health.ok) return app;
    } catch { /* not listening yet */ }
    if (app.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  app.kill('SIGKILL');
  throw new Error(`the application did not become ready:\n${log}`);
}

async function stop(app) {
  const exited = new Promise((r) => app.once('exit', r));
  app.kill('SIGTERM');
  await exited;
}

const code = `SMOKE-${Date.now()}`;
try {
  let app = await start();
  const quotas = await (await fetch(`${base}/api/v1/programs/1TRIEU-SK/quotas`)).json();
  check('seed quota table totals 2.300 / 1.200 / 1.100',
    quotas.childrenTotals?.['2022-2023'] === 2300 && quotas.childrenTotals?.GD1 === 1200 && quotas.childrenTotals?.GD2 === 1100,
    JSON.stringify(quotas.childrenTotals));
  check('seed quota table has the 11 units', quotas.children?.length === 11);
  const created = await fetch(`${base}/api/v1/units`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code, name: 'CĐCS thử khởi động lại', type: 'GRASSROOTS', parentCode: 'LCH-PT', validFrom: '2022-01-01' }),
  });
  check('a unit is created', created.status === 201, `status ${created.status}`);
  await stop(app);

  app = await start();
  const again = await fetch(`${base}/api/v1/units/${code}`);
  check('the unit is still there after a stop and a start', again.status === 200, `status ${again.status}`);
  const reloaded = await (await fetch(`${base}/api/v1/programs/1TRIEU-SK/quotas`)).json();
  check('reference data is not loaded twice', reloaded.children?.length === 11, `${reloaded.children?.length} children`);
  await stop(app);
} catch (e) {
  failed++;
  console.log(`  FAIL ${e.message}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(`smoke: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
