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
import { clientCredentialsToken, loginWithPassword, passwordGrant } from './lib/oidc.mjs';
import { twoInstances } from './lib/two-instances.mjs';
import { backupAndRestore } from './lib/restore-check.mjs';
import { readReplica } from './lib/replica-check.mjs';
import { checkProxy } from './lib/proxy.mjs';

// SANGKIEN_PORT_OFFSET moves every port (e.g. 500), so that two checkouts on one machine can run this at once.
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

const initiative = (unitCode, title = 'Sáng kiến bản đồ số điểm trường vùng cao') => JSON.stringify({
  programCode: '1TRIEU-SK', unitCode, title, solutionType: 'TECHNICAL',
  field: 'SOCIO_ECONOMIC', firstAppliedOn: '2022-04-20', filedOn: '2022-05-02',
  addressee: 'Hội đồng sáng kiến UBND huyện Phong Thổ', solution: 'Bản đồ số các điểm trường trên điện thoại',
  // The province's officer, Nguyễn Thị Lan in Keycloak, is a co-author: she may not decide on it (four eyes).
  authors: [{ fullName: 'Lò Văn Minh', contributionPercent: 60 }, { fullName: 'NGUYEN THI LAN', contributionPercent: 40 }],
});

// Keycloak's own clients of every realm (admin-cli takes passwords unless the realm file says otherwise) and ours.
const REALM_CLIENTS = ['admin-cli', 'account', 'account-console', 'security-admin-console', 'broker', 'realm-management',
  'web', 'swagger-ui', 'reporting'];

/** Passwords are typed only on Keycloak's page, which locks an account after 5 wrong ones (realm file, brute force). */
async function passwordGuessing() {
  for (const clientId of REALM_CLIENTS) {
    const secret = clientId === 'reporting' ? 'reporting-demo-secret' : undefined;
    const response = await passwordGrant(keycloak, clientId, 'cb.phongtho', 'Demo@2026', secret);
    check(`the right password through the password grant on ${clientId} gets no token`,
      response.status >= 400 && response.status < 500 && !response.body.access_token, JSON.stringify(response));
  }
  // khoa.thu is there to be locked out: other tests' users keep working.
  const signedIn = await loginWithPassword(keycloak, 'khoa.thu', 'Demo@2026').then(() => true, () => false);
  check('khoa.thu signs in with the right password', signedIn);
  for (let attempt = 1; attempt <= 5; attempt++) {
    await loginWithPassword(keycloak, 'khoa.thu', `Sai@${attempt}`).catch(() => {});
  }
  const afterGuesses = await loginWithPassword(keycloak, 'khoa.thu', 'Demo@2026').then(() => 'token', (e) => e.message);
  check('after 5 wrong passwords the right one is refused for a while', afterGuesses !== 'token', afterGuesses);
}

