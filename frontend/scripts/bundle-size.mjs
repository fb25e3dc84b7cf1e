// The JavaScript a browser loads before the dashboard shows: the entry, the signed-in app's chunk, the dashboard
// route's chunk and everything they import statically (dynamic imports such as the chart are left out), gzipped.
// Run after `npm run build`; fails when above the budget (300 KB gzipped, issue 6).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const BUDGET_KB = Number(process.env.BUDGET_KB ?? 300);
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('index.html'));
// The signed-in app (router, data, shell) is loaded on its own once there is a session: it is part of the way too.
const shellKey = Object.keys(manifest).find((k) => k.endsWith('src/app/SignedInApp.tsx'));
const routeKey = Object.keys(manifest).find((k) => k.includes('features/dashboard/routes/DashboardRoute'));
if (!entryKey || !shellKey || !routeKey) throw new Error('entry, signed-in app or dashboard route not found in the manifest');

const files = new Set();
function walk(key) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const dep of chunk.imports ?? []) walk(dep);
}
walk(entryKey);
walk(shellKey);
walk(routeKey);

let total = 0;
const rows = [];
for (const file of files) {
  if (!file.endsWith('.js')) continue;
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  rows.push([file, size]);
}
rows.sort((a, b) => b[1] - a[1]);
for (const [file, size] of rows) console.log(`${(size / 1024).toFixed(1).padStart(8)} KB  ${file}`);
const kb = total / 1024;
console.log(`dashboard route initial JS: ${kb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (kb > BUDGET_KB) {
  console.error('over budget');
  process.exit(1);
}
