// Two backend instances on one PostgreSQL (README, "Several instances"), part of scripts/stack-test.mjs: a second
// packaged backend (B) on the first one's (A) embedded PostgreSQL and the same Keycloak. What one writes the other
// reads at once, also what B holds in its second-level cache (programmes, periods); receipt numbers and imports stay
// unique under writes through both at the same moment; both serve one contract; B stops gracefully on SIGTERM.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { databasePassword, exited, startBackend, stop } from './stack.mjs';
import { loginWithPassword } from './oidc.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * `a`: the running backend's { api, dbPort, dataDir }; `check(name, ok, detail)` records a result. Starts B on
 * portB, runs the checks, stops B (by SIGTERM, checking the graceful shutdown) and answers nothing. With
 * `proxy({ b, stopB })`, B is stopped by that instead (scripts/lib/proxy.mjs: while requests go through nginx to both).
 */
export async function twoInstances({ a, portB, keycloak, keycloakPort, logDir, check, dossier, proxy = null }) {
  const b = `http://127.0.0.1:${portB}`;
  const started = Date.now();
  const backendB = await startBackend({ port: portB, keycloakPort, referenceData: false, logFile: join(logDir, 'backend-b.log'),
    shutdownDelay: '2S',
    database: { url: `jdbc:postgresql://127.0.0.1:${a.dbPort}/postgres`, username: 'postgres', password: databasePassword(a.dataDir) } });
  try {
    const admin = await loginWithPassword(keycloak, 'admin.demo', 'Demo@2026');
    const phongTho = await loginWithPassword(keycloak, 'cb.phongtho', 'Demo@2026');
    const call = (base, path, token, init = {}) => fetch(`${base}${path}`, { ...init,
      headers: { ...(init.headers ?? {}), Authorization: `Bearer ${token}`, 'Content-Type': init.type ?? 'application/json' } });
    const json = async (response) => ({ status: response.status, body: await response.json().catch(() => null) });

    await periodsThroughBoth(a.api, b, admin, call, json, check);

    // A dossier filed through A is read through B (no cache on that path; the same database).
    const filed = await json(await call(a.api, '/api/v1/initiatives', phongTho, { method: 'POST', body: dossier('LCH-PT') }));
    const readB = await json(await call(b, `/api/v1/initiatives/${filed.body?.id}`, phongTho));
    check('B: a dossier filed through A is read at once through B', filed.status === 201 && readB.status === 200
      && readB.body.title === filed.body.title, `${filed.status} / ${readB.status}`);

    await receiptNumbers(a.api, b, phongTho, call, json, dossier, check);
    await oneImport(a.api, b, phongTho, call, json, check);

    const [contractA, contractB] = await Promise.all([a.api, b].map((base) => fetch(`${base}/q/openapi`).then((r) => r.text())));
    check('B: both instances answer the same /q/openapi', contractA.length > 1000 && contractA === contractB,
      `${contractA.length} and ${contractB.length} characters`);

    const stopB = () => gracefulStop(backendB, b, a.api, phongTho, check);
    await (proxy ? proxy({ b, stopB }) : stopB());
  } finally {
    await stop(backendB);
    console.log(`  (two instances: ${((Date.now() - started) / 1000).toFixed(1)} s, B started included)`);
  }
}

/**
 * Asks until `ok(answer)` or one second has passed: the other instance hears of a commit asynchronously, within
 * milliseconds. Answers the last answer and `took`: how many asks, how long.
 */
async function within(ask, ok) {
  const begin = Date.now();
  let answer = await ask();
  let asks = 1;
  while (!ok(answer) && Date.now() - begin < 1000) {
    await sleep(10);
    answer = await ask();
    asks++;
  }
  return { answer, took: `${asks === 1 ? 'first read' : `read ${asks}`}, ${Date.now() - begin} ms` };
}

