// The production nginx (frontend/docker/default.conf.template) in front of two running backends, part of
// scripts/stack-test.mjs. The template is rendered as the official nginx image renders it when the container starts
// (its environment: frontend/Dockerfile's ENV and this run's addresses), put into a minimal nginx.conf like the
// image's own, and run by Debian's nginx (apt-get install nginx-light) on 127.0.0.1 in front of the two instances,
// serving the built app (frontend/dist). Then real HTTP requests check the security headers, the body limits, the
// spread over both instances and that one instance stopping (for real: the caller's stopBackend) costs no request.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addPart, stopPart } from './parts.mjs';
import { PORT_OFFSET, ROOT, exited, log } from './stack.mjs';

const NGINX = process.env.SANGKIEN_NGINX ?? '/usr/sbin/nginx';
const DOCKER = join(ROOT, 'frontend', 'docker');
const DIST = join(ROOT, 'frontend', 'dist');
// Keycloak's public origin as production would have it: the pages may talk to it and frame it, nothing else.
const KC_ORIGIN = 'https://id.sangkien.example.vn';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * The official image's envsubst step (/docker-entrypoint.d/20-envsubst-on-templates.sh): $NAME and ${NAME} are
 * replaced only when NAME is set in the environment, so nginx's own $variables stay.
 */
export function renderTemplate(template, env) {
  return template.replace(/\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g,
    (whole, braced, bare) => (Object.hasOwn(env, braced ?? bare) ? env[braced ?? bare] : whole));
}

