// Backups that restore (README, "Backups and restore"), part of scripts/stack-test.mjs: `make backup` of the running
// stack's database, `make restore` into a fresh data folder, and a backend started on the restored one. Every table is
// compared row for row with the original (a digest of each table's rows, attachments' bytes and progress counters
// included), and the restored backend answers the progress report and an attachment's download as the original does.
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { backup, restore } from '../backup.mjs';
import { pgTool } from './pg-tools.mjs';
import { databasePassword, startBackend, stop } from './stack.mjs';

/**
 * table → "rows digest" of every table of the schema public (order-independent: digests sorted before hashing). An
 * empty table's digest is "empty", never blank: the lines come in any order, and a blank last field would be trimmed.
 */
function tableDigests({ port, dataDir }) {
  const sql = `select string_agg(format('select %L, count(*), coalesce(md5(string_agg(md5(t::text), '''' order by md5(t::text))), ''empty'') from %I t',
    table_name, table_name), ' union all ' order by table_name) from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE'`;
  const args = ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-XAtq', '-F', ' '];
  const env = { PGPASSWORD: databasePassword(dataDir) };
  const query = pgTool('psql', [...args, '-c', sql], { env }).trim();
  return Object.fromEntries(pgTool('psql', [...args, '-c', query], { env }).trim().split('\n')
    .map((line) => line.split(' ')).map(([table, rows, digest]) => [table, `${rows} ${digest}`]));
}

/** A differing table's rows, for the failure's message (the first few, in id order). */
function tableRows(table, { port, dataDir }) {
  const args = ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-XAtq'];
  return pgTool('psql', [...args, '-c', `select string_agg(t::text, ' | ') from (select * from ${table} limit 5) t`],
    { env: { PGPASSWORD: databasePassword(dataDir) } }).trim();
}

/**
 * `a`: the running stack ({ api, dbPort, dataDir }); `token()` Phong Thổ's officer's fresh token, `reporter()` the
 * reporting client's; `dossier(unitCode)` a new dossier's body; the restored backend runs on `port` (its PostgreSQL on
 * `dbPort`), trusting Keycloak on `keycloakPort`.
 */
export async function backupAndRestore({ a, token, reporter, dossier, port, dbPort, keycloakPort, workDir, check }) {
  const officer = await token();
  const filed = await fetch(`${a.api}/api/v1/initiatives`, { method: 'POST', body: dossier('LCH-PT'),
    headers: { Authorization: `Bearer ${officer}`, 'Content-Type': 'application/json' } });
  const dossierId = (await filed.json()).id;
  const form = new FormData();
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n% '), randomBytes(64 * 1024), Buffer.from('\n%%EOF\n')]);
  form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'quyet-dinh.pdf');
  form.append('kind', 'EVIDENCE');
  const uploaded = await fetch(`${a.api}/api/v1/initiatives/${dossierId}/attachments`,
    { method: 'POST', headers: { Authorization: `Bearer ${officer}` }, body: form });
  const attachment = await uploaded.json();
  check('an attachment of 64 KiB is stored before the backup', uploaded.status === 201, `status ${uploaded.status}`);

  const file = join(workDir, 'stack.dump');
  const saved = await backup({ dataDir: a.dataDir, out: file });
  check(`make backup of the running database: ${(saved.bytes / 1e6).toFixed(1)} MB, ${saved.initiatives} dossiers, `
    + `${saved.attachments} attachments`, saved.initiatives > 0 && saved.attachments > 0);

  const refusal = (attempt) => attempt.then(() => 'restored', (e) => e.message);
  const overRunning = await refusal(restore({ file, dataDir: a.dataDir }));
  check('make restore refuses a database that is running, and leaves it as it was', /is running/.test(overRunning)
    && (await fetch(`${a.api}/api/v1/initiatives/${dossierId}`, { headers: { Authorization: `Bearer ${officer}` } })).status === 200,
  overRunning);
  const junk = join(workDir, 'not-a-backup.dump');
  writeFileSync(junk, pdf);
  const fromJunk = await refusal(restore({ file: junk, dataDir: join(workDir, 'never-made') }));
  check('make restore refuses a file that is not a backup before touching anything',
    /not appear to be a valid archive/.test(fromJunk) && !existsSync(join(workDir, 'never-made')), fromJunk);

  const restoredDir = join(workDir, 'restored');
  const restored = await restore({ file, dataDir: restoredDir, port: dbPort });
  check('make restore into a fresh data folder: the same dossiers, attachments and attachment bytes',
    restored.initiatives === saved.initiatives && restored.attachments === saved.attachments
      && restored.attachmentBytes === saved.attachmentBytes, JSON.stringify({ saved, restored }));

  const b = await startBackend({ port, dbPort, dataDir: restoredDir, keycloakPort, logFile: join(workDir, 'backend-restored.log') });
  try {
    const original = tableDigests({ port: a.dbPort, dataDir: a.dataDir });
    const copy = tableDigests({ port: dbPort, dataDir: restoredDir });
    const differing = Object.keys(original).filter((table) => original[table] !== copy[table]);
    const rows = Object.values(original).reduce((sum, value) => sum + Number(value.split(' ')[0]), 0);
    const detail = differing.map((table) => `${table} (original ${tableRows(table, { port: a.dbPort, dataDir: a.dataDir })}`
      + ` / restored ${tableRows(table, { port: dbPort, dataDir: restoredDir })})`);
    check(`every table of the restored database equals the original row for row (${Object.keys(original).length} tables, ${rows} rows)`,
      differing.length === 0 && Object.keys(original).length === Object.keys(copy).length && rows > 0, `differing: ${detail.join('; ')}`);

    const report = '/api/v1/reports/progress?program=1TRIEU-SK&period=GD1&root=LCH&depth=2';
    const read = async (api, path, bearer) => {
      const response = await fetch(`${api}${path}`, { headers: { Authorization: `Bearer ${bearer}` } });
      return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
    };
    const reporting = await reporter();
    const [progressA, progressB] = [await read(a.api, report, reporting), await read(`http://127.0.0.1:${port}`, report, reporting)];
    check('the restored backend answers the progress report as the original does',
      progressA.status === 200 && progressB.status === 200 && progressA.body.equals(progressB.body),
      `${progressA.status}/${progressB.status}`);
    const download = `/api/v1/initiatives/${dossierId}/attachments/${attachment.id}`;
    const fresh = await token();
    const [fileA, fileB] = [await read(a.api, download, fresh), await read(`http://127.0.0.1:${port}`, download, fresh)];
    check('the restored backend serves the attachment byte for byte',
      fileB.status === 200 && fileB.body.equals(pdf) && fileA.body.equals(fileB.body), `${fileA.status}/${fileB.status}`);
  } finally {
    await stop(b);
  }
}