/** B caches the programme's periods (second-level and query cache); A adds one and moves its end; B sees both. */
async function periodsThroughBoth(a, b, admin, call, json, check) {
  const periods = (base) => call(base, '/api/v1/programs/1TRIEU-SK/periods', admin).then(json);
  const before = await periods(b); // into B's caches
  await periods(b);
  const code = `Q-${randomUUID().slice(0, 6).toUpperCase()}`;
  const body = { code, name: 'Quý thử hai máy chủ', kind: 'QUARTER', parentCode: '2022-2023', startsOn: '2022-01-01', endsOn: '2022-03-31' };
  const created = await json(await call(a, '/api/v1/programs/1TRIEU-SK/periods', admin, { method: 'POST', body: JSON.stringify(body) }));
  const added = await within(() => periods(b), (r) => r.body?.some((p) => p.code === code));
  check(`B: a period added through A is listed through B (${added.took}; B had the list cached)`, before.status === 200
    && created.status === 201 && added.answer.body?.some((p) => p.code === code), `${created.status}`);
  const moved = await json(await call(a, `/api/v1/programs/1TRIEU-SK/periods/${code}`, admin, { method: 'PUT',
    body: JSON.stringify({ ...body, endsOn: '2022-06-30', version: created.body?.version }) }));
  const read = await within(() => periods(b), (r) => r.body?.find((p) => p.code === code)?.endsOn === '2022-06-30');
  check(`B: a period's dates changed through A are read through B (${read.took}; B had the period cached)`,
    moved.status === 200 && read.answer.body?.find((p) => p.code === code)?.endsOn === '2022-06-30', `${moved.status}`);
  const program = (base) => call(base, '/api/v1/programs/1TRIEU-SK', admin).then(json);
  const current = (await program(b)).body;
  const renamed = await json(await call(a, '/api/v1/programs/1TRIEU-SK', admin, { method: 'PUT', body: JSON.stringify({
    name: current.name, description: `Hai máy chủ ${randomUUID().slice(0, 8)}`, quotaRule: current.quotaRule,
    minCoauthorPercent: current.minCoauthorPercent, version: current.version }) }));
  const seen = await within(() => program(b), (r) => r.body?.version === current.version + 1);
  check(`B: a programme changed through A is read through B (${seen.took}; B had it cached)`, renamed.status === 200
    && seen.answer.body?.version === current.version + 1, `${renamed.status} ${JSON.stringify(renamed.body)?.slice(0, 200)}`);
}

/** Dossiers submitted at the same moment through both instances get distinct, consecutive receipt numbers. */
async function receiptNumbers(a, b, token, call, json, dossier, check) {
  const count = 8;
  const drafts = await Promise.all(Array.from({ length: count }, (_, i) => call(i % 2 ? b : a, '/api/v1/initiatives', token,
    { method: 'POST', body: dossier('LCH-PT') }).then(json)));
  const submitted = await Promise.all(drafts.map((d, i) => call(i % 2 ? a : b, `/api/v1/initiatives/${d.body?.id}/submit`, token,
    { method: 'POST', body: JSON.stringify({ version: d.body?.version }) }).then(json)));
  const numbers = submitted.map((s) => s.body?.receiptNumber).filter(Boolean);
  const serials = numbers.map((n) => Number(n.slice(n.lastIndexOf('-') + 1))).sort((x, y) => x - y);
  check(`B: ${count} dossiers submitted at once through both get distinct, consecutive receipt numbers`,
    submitted.every((s) => s.status === 200) && new Set(numbers).size === count && serials[count - 1] - serials[0] === count - 1,
    `${submitted.map((s) => s.status)} ${numbers}`);
}