/** The ENV of frontend/Dockerfile's last stage (the nginx image): the container's environment unless overridden. */
export function imageEnvironment() {
  const dockerfile = readFileSync(join(ROOT, 'frontend', 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
  const lastStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  const env = {};
  for (const line of lastStage.split('\n').filter((l) => l.startsWith('ENV '))) {
    for (const [, name, value] of line.slice(4).matchAll(/([A-Za-z_]\w*)=("[^"]*"|\S*)/g)) env[name] = value.replace(/^"|"$/g, '');
  }
  return env;
}

function canListen(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** The first port from `from` on where nothing listens (SANGKIEN_PORT_OFFSET shifts `from`). */
async function freePort(from, taken = []) {
  for (let port = from; port < from + 100; port++) {
    if (!taken.includes(port) && await canListen(port)) return port;
  }
  throw new Error(`no free port from ${from}`);
}

/**
 * Renders the template with the image's environment and `env` into a directory of its own, checks it (nginx -t) and
 * starts nginx there in the foreground as a part (parts.mjs). Answers { url, dir, accessLog(), stop() }.
 */
export async function startNginx(name, env) {
  const dir = mkdtempSync(join(tmpdir(), 'sangkien-nginx-'));
  for (const sub of ['snippets', 'temp']) mkdirSync(join(dir, sub));
  const rendered = renderTemplate(readFileSync(join(DOCKER, 'default.conf.template'), 'utf8'), { ...imageEnvironment(), ...env });
  writeFileSync(join(dir, 'default.conf'), rendered);
  // Where the image puts it: /etc/nginx/snippets, which the template names relative to the configuration's directory.
  cpSync(join(DOCKER, 'sangkien-security-headers.conf'), join(dir, 'snippets', 'sangkien-security-headers.conf'));
  // The official image's nginx.conf, with this run's paths; the access log names the instance(s) each request went to.
  writeFileSync(join(dir, 'nginx.conf'), `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log notice;
events { worker_connections 512; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    log_format upstreams '$status "$upstream_addr" "$upstream_status" "$request"';
    access_log ${dir}/access.log upstreams;
    client_body_temp_path ${dir}/temp/body;
    proxy_temp_path ${dir}/temp/proxy;
    fastcgi_temp_path ${dir}/temp/fastcgi;
    uwsgi_temp_path ${dir}/temp/uwsgi;
    scgi_temp_path ${dir}/temp/scgi;
    sendfile on;
    keepalive_timeout 65;
    include default.conf;
}
`);
  const args = ['-p', `${dir}/`, '-c', join(dir, 'nginx.conf')];
  const test = spawnSync(NGINX, ['-t', ...args], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx refuses the rendered template (${dir}/default.conf): ${test.stderr}`);
  const child = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  child.part = addPart(name, { child });
  const url = `http://127.0.0.1:${env.NGINX_LISTEN.split(':').pop()}`;
  const deadline = Date.now() + 10_000;
  while ((await fetch(`${url}/healthz`).then((r) => r.status, () => 0)) !== 200) {
    if (exited(child) || Date.now() > deadline) {
      await stopPart(child.part);
      throw new Error(`nginx did not start: ${stderr} ${readFileSync(join(dir, 'error.log'), 'utf8').slice(-2000)}`);
    }
    await sleep(50);
  }
  let read = 0;
  return {
    url, dir,
    /** Access-log lines written since the last call: { status, upstreams: ['127.0.0.1:18080', …], statuses, request }. */
    accessLog() {
      const text = readFileSync(join(dir, 'access.log'), 'utf8');
      const end = text.lastIndexOf('\n') + 1; // a line still being written is read next time
      const lines = text.slice(read, end).split('\n').filter(Boolean);
      read = Math.max(read, end);
      return lines.map((line) => {
        const [, status, upstream, statuses, request] = line.match(/^(\d+) "([^"]*)" "([^"]*)" "([^"]*)"/);
        return { status: Number(status), upstreams: upstream === '-' ? [] : upstream.split(/, | : /), statuses, request };
      });
    },
    stop: () => stopPart(child.part),
  };
}

const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'permissions-policy'];

/** What is wrong with an answer's security headers ('' when nothing): all present, nosniff, HSTS exactly over TLS. */
function headerProblems(response, overTls) {
  const missing = SECURITY_HEADERS.filter((name) => !response.headers.get(name));
  const problems = missing.map((name) => `no ${name}`);
  if (response.headers.get('x-content-type-options') !== 'nosniff') problems.push('not nosniff');
  const hsts = response.headers.get('strict-transport-security');
  if (overTls && !/max-age=\d{7,}/.test(hsts ?? '')) problems.push(`HSTS over TLS: ${hsts}`);
  if (!overTls && hsts) problems.push(`HSTS over plain HTTP: ${hsts}`);
  return problems.join(', ');
}

/** The directives of a Content-Security-Policy as a map: name → sources. */
function csp(response) {
  return new Map((response.headers.get('content-security-policy') ?? '').split(';').map((d) => d.trim().split(/\s+/))
    .filter(([name]) => name).map(([name, ...sources]) => [name, sources]));
}

/** <script> elements without src in the built pages: the app's policy (script-src 'self') would block them. */
function inlineScripts() {
  return readdirSync(DIST).filter((f) => f.endsWith('.html')).flatMap((file) =>
    [...readFileSync(join(DIST, file), 'utf8').matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)].map((m) => `${file}: ${m[0]}`));
}

/**
 * `backends`: the two running instances' base URLs; `token()`: a bearer token that may read /api/v1/programs;
 * `stopBackend()`: stops the second instance for real (resolves once it is gone); `check(name, ok, detail)` records a
 * result. Leaves nothing running; nginx's directories are removed unless a check failed.
 */
export async function checkProxy({ backends, token, stopBackend, check }) {
  if (!existsSync(NGINX)) throw new Error(`no nginx at ${NGINX}: apt-get install nginx-light (or set SANGKIEN_NGINX)`);
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('frontend/dist is not built: cd frontend && npm ci && npm run build');
  const started = Date.now();
  let failed = false;
  const record = (name, ok, detail) => { if (!ok) failed = true; check(`proxy: ${name}`, ok, detail); };
  const [a, b] = backends.map((u) => new URL(u).host);
  const template = readFileSync(join(DOCKER, 'default.conf.template'), 'utf8');
  const image = imageEnvironment();
  const unset = [...new Set([...template.matchAll(/\$\{(\w+)\}/g)].map((m) => m[1]))].filter((n) => !Object.hasOwn(image, n));
  record('every ${NAME} of the template has a default in frontend/Dockerfile', unset.length === 0, unset.join());
  record('the built pages have no inline script (the app\'s policy allows only its own files)', inlineScripts().length === 0,
    inlineScripts().join('; '));

  const port = await freePort(18090 + PORT_OFFSET);
  const nginx = await startNginx('nginx', { NGINX_LISTEN: `127.0.0.1:${port}`, WEB_ROOT: DIST, BACKEND_1: a, BACKEND_2: b,
    UPSTREAM_RESOLVE: '', KC_ORIGIN, NGINX_LOCAL_RESOLVERS: '127.0.0.1' });
  let down = null;
  try {
    const get = (path, headers = {}) => fetch(`${nginx.url}${path}`, { headers, signal: AbortSignal.timeout(30_000) });
    const bearer = { Authorization: `Bearer ${await token()}` };

    // Security headers on the entry page, a built file, the settings, an API answer and Swagger UI; HSTS only when
    // the load balancer in front says the browser came over TLS.
    const entry = await get('/');
    const policy = csp(entry);
    record('the entry page: 200 with every security header, no HSTS over plain HTTP', entry.status === 200
      && (await entry.text()).includes('<div id="root">') && !headerProblems(entry, false), `${entry.status} ${headerProblems(entry, false)}`);
    record(`the entry page's CSP: scripts only its own, Keycloak (${KC_ORIGIN}) for sign-in calls and the renewal frame, framed only by itself`,
      policy.get('script-src')?.join(' ') === "'self'" && policy.get('connect-src')?.includes(KC_ORIGIN)
        && policy.get('frame-src')?.includes(KC_ORIGIN) && policy.get('frame-ancestors')?.join(' ') === "'self'"
        && policy.get('object-src')?.join(' ') === "'none'", entry.headers.get('content-security-policy'));
    const deepLink = await get('/initiatives/12');
    record('a client-side route loads the entry page, with the headers', deepLink.status === 200 && !headerProblems(deepLink, false),
      `${deepLink.status} ${headerProblems(deepLink, false)}`);
    const asset = readdirSync(join(DIST, 'assets')).find((f) => f.endsWith('.js'));
    const file = await get(`/assets/${asset}`);
    record(`a built file (/assets/${asset}): cached for a year, with every security header`, file.status === 200
      && /immutable/.test(file.headers.get('cache-control')) && /javascript/.test(file.headers.get('content-type'))
      && !headerProblems(file, false), `${file.status} ${file.headers.get('cache-control')} ${headerProblems(file, false)}`);
    const settings = await get('/config.js');
    record('/config.js: never cached, with every security header', settings.status === 200
      && settings.headers.get('cache-control') === 'no-store' && !headerProblems(settings, false), headerProblems(settings, false));
    nginx.accessLog();
    const read = await get('/api/v1/programs', bearer);
    const readBody = await read.json().catch(() => null);
    record('an /api read answers 200 through the proxy, with every security header and a policy that loads nothing',
      read.status === 200 && Array.isArray(readBody?.items ?? readBody) && !headerProblems(read, false)
        && csp(read).get('default-src')?.join(' ') === "'none'", `${read.status} ${headerProblems(read, false)}`);
    const overTls = await Promise.all(['/', `/assets/${asset}`, '/api/v1/programs'].map((path) =>
      get(path, { ...bearer, 'X-Forwarded-Proto': 'https' })));
    record('behind TLS (X-Forwarded-Proto: https) the entry page, a built file and an API answer carry HSTS too',
      overTls.every((r) => r.status === 200 && !headerProblems(r, true)), overTls.map((r) => `${r.status} ${headerProblems(r, true)}`).join('; '));
    const swagger = await get('/q/swagger-ui/');
    const swaggerPolicy = csp(swagger);
    const contract = await get('/q/openapi?format=json');
    record('Swagger UI and the contract are proxied; its page gets its own policy (inline scripts, Keycloak for tokens)',
      swagger.status === 200 && (await swagger.text()).includes('swagger') && swaggerPolicy.get('script-src')?.includes("'unsafe-inline'")
        && swaggerPolicy.get('connect-src')?.includes(KC_ORIGIN) && !headerProblems(swagger, false)
        && contract.status === 200 && (await contract.json()).openapi?.startsWith('3'), `${swagger.status} ${contract.status}`);
    const hidden = await Promise.all(['/q/metrics', '/q/health'].map((path) => get(path)));
    record('health and metrics are not served to the public (404)', hidden.every((r) => r.status === 404), hidden.map((r) => r.status).join());

    // Bodies: larger than the limit → nginx's 413 (no backend sees it); imports have a larger one.
    const big = Buffer.alloc(12 * 1024 * 1024, 'a');
    nginx.accessLog();
    const tooLarge = await fetch(`${nginx.url}/api/v1/initiatives`, { method: 'POST', body: big,
      headers: { ...bearer, 'Content-Type': 'application/json' } });
    const tooLargeBody = await tooLarge.json().catch(() => null);
    const tooLargeLog = nginx.accessLog();
    record('a 12 MiB body to /api/ gets nginx\'s 413 (problem+json, no backend asked)', tooLarge.status === 413
      && tooLargeBody?.type === 'urn:sangkien:problem:request-too-large' && tooLargeLog.every((l) => l.upstreams.length === 0)
      && !headerProblems(tooLarge, false), `${tooLarge.status} ${JSON.stringify(tooLargeBody)} ${JSON.stringify(tooLargeLog)}`);
    const bigImport = await fetch(`${nginx.url}/api/v1/imports/initiatives?program=1TRIEU-SK`, { method: 'POST', body: big,
      headers: { ...bearer, 'Content-Type': 'application/x-not-a-table' } });
    await bigImport.arrayBuffer();
    record('…while the same 12 MiB to the import goes through to the backend (which refuses its type: 415)',
      bigImport.status === 415, `${bigImport.status}`);

    // Spread: 50 reads, round robin over both instances, all answered.
    nginx.accessLog();
    const spread = [];
    for (let i = 0; i < 50; i++) spread.push((await get('/api/v1/programs', bearer).then(async (r) => { await r.arrayBuffer(); return r.status; })));
    // Only these reads: the 12 MiB upload above may be logged after its answer, once nginx has read the rest of it.
    // nginx writes a line after its answer: the last may come a moment later.
    const reads = [];
    for (const until = Date.now() + 3000; Date.now() < until;) {
      reads.push(...nginx.accessLog().filter((l) => l.request.startsWith('GET /api/v1/programs')));
      if (reads.length >= 50) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const served = reads.map((l) => l.upstreams.at(-1));
    const byA = served.filter((u) => u === a).length;
    const byB = served.filter((u) => u === b).length;
    record(`50 reads are spread over both instances (${byA} by the first, ${byB} by the second), all 200`,
      spread.every((s) => s === 200) && byA >= 15 && byB >= 15 && byA + byB === 50, `${spread.filter((s) => s !== 200)}`);

    // The second instance stops for real (SIGTERM, its graceful shutdown) while reads keep coming: none fails.
    const load = [];
    let loading = true;
    const reader = async () => {
      while (loading) {
        load.push(await get('/api/v1/programs', bearer).then(async (r) => { await r.arrayBuffer(); return r.status; }, (e) => e.message));
        await sleep(25);
      }
    };
    nginx.accessLog();
    const readers = [reader(), reader()];
    await stopBackend();
    const whileStopping = load.length;
    while (load.length < whileStopping + 50) await sleep(25);
    loading = false;
    await Promise.all(readers);
    const lines = nginx.accessLog();
    const retried = lines.filter((l) => l.upstreams.length > 1);
    const afterStop = lines.slice(whileStopping).map((l) => l.upstreams.at(-1));
    const errors = load.filter((s) => s !== 200);
    record(`the second instance stops during ${load.length} reads (${whileStopping} while it stopped, 50 after): 0 errors, `
      + `${retried.length} answered by the first after the second refused or was stopping (${[...new Set(retried.map((l) => l.statuses))].join(' | ')})`,
    load.length >= 100 && errors.length === 0 && afterStop.every((u) => u === a),
    `${errors.length} errors: ${[...new Set(errors)].join()}`);

    // No instance answers at all: a 503 problem with Retry-After, not nginx's error page.
    const closed = await freePort(18095 + PORT_OFFSET, [port]);
    down = await startNginx('nginx (no backend)', { NGINX_LISTEN: `127.0.0.1:${await freePort(port + 1, [closed])}`, WEB_ROOT: DIST,
      BACKEND_1: `127.0.0.1:${closed}`, BACKEND_2: `127.0.0.1:${closed}`, UPSTREAM_RESOLVE: '', KC_ORIGIN, NGINX_LOCAL_RESOLVERS: '127.0.0.1' });
    const none = await fetch(`${down.url}/api/v1/programs`, { headers: bearer });
    const noneBody = await none.json().catch(() => null);
    record('with no instance reachable, /api answers 503 problem+json with Retry-After and the security headers',
      none.status === 503 && noneBody?.type === 'urn:sangkien:problem:service-unavailable' && none.headers.get('retry-after') === '5'
        && /problem\+json/.test(none.headers.get('content-type')) && !headerProblems(none, false),
      `${none.status} ${none.headers.get('content-type')} ${JSON.stringify(noneBody)}`);
  } finally {
    await down?.stop();
    await nginx.stop();
    if (!failed) for (const dir of [nginx.dir, down?.dir].filter(Boolean)) rmSync(dir, { recursive: true, force: true });
    else log(`nginx's configuration and logs kept in ${nginx.dir}`);
    console.log(`  (proxy: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}
