// A read replica (README, "Read replica"), part of scripts/stack-test.mjs: a real PostgreSQL streaming replica of the
// stack's database (pg_basebackup, then the embedded server started on the copy as a hot standby) and a backend (C)
// on the primary with SANGKIEN_REPLICA_JDBC_URL. Searches and reports go to the replica (header Sangkien-Read-From),
// what was just saved is found at once, and with the replica gone they are served by the primary.
import { join } from 'node:path';
import { pgTool } from './pg-tools.mjs';
import { databasePassword, startBackend, startDatabase, stop } from './stack.mjs';

/**
 * `a`: the running stack ({ api, dbPort, dataDir }); `token()` Phong Thổ's officer's fresh token, `reporter()` the
 * reporting client's; `dossier(unitCode, title)` a new dossier's body. C listens on `port`, the replica on `dbPort`.
 */
export async function readReplica({ a, token, reporter, dossier, port, dbPort, keycloakPort, workDir, check }) {
  const password = databasePassword(a.dataDir);
  const replicaDir = join(workDir, 'replica');
  pgTool('pg_basebackup', ['-h', '127.0.0.1', '-p', String(a.dbPort), '-U', 'postgres', '-D', replicaDir,
    '--write-recovery-conf', '--wal-method=stream', '--checkpoint=fast'], { env: { PGPASSWORD: password } });
  const replica = await startDatabase({ dataDir: replicaDir, port: dbPort, logFile: join(workDir, 'replica.log') });
  const primaryDb = { url: `jdbc:postgresql://127.0.0.1:${a.dbPort}/postgres`, username: 'postgres', password };
  let c;
  try {
    const standby = pgTool('psql', ['-h', '127.0.0.1', '-p', String(dbPort), '-U', 'postgres', '-d', 'postgres', '-XAtq', '-c',
      'select pg_is_in_recovery()'], { env: { PGPASSWORD: password } }).trim();
    check('a streaming replica of the database runs as a hot standby (pg_basebackup)', standby === 't', standby);
    c = await startBackend({ port, database: primaryDb, keycloakPort, logFile: join(workDir, 'backend-replica.log'),
      env: { SANGKIEN_REPLICA_JDBC_URL: `jdbc:postgresql://127.0.0.1:${dbPort}/postgres` } });
    const api = `http://127.0.0.1:${port}`;
    const officer = await token();
    const get = async (base, path, bearer = officer) => {
      const response = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${bearer}` } });
      return { status: response.status, from: response.headers.get('sangkien-read-from'), body: await response.text() };
    };

    const report = '/api/v1/reports/progress?program=1TRIEU-SK&period=GD1&root=LCH&depth=2';
    const reporting = await reporter();
    // A replica that failed a read is left alone for 10 s (HeavyReads): allow one such pause just after its start.
    const began = Date.now();
    let onReplica = await get(api, report, reporting);
    const first = onReplica.from;
    while (onReplica.from !== 'replica' && Date.now() - began < 15_000) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      onReplica = await get(api, report, reporting);
    }
    const onPrimary = await get(a.api, report, reporting);
    check(`C: the progress report is read from the replica, and equals the primary's (first answer from ${first}, `
      + `replica after ${((Date.now() - began) / 1000).toFixed(1)} s)`,
    onReplica.status === 200 && onReplica.from === 'replica' && onReplica.body === onPrimary.body,
    `${onReplica.status} from ${onReplica.from}`);
    const byId = await get(api, '/api/v1/programs/1TRIEU-SK');
    check('C: other reads stay on the primary (no replica header)', byId.status === 200 && byId.from === null, `${byId.from}`);

    // Read-your-writes: each dossier saved through A or C is found by the very next search through C.
    let found = 0;
    const sources = new Set();
    for (let i = 0; i < 10; i++) {
      const title = `Sáng kiến bản sao ${Date.now().toString(36)} ${i}`;
      const writer = i % 2 === 0 ? api : a.api;
      const filed = await fetch(`${writer}/api/v1/initiatives`, { method: 'POST', body: dossier('LCH-PT', title),
        headers: { Authorization: `Bearer ${officer}`, 'Content-Type': 'application/json' } });
      const search = await get(api, `/api/v1/initiatives?q=${encodeURIComponent(title)}&size=5`);
      sources.add(search.from);
      if (filed.status === 201 && search.status === 200 && JSON.parse(search.body).items?.some((d) => d.title === title)) found++;
    }
    check(`C: a dossier just saved (through C or A) is found by the next search through C: ${found} of 10 `
      + `(read from ${[...sources].join(' and ')})`, found === 10);

    await stop(replica);
    const started = Date.now();
    const withoutReplica = await get(api, report, reporting);
    const again = await get(api, report, reporting);
    const seconds = (Date.now() - started) / 1000;
    const primaryNow = await get(a.api, report, reporting);
    check(`C: with the replica stopped, reports are served by the primary (${seconds.toFixed(1)} s for two)`,
      withoutReplica.status === 200 && withoutReplica.from === 'primary' && again.from === 'primary'
        && again.body === primaryNow.body, `${withoutReplica.status} from ${withoutReplica.from}`);
  } finally {
    await stop(c);
    await stop(replica);
  }
}