/** The same file imported through both at the same moment makes one batch: one imports, the other waits its turn. */
async function oneImport(a, b, token, call, json, check) {
  const file = importFile(2000);
  const send = (base) => importInto(base, token, file);
  const answers = await Promise.all([send(a), send(b)]);
  const imported = answers.filter((r) => r.status === 200 && r.body?.replayed === false);
  const others = answers.filter((r) => !imported.includes(r));
  const again = await send(b);
  const count = await json(await call(a, `/api/v1/initiatives?q=${file.tag}&size=1`, token));
  const how = others.map((r) => (r.status === 409 ? '409, the other holds it' : 'the replay')).join();
  check(`B: the same file imported through both at the same moment makes one batch (the other got ${how})`,
    imported.length === 1 && imported[0].body.imported === 2000 && others.every((r) => r.status === 409
      || (r.status === 200 && r.body.replayed && r.body.batchId === imported[0].body.batchId))
    && again.body?.replayed === true && again.body.batchId === imported[0].body.batchId && count.body?.totalItems === 2000,
    `${answers.map((r) => `${r.status} ${r.body?.replayed ?? r.body?.type}`)}, total ${count.body?.totalItems}`);
}

/** A CSV of `rows` new dossiers for Phong Thổ, unique to this run. */
function importFile(rows) {
  const tag = randomUUID().slice(0, 8);
  const lines = ['Mã đơn vị,Tên sáng kiến,Tóm tắt,Loại giải pháp,Lĩnh vực,Ngày áp dụng lần đầu,Trạng thái,Tác giả'];
  for (let row = 1; row <= rows; row++) {
    lines.push(`LCH-PT,Sáng kiến nhập hai máy ${tag} số ${row},Tóm tắt,TECHNICAL,SOCIO_ECONOMIC,15/03/2022,DRAFT,Lò Văn Minh`);
  }
  return { tag, body: `${lines.join('\n')}\n` };
}

const importInto = (base, token, file) => fetch(`${base}/api/v1/imports/initiatives?program=1TRIEU-SK&mode=ALL_OR_NOTHING`,
  { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv' }, body: file.body })
  .then(async (r) => ({ status: r.status, body: await r.json().catch(() => null), at: Date.now() }), (e) => ({ status: e.message, at: Date.now() }));

/**
 * SIGTERM while an import runs on B: readiness goes DOWN at once while B still serves (the delay), the import in
 * flight is answered after the delay (quarkus.shutdown.timeout), then B exits by itself; A serves on.
 */
async function gracefulStop(backendB, b, a, token, check) {
  const rows = 20_000;
  const inFlight = importInto(b, token, importFile(rows));
  await sleep(400);
  backendB.part.stopping = true; // asked to end: not a part that died
  const signalled = Date.now();
  process.kill(-backendB.pid, 'SIGTERM');
  await sleep(300);
  const ready = await fetch(`${b}/q/health/ready`).then((r) => r.status, (e) => e.message);
  const served = await fetch(`${b}/api/v1/programs`, { headers: { Authorization: `Bearer ${token}` } }).then((r) => r.status, (e) => e.message);
  check('B: after SIGTERM its readiness is DOWN (503) while it still answers requests for the delay', ready === 503 && served === 200,
    `readiness ${ready}, request ${served}`);
  // On these 2 cores the import outlasts the delay (answered 2.3 to 3.8 s after SIGTERM), so the shutdown's wait for
  // requests in flight is what lets it finish; a much faster machine may answer it within the delay.
  const answer = await inFlight;
  const after = answer.at - signalled;
  check(`B: an import of ${rows} rows in flight at SIGTERM is answered, ${after} ms after it (${after > 2000 ? 'after' : 'within'} the 2 s delay)`,
    answer.status === 200 && answer.body?.imported === rows && after > 0, `status ${answer.status}`);
  const deadline = Date.now() + 15_000;
  while (!exited(backendB) && Date.now() < deadline) await sleep(100);
  const served2 = (await fetch(`${a}/api/v1/programs`, { headers: { Authorization: `Bearer ${token}` } })).status;
  check(`B: then it ends by itself (${backendB.exitCode ?? backendB.signalCode}, ${Date.now() - signalled} ms after SIGTERM) and A serves on`,
    exited(backendB) && [0, 143].includes(backendB.exitCode) && served2 === 200, `A: ${served2}`);
}
