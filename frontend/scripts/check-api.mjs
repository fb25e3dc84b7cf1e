// Fails when the committed API types (src/lib/api/schema.d.ts) are not what `npm run gen:api` makes from the root
// openapi.yaml today: regenerates them into a temporary file with the same openapi-typescript and compares.
// Fix: `npm run gen:api` and commit the result.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(root, 'src', 'lib', 'api', 'schema.d.ts');
const dir = mkdtempSync(join(tmpdir(), 'sangkien-api-'));
const fresh = join(dir, 'schema.d.ts');
try {
  const cli = join(root, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
  const run = spawnSync(process.execPath, [cli, join(root, '..', 'openapi.yaml'), '-o', fresh], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    console.error('check:api: openapi-typescript failed');
    process.exit(1);
  }
  const want = readFileSync(fresh, 'utf8').split('\n');
  const have = readFileSync(committed, 'utf8').split('\n');
  if (want.join('\n') === have.join('\n')) {
    console.log('check:api: src/lib/api/schema.d.ts matches openapi.yaml');
  } else {
    const line = want.findIndex((l, i) => l !== have[i]);
    console.error(`check:api: src/lib/api/schema.d.ts differs from what openapi.yaml gives (first at line ${line + 1}):`);
    console.error(`  committed: ${have[line] ?? '(end of file)'}`);
    console.error(`  generated: ${want[line] ?? '(end of file)'}`);
    console.error('run `npm run gen:api` in frontend/ and commit the result');
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
