// End-to-end test of the running product as `make run` starts it: real Keycloak (realm imported), the packaged
// backend on its embedded PostgreSQL. Tokens come from Keycloak itself: client credentials for the national
// reporting system, Keycloak's login page (authorization code + PKCE) for the demo users. Last, while the stack is up,
// an outside contract fuzzer (Portman + Newman, scripts/lib/fuzz.mjs) goes over every operation of openapi.yaml.
// SANGKIEN_PORT_OFFSET shifts its ports.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PORT_OFFSET, startBackend, startKeycloak, stop, log } from './lib/stack.mjs';
import { describeFailures, fuzz } from './lib/fuzz.mjs';
import { clientCredentialsToken, loginWithPassword } from './lib/oidc.mjs';

const KEYCLOAK_PORT = 18180 + PORT_OFFSET;
const BACKEND_PORT = 18080 + PORT_OFFSET;
const keycloak = `http://localhost:${KEYCLOAK_PORT}`;
const api = `http://127.0.0.1:${BACKEND_PORT}`;
const dataDir = mkdtempSync(join(tmpdir(), 'sangkien-stack-'));
const backendOptions = { port: BACKEND_PORT, dbPort: 15433 + PORT_OFFSET, dataDir: join(dataDir, 'postgres'), keycloakPort: KEYCLOAK_PORT,
  logFile: join(dataDir, 'backend.log') };
let passed = 0;
let failed = 0;

function check(name, condition, detail = '') {
  if (condition) { passed++; console.log(`  ok   ${name}`); } else { failed++; console.log(`  FAIL ${name} ${detail}`); }
}

async function call(path, token, init = {}) {
  const headers = { ...(init.headers || {}), ...(token ? { Authorization: `Bearer ${token}` } : {}) };
  return fetch(`${api}${path}`, { ...init, headers });
}

const initiative = (unitCode) => JSON.stringify({
  programCode: '1TRIEU-SK', unitCode, title: 'Sáng kiến bản đồ số điểm trường vùng cao', solutionType: 'TECHNICAL',
  field: 'SOCIO_ECONOMIC', firstAppliedOn: '2022-04-20', filedOn: '2022-05-02',
  addressee: 'Hội đồng sáng kiến UBND huyện Phong Thổ', solution: 'Bản đồ số các điểm trường trên điện thoại',
  authors: [{ fullName: 'Lò Văn Minh', contributionPercent: 100 }],
});

let keycloakProcess;
let backend;
try {
  keycloakProcess = await startKeycloak({ port: KEYCLOAK_PORT, logFile: join(dataDir, 'keycloak.log') });
  backend = await startBackend(backendOptions);

  const reporter = await clientCredentialsToken(keycloak, 'reporting', 'reporting-demo-secret');
  const quotas = await (await call('/api/v1/programs/1TRIEU-SK/quotas', reporter)).json();
  check('reporting client reads the seed quota table: 2.300 / 1.200 / 1.100',
    quotas.childrenTotals?.['2022-2023'] === 2300 && quotas.childrenTotals?.GD1 === 1200 && quotas.childrenTotals?.GD2 === 1100,
    JSON.stringify(quotas.childrenTotals));
  check('seed quota table has the 11 units', quotas.children?.length === 11);
  const reportUrl = '/api/v1/reports/progress?program=1TRIEU-SK&period=GD1&root=LCH&depth=1';
  for (const [format, type] of [['json', 'application/json'], ['csv', 'text/csv'],
    ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']]) {
    const report = await call(`${reportUrl}&format=${format}`, reporter);
    const body = Buffer.from(await report.arrayBuffer());
    check(`reporting client pulls the progress report as ${format.toUpperCase()} (${type})`,
      report.status === 200 && (report.headers.get('content-type') ?? '').startsWith(type)
        && (format !== 'csv' || body.toString('utf8').includes('\nLCH,')) && (format !== 'xlsx' || body.subarray(0, 2).toString() === 'PK'),
      `status ${report.status}, ${report.headers.get('content-type')}`);
  }
  check('reporting client may not read dossiers (personal data)', (await call('/api/v1/initiatives', reporter)).status === 403);
  check('no token → 401', (await call('/api/v1/programs', null)).status === 401);

  const phongTho = await loginWithPassword(keycloak, 'cb.phongtho', 'Demo@2026');
  const me = await (await call('/api/v1/me', phongTho)).json();
  check('a demo user signs in on the Keycloak page and the API knows their unit',
    me.unit?.code === 'LCH-PT' && me.roles?.includes('unit_officer'), JSON.stringify(me));
  const created = await call('/api/v1/initiatives', phongTho, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: initiative('LCH-PT') });
  check('Phong Thổ officer files a dossier for Phong Thổ', created.status === 201, `status ${created.status}`);
  const id = (await created.json()).id;
  const elsewhere = await call('/api/v1/initiatives', phongTho, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: initiative('LCH-SH') });
  check('…but not for Sìn Hồ', elsewhere.status === 400, `status ${elsewhere.status}`);
  const sinHo = await loginWithPassword(keycloak, 'cb.sinho', 'Demo@2026');
  check('Sìn Hồ officer cannot see it (404)', (await call(`/api/v1/initiatives/${id}`, sinHo)).status === 404);

  await stop(backend);
  backend = await startBackend(backendOptions);
  check('the dossier is still there after the backend stops and starts',
    (await call(`/api/v1/initiatives/${id}`, phongTho)).status === 200);
  const again = await (await call('/api/v1/programs/1TRIEU-SK/quotas', reporter)).json();
  check('reference data is not loaded twice', again.children?.length === 11, `${again.children?.length} children`);

  // Fresh tokens for each role's run (a token lives 5 minutes); the evaluator fills the score sheet in both.
  const login = (username) => () => loginWithPassword(keycloak, username, 'Demo@2026');
  const fuzzed = await fuzz({ api, evaluatorToken: login('giamkhao'), roles: [
    { name: 'admin', token: login('admin.demo'), contractTests: true },
    { name: 'officer', token: login('cb.phongtho'), contractTests: false }] });
  for (const line of describeFailures(fuzzed.failures)) console.log(`       ${line}`);
  check(`outside fuzzer (Portman + Newman) over every operation, as admin and as unit officer: ${fuzzed.requests} requests, `
    + `${fuzzed.assertions} assertions in ${fuzzed.seconds.toFixed(0)} s`, fuzzed.failures.length === 0,
  `${fuzzed.failures.length} failed assertions (above)`);

  await stop(keycloakProcess);
  const readiness = await fetch(`${api}/q/health/ready`);
  const health = await readiness.json();
  const oidc = health.checks?.find((c) => c.name === 'OIDC Provider Health Check');
  check('with Keycloak down, readiness is DOWN and says the identity provider is why',
    readiness.status === 503 && oidc?.status === 'DOWN', JSON.stringify(health));
  const withTokenDown = await call('/api/v1/me', phongTho);
  check('with Keycloak down, a request with a token is not a 500', withTokenDown.status !== 500, `status ${withTokenDown.status}`);
} catch (e) {
  failed++;
  console.log(`  FAIL ${e.stack || e.message}`);
} finally {
  await stop(backend);
  await stop(keycloakProcess);
  if (failed === 0) rmSync(dataDir, { recursive: true, force: true });
  else log(`logs kept in ${dataDir}`);
}
console.log(`stack: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
