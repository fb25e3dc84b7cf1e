// An outside contract fuzzer over every operation of openapi.yaml: Portman (@apideck/portman, pinned in
// scripts/fuzz/package.json) turns the contract and scripts/fuzz/portman-config.json into a Postman collection —
// one request per operation with real values from the seed data and from objects created earlier in the run, its
// contract tests, and fuzzing variations (a required field left out, a number under its minimum or over its maximum,
// a text shorter or longer than allowed) — and Newman runs it, once with an admin's token and once with a unit
// officer's. To every request, variations included, this adds one check of its own, taken from openapi.yaml: no 5xx,
// the status is one the operation documents, with the content type documented for it, and a JSON body valid against
// the schema documented for that status (Portman's own tests only know the operation's first response).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './stack.mjs';

const FUZZ_DIR = join(ROOT, 'scripts', 'fuzz');
const CONFIG = join(FUZZ_DIR, 'portman-config.json');
const require = createRequire(join(FUZZ_DIR, 'package.json'));
const UNKNOWN_FORMATS = ['int32', 'int64', 'float', 'double', 'date', 'date-time'];

/** method + path template → status → { content type → schema (dereferenced; null for no body) } */
async function documentedResponses() {
  const SwaggerParser = require('@apidevtools/swagger-parser');
  const spec = await SwaggerParser.dereference(join(ROOT, 'openapi.yaml'), { dereference: { circular: 'ignore' } });
  const operations = {};
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!operation.responses) continue;
      operations[`${method.toUpperCase()} ${path}`] = Object.fromEntries(Object.entries(operation.responses)
        .map(([status, response]) => [status, Object.fromEntries(Object.entries(response.content ?? {})
          .map(([type, media]) => [type, media.schema ?? null]))]));
    }
  }
  // UnitNode holds UnitNodes: what stays a $ref after dereferencing is checked as an object, not followed.
  return JSON.parse(JSON.stringify(operations, (key, value) => (value?.$ref ? { type: 'object' } : value)));
}

/** The check added to every request (Postman sandbox code): operation and documented responses are inlined. */
function contractCheck(operation, documented) {
  return `
// Sáng kiến: documented status, content type and schema for whatever status came back (fuzz.mjs)
(function () {
  const operation = ${JSON.stringify(operation)};
  const documented = ${JSON.stringify(documented)};
  const code = pm.response.code;
  pm.test(operation + ' - no 5xx', function () { pm.expect(code, 'status').to.be.below(500); });
  const media = documented[String(code)];
  pm.test(operation + ' - status is documented', function () {
    pm.expect(media, 'status ' + code + ' is not among ' + Object.keys(documented).join(', ')).to.not.equal(undefined);
  });
  if (!media || Object.keys(media).length === 0) return;
  const type = (pm.response.headers.get('Content-Type') || '').split(';')[0].trim();
  pm.test(operation + ' - content type is documented for its status', function () {
    pm.expect(Object.keys(media), 'Content-Type ' + type + ' for ' + code).to.include(type);
  });
  const schema = media[type];
  if (schema && /json/.test(type)) {
    pm.test(operation + ' - body is valid against the schema of its status', function () {
      pm.response.to.have.jsonSchema(schema, { unknownFormats: ${JSON.stringify(UNKNOWN_FORMATS)} });
    });
  }
})();`;
}

function requestsOf(folder) {
  return folder.item ? folder.item.flatMap(requestsOf) : [folder];
}

/**
 * Generates the collection with Portman, puts the main requests in the order of globals.orderOfOperations across
 * folders (a dossier is created, submitted, assigned, recognised… in that order, though tags put these steps in
 * different folders), the fuzzing variations after them, and adds the contract check to each.
 */