const post = (path, token, body) => call(path, token, {
  method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

/** Keycloak's tokens carry the names the four-eyes rule compares: an author who is an officer does not decide. */
async function fourEyes(id, phongTho) {
  const submitted = await (await post(`/api/v1/initiatives/${id}/submit`, phongTho, { version: 0 })).json();
  const province = await loginWithPassword(keycloak, 'ldld.laichau', 'Demo@2026');
  const review = await post(`/api/v1/initiatives/${id}/evaluations`, province,
    { version: submitted.version, rubricCode: 'TLD-2022', evaluators: ['giamkhao'] });
  check('the province hands the dossier to its council', review.status === 200, `status ${review.status}`);
  const seen = await (await call(`/api/v1/initiatives/${id}`, province)).json();
  check('the co-author officer is not offered recognise or refuse', JSON.stringify(seen.allowedActions) === '["RETURN"]',
    JSON.stringify(seen.allowedActions));
  const refused = await post(`/api/v1/initiatives/${id}/recognise`, province, { version: seen.version,
    recognitionBody: 'Hội đồng sáng kiến tỉnh', decisionNumber: '1/QĐ', decisionDate: new Date().toISOString().slice(0, 10),
    impactLevel: 'GRASSROOTS' });
  const problem = await refused.json();
  check('…and her recognition is refused: 403 naming the four-eyes rule', refused.status === 403
    && problem.errors?.[0]?.rule === 'FourEyes' && problem.errors?.[0]?.field === 'authors', JSON.stringify(problem));
  const admin = await loginWithPassword(keycloak, 'admin.demo', 'Demo@2026');
  const forAdmin = await (await call(`/api/v1/initiatives/${id}`, admin)).json();
  check('an officer who neither filed nor wrote it may recognise it', forAdmin.allowedActions?.includes('RECOGNISE'),
    JSON.stringify(forAdmin.allowedActions));
}

let keycloakProcess;
let backend;
try {
  keycloakProcess = await startKeycloak({ port: KEYCLOAK_PORT, logFile: join(dataDir, 'keycloak.log') });
  await passwordGuessing();
  backend = await startBackend(backendOptions);

  const reporter = await clientCredentialsToken(keycloak, 'reporting', 'reporting-demo-secret');
  const quotasAnswer = await call('/api/v1/programs/1TRIEU-SK/quotas', reporter);
  // Fair use keys Keycloak's real client-credentials token by its client, a person's by the user (README, "Fair use").
  check('the reporting client is limited as a client (RateLimit-Policy "client")',
    (quotasAnswer.headers.get('ratelimit-policy') ?? '').startsWith('"client";q=')
      && /^"client";r=\d+;t=\d+$/.test(quotasAnswer.headers.get('ratelimit') ?? ''),
    `${quotasAnswer.headers.get('ratelimit-policy')} / ${quotasAnswer.headers.get('ratelimit')}`);
  const quotas = await quotasAnswer.json();
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
  const meAnswer = await call('/api/v1/me', phongTho);
  check('a person signed in through the web app is limited as a user (RateLimit-Policy "user")',
    (meAnswer.headers.get('ratelimit-policy') ?? '').startsWith('"user";q='), meAnswer.headers.get('ratelimit-policy'));
  const me = await meAnswer.json();
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
  await fourEyes(id, phongTho);

  await stop(backend);
  backend = await startBackend(backendOptions);
  check('the dossier is still there after the backend stops and starts',
    (await call(`/api/v1/initiatives/${id}`, phongTho)).status === 200);
  const again = await (await call('/api/v1/programs/1TRIEU-SK/quotas', reporter)).json();
  check('reference data is not loaded twice', again.children?.length === 11, `${again.children?.length} children`);

  // Fresh tokens for each role's run (a token lives 5 minutes); the evaluator fills the score sheet in both.
  const login = (username) => () => loginWithPassword(keycloak, username, 'Demo@2026');
  const fuzzed = await fuzz({ api, evaluatorToken: login('giamkhao'), deciderToken: login('ldld.laichau'), roles: [
    // username: the dossier's first author is linked to the caller, who confirms and corrects that row (issue 17).
    { name: 'admin', username: 'admin.demo', token: login('admin.demo'), contractTests: true },
    { name: 'officer', username: 'cb.phongtho', token: login('cb.phongtho'), contractTests: false }] });
  for (const line of describeFailures(fuzzed.failures)) console.log(`       ${line}`);
  check(`outside fuzzer (Portman + Newman) over every operation, as admin and as unit officer: ${fuzzed.requests} requests, `
    + `${fuzzed.assertions} assertions in ${fuzzed.seconds.toFixed(0)} s`, fuzzed.failures.length === 0,
  `${fuzzed.failures.length} failed assertions (above)`);

  await twoInstances({ a: { api, dbPort: backendOptions.dbPort, dataDir: backendOptions.dataDir }, portB: BACKEND_PORT + 1,
    keycloak, keycloakPort: KEYCLOAK_PORT, logDir: dataDir, check, dossier: initiative,
    proxy: ({ b, stopB }) => checkProxy({ backends: [api, b], stopBackend: stopB, check,
      token: () => clientCredentialsToken(keycloak, 'reporting', 'reporting-demo-secret') }) });
  await backupAndRestore({ a: { api, dbPort: backendOptions.dbPort, dataDir: backendOptions.dataDir },
    token: login('cb.phongtho'), reporter: () => clientCredentialsToken(keycloak, 'reporting', 'reporting-demo-secret'),
    dossier: initiative, port: BACKEND_PORT + 2, dbPort: backendOptions.dbPort + 2, keycloakPort: KEYCLOAK_PORT, workDir: dataDir, check });
  await readReplica({ a: { api, dbPort: backendOptions.dbPort, dataDir: backendOptions.dataDir },
    token: login('cb.phongtho'), reporter: () => clientCredentialsToken(keycloak, 'reporting', 'reporting-demo-secret'),
    dossier: initiative, port: BACKEND_PORT + 3, dbPort: backendOptions.dbPort + 3, keycloakPort: KEYCLOAK_PORT, workDir: dataDir, check });

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
