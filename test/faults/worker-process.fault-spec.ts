import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startApi, startWorker, stopProcess, type RunningProcess } from '../support/processes.js';
import { gqlAt, signIn } from '../support/server.js';

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
  let api: RunningProcess & { url: string };
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
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM assistance_request WHERE description LIKE '%(worker drill)'`,
      );
      expect(rows[0].n).toBe(3);
    } finally {
      await client.end();
    }
    // The worker stops on SIGTERM by itself, cleanly.
    expect(await stopProcess(worker)).toBe(0);
    worker = undefined;
  });
});