async function collection(workDir, { contractTests }) {
  const config = JSON.parse(readFileSync(CONFIG, 'utf8'));
  if (!contractTests) { // the second role: the same requests and variations, only the check from openapi.yaml
    config.tests.contractTests = [];
    for (const variation of config.tests.variationTests) for (const v of variation.variations) v.tests = { contractTests: [] };
  }
  const configFile = join(workDir, `portman-config-${contractTests}.json`);
  writeFileSync(configFile, JSON.stringify(config));
  const output = join(workDir, `collection-${contractTests}.json`);
  const portman = spawnSync(process.execPath, [join(FUZZ_DIR, 'node_modules', '@apideck', 'portman', 'bin', 'portman'),
    '--local', join(ROOT, 'openapi.yaml'), '--portmanConfigFile', configFile, '--output', output,
    '--baseUrl', '{{baseUrl}}', '--ignoreCircularRefs', '--no-warn', '--logAssignVariables', 'false'],
  { cwd: workDir, encoding: 'utf8' });
  if (portman.status !== 0) throw new Error(`portman failed: ${portman.stdout}\n${portman.stderr}`);
  const generated = JSON.parse(readFileSync(output, 'utf8'));
  const documented = await documentedResponses();
  const order = config.globals.orderOfOperations;
  const operationOf = (item) => `${item.request.method} /${item.request.url.path.join('/').replace(/:(\w+)/g, '{$1}')}`;
  const rank = (item) => { const i = order.indexOf(operationOf(item).replace(' ', '::')); return i < 0 ? order.length : i; };
  const main = generated.item.filter((f) => f.name !== 'Variation Tests').flatMap(requestsOf);
  const variations = generated.item.filter((f) => f.name === 'Variation Tests').flatMap(requestsOf);
  main.sort((a, b) => rank(a) - rank(b));
  const upload = join(workDir, 'dossier.pdf');
  writeFileSync(upload, '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
  for (const item of [...main, ...variations]) {
    const operation = operationOf(item);
    if (!documented[operation]) throw new Error(`no operation ${operation} in openapi.yaml`);
    for (const field of item.request.body?.formdata ?? []) if (field.type === 'file') field.src = upload;
    const test = item.event?.find((e) => e.listen === 'test');
    const script = contractCheck(operation, documented[operation]).split('\n');
    if (test) test.script.exec.push(...script);
    else (item.event ??= []).push({ listen: 'test', script: { type: 'text/javascript', exec: script } });
  }
  generated.item = [...main, ...variations];
  return generated;
}

/** Decisions are dated on or after submission, which the API dates in Vietnam time. */
function vietnamToday() {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

function runNewman(collectionJson, variables) {
  const newman = require('newman');
  return new Promise((resolve, reject) => {
    newman.run({ collection: collectionJson, envVar: Object.entries(variables).map(([key, value]) => ({ key, value })),
      reporters: [], timeoutRequest: 30_000 }, (error, summary) => (error ? reject(error) : resolve(summary)));
  });
}

/**
 * Runs the fuzzer against a running backend, once per role (`token` is a function: a fresh token for each run, as
 * one lives 5 minutes; `evaluatorToken` likewise, for the score sheet, which only an assigned evaluator may fill;
 * `deciderToken` for recognise and validate, which nobody may do on a dossier they filed: four eyes; a role's
 * `username` is its account, linked to the dossier's first author, who confirms and corrects that row).
 * Returns { requests, assertions, seconds, failures } where each failure names the role, the request as sent, the
 * status that came back and the broken assertion.
 */
export async function fuzz({ api, roles, evaluatorToken, deciderToken }) {
  const started = Date.now();
  const workDir = mkdtempSync(join(tmpdir(), 'sangkien-fuzz-'));
  const result = { requests: 0, assertions: 0, failures: [] };
  try {
    for (const { name, username, token, contractTests } of roles) {
      const summary = await runNewman(await collection(workDir, { contractTests }), { baseUrl: api, token: await token(),
        evaluatorToken: await evaluatorToken(), deciderToken: await deciderToken(), username, runId: `${name}-${Date.now().toString(36)}`.toUpperCase(), today: vietnamToday() });
      result.requests += summary.run.stats.requests.total;
      result.assertions += summary.run.stats.assertions.total;
      for (const failure of summary.run.failures) {
        const execution = summary.run.executions.find((e) => e.cursor?.ref === failure.cursor?.ref);
        const request = execution?.request ?? failure.source?.request;
        result.failures.push({ role: name, request: failure.source?.name,
          call: request ? `${request.method} ${request.url.toString()}` : '', status: execution?.response?.code,
          body: request?.body?.raw?.slice(0, 400), // which variation it was, when a run fails once and not again
          assertion: failure.error?.test ?? failure.error?.name, message: failure.error?.message });
      }
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  return { ...result, seconds: (Date.now() - started) / 1000 };
}

/**
 * One line per distinct failure: the same broken rule seen by both roles, or by Portman's test and the added check,
 * is printed once with who saw it.
 */
export function describeFailures(failures) {
  const lines = new Map();
  for (const f of failures) {
    const line = `${f.call.replace(/^(\w+) https?:\/\/[^/]+/, '$1 ')} → ${f.status}: ${(f.message ?? '').replace(/\s+/g, ' ').slice(0, 500)}`
      + (f.request ? `\n         request: ${f.request}` : '') // which variation (Portman's name), when it fails once and not again
      + (f.body ? `\n         body: ${f.body.replace(/\s+/g, ' ')}` : '');
    const seen = lines.get(line) ?? new Set();
    seen.add(`${f.role}: ${(f.assertion ?? '').replace(/^.* - /, '')}`);
    lines.set(line, seen);
  }
  return [...lines].map(([line, seen]) => `${line} [${[...seen].join('; ')}]`);
}
