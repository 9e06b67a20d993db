import { createTestDatabase, withClient, type TestDatabase } from '../support/database.js';
import {
  gqlAt,
  killHard,
  signIn,
  startApi,
  startWorker,
  stopProcess,
  type RunningProcess,
  type RunningServer,
} from '../support/server.js';
import { CRASH_ROWS, expectImportedOnce, killMidLine, startImport } from './crash-import.js';

const IMPORT = `mutation($f: String!, $c: String!) { importAssistanceRequests(fileName: $f, csv: $c) { id status } }`;
const IMPORT_STATUS = `query($id: ID!) { requestImport(id: $id) { status totalRows importedRows } }`;
const REPORT = `mutation { requestReport(kind: FUNDING_GAPS) { id status } }`;
const REPORT_STATUS = `query($id: ID!) { report(id: $id) { status rows error } }`;

/**
 * `npm run worker` beside an API started with WORKERS=off: the API only enqueues (its jobs wait), the worker
 * process runs each job once.
 */
describe('jobs in a worker process of their own', () => {
  let db: TestDatabase;
  let api: RunningServer;
  let worker: RunningProcess | undefined;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi({ DATABASE_URL: db.url, SEED_DEMO: '1', JWT_SECRET: 'w'.repeat(40), WORKERS: 'off' });
  });
  afterAll(async () => {
    if (worker) await stopProcess(worker);
    if (api) await stopProcess(api);
    await db?.drop();
  });

  async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 60_000): Promise<T> {
    const until = Date.now() + ms;
    for (;;) {
      const value = await read();
      if (done(value) || Date.now() > until) return value;
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it('leaves jobs queued while no worker runs, and the worker runs each once', async () => {
    expect(api.output()).toMatch(/without job workers/);
    const token = await signIn(api.url);
    const csv = [
      'State,Kind,Topics,Priority area,Received on,Channel,Description',
      'Kenya,training,cybercrime,B,2009-02-01,field office,Training of prosecutors on electronic evidence (worker drill)',
      'Nepal,training,cybercrime,B,2009-02-02,letter,Mutual legal assistance workshop (worker drill)',
      'Peru,training,cybercrime,B,2009-02-03,letter,Witness protection manual (worker drill)',
    ].join('\n');
    const started = await gqlAt(api.url, IMPORT, { f: 'drill.csv', c: csv }, token);
    expect(started.errors).toBeUndefined();
    const importId = started.data!.importAssistanceRequests.id as string;
    const report = await gqlAt(api.url, REPORT, {}, token);
    expect(report.errors).toBeUndefined();
    const reportId = report.data!.requestReport.id as string;

    // The API runs no job: after a while, both still wait.
    await new Promise((r) => setTimeout(r, 2500));
    expect((await gqlAt(api.url, IMPORT_STATUS, { id: importId }, token)).data!.requestImport.status).toBe('QUEUED');
    expect((await gqlAt(api.url, REPORT_STATUS, { id: reportId }, token)).data!.report.status).toBe('QUEUED');

    worker = await startWorker({ DATABASE_URL: db.url, JWT_SECRET: 'w'.repeat(40) });
    expect(worker.output()).toMatch(/Worker running jobs of: .*(reports|imports)/);
    const imported = await poll(
      async () => (await gqlAt(api.url, IMPORT_STATUS, { id: importId }, token)).data!.requestImport,
      (i) => i.status === 'DONE' || i.status === 'FAILED',
    );
    expect(imported).toMatchObject({ status: 'DONE', totalRows: 3, importedRows: 3 });
    const made = await poll(
      async () => (await gqlAt(api.url, REPORT_STATUS, { id: reportId }, token)).data!.report,
      (r) => r.status === 'DONE' || r.status === 'FAILED',
    );
    expect(made).toMatchObject({ status: 'DONE', error: null });

    // Each row once: three requests of the drill, and the job ran once (no second attempt).
    const { rows } = await withClient(db.url, (c) =>
      c.query(`SELECT count(*)::int AS n FROM assistance_request WHERE description LIKE '%(worker drill)'`),
    );
    expect(rows[0].n).toBe(3);
    // The worker stops on SIGTERM by itself, cleanly.
    expect(await stopProcess(worker)).toBe(0);
    worker = undefined;
  });

  it('kill -9 of a worker in the middle of an import line: another worker takes the job over, each row once', async () => {
    const token = await signIn(api.url);
    const before = await withClient(db.url, async (c) =>
      Number((await c.query(`SELECT count(*) AS n FROM assistance_request`)).rows[0].n),
    );
    // Workers that take a dead one's job over 3 s after its lock's last renewal, not BullMQ's 30 s.
    const workerEnv = { DATABASE_URL: db.url, JWT_SECRET: 'w'.repeat(40), JOB_STALL_MS: '3000' };
    const first = await startWorker(workerEnv);
    const id = await startImport(api.url, token, 'Worker crash');
    const t0 = Date.now();
    let second: RunningProcess | undefined;
    try {
      const cut = await killMidLine(db.url, id, 'Worker crash', async () => {
        // The other worker is up and idle before the first dies.
        second = await startWorker(workerEnv);
        await killHard(first);
      });
      const t1 = Date.now();
      await expectImportedOnce(db.url, id, 'Worker crash', before);
      console.log(
        `Worker drill: killed after ${t1 - t0} ms with ${cut} of ${CRASH_ROWS} rows in; ` +
          `the other worker finished the import ${Date.now() - t1} ms later`,
      );
      expect(await stopProcess(second!)).toBe(0);
      second = undefined;
    } finally {
      first.kill('SIGKILL');
      if (second) await stopProcess(second);
    }
  });
});
