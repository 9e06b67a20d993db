import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { createTestDatabase, holdLock, type TestDatabase } from '../support/database.js';
import { CRASH_ROWS, expectImportedOnce, IMPORT, importCsv, killMidLine, startImport } from './crash-import.js';
import {
  gqlAt as gql,
  killHard,
  signIn,
  startApi,
  stopProcess,
  until,
  type GraphQLAnswer as Answer,
  type RunningServer,
} from '../support/server.js';

/**
 * Fault drills against the built API (needs `npm run build`; npm test builds first): real API processes on one
 * PostgreSQL, killed hard, run side by side, raced. Each drill says what must hold.
 */
const env = (db: TestDatabase) => ({
  DATABASE_URL: db.url,
  SEED_DEMO: '1',
  JWT_SECRET: 'fault-drills-secret-of-at-least-thirty-two-characters',
  MUTATIONS_PER_MINUTE: '100000',
  // A job whose API was killed is taken up again 3 s after its lock's last renewal, not BullMQ's 30 s.
  JOB_STALL_MS: '3000',
  REDIS_URL: undefined,
});

describe('fault drills on real processes', () => {
  let db: TestDatabase;
  let a: RunningServer;
  let sql: pg.Client;
  let token: string;
  const count = async (query: string, params: unknown[] = []) => Number((await sql.query(query, params)).rows[0].n);

  beforeAll(async () => {
    db = await createTestDatabase();
    a = await startApi(env(db));
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    token = await signIn(a.url, 'secretariat@demo.local', 'demo', '10.0.0.1');
  }, 180_000);

  afterAll(async () => {
    await sql?.end();
    if (a) await stopProcess(a);
    await db?.drop();
  });

  /** A new API process on the same database after a crash, signed in again (from an address of its own). */
  async function restart(restartedFrom: string) {
    a = await startApi(env(db));
    token = await signIn(a.url, 'secretariat@demo.local', 'demo', restartedFrom);
  }

  it('two editors on one version: one wins, the other is told CONFLICT, nothing is lost or mixed', async () => {
    const { rows } = await sql.query(
      `SELECT id, version FROM assistance_request WHERE status = 'RECEIVED' ORDER BY id LIMIT 1`,
    );
    const [{ id, version }] = rows;
    const edit = (description: string) =>
      gql(
        a.url,
        `mutation($id: ID!, $v: Int!, $d: String!) {
          updateAssistanceRequest(id: $id, expectedVersion: $v, input: { description: $d }) { version description } }`,
        { id, v: version, d: description },
        { token },
      );
    type Edited = { updateAssistanceRequest: { version: number; description: string } };
    const answers = (await Promise.all([edit('First editor’s words'), edit('Second editor’s words')])) as Array<
      Answer<Edited>
    >;
    const won = answers.filter((r) => r.data?.updateAssistanceRequest);
    const lost = answers.filter((r) => !r.data?.updateAssistanceRequest);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const saved = (await sql.query(`SELECT description, version FROM assistance_request WHERE id = $1`, [id])).rows[0];
    expect(saved).toEqual({
      description: won[0].data!.updateAssistanceRequest.description,
      version: version + 1,
    });
  });

  it('20 concurrent sends of one idempotency key log one request and one workshop outcome, the same answer to all', async () => {
    const key = `drill-${randomUUID()}`;
    const before = await count(`SELECT count(*) AS n FROM assistance_request`);
    const log = () =>
      gql<{ logAssistanceRequest: { id: string } }>(
        a.url,
        `mutation($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { id } }`,
        {
          input: {
            stateIso3: 'KEN',
            kind: 'TRAINING',
            topics: ['cybercrime'],
            priorityAreaCode: 'B',
            receivedOn: '2008-09-01',
            channel: 'letter',
            description: 'Sent twenty times by a flaky line',
            idempotencyKey: key,
          },
        },
        { token },
      );
    const logged = await Promise.all(Array.from({ length: 20 }, log));
    expect(logged.map((r) => r.errors ?? null)).toEqual(Array(20).fill(null));
    expect(new Set(logged.map((r) => r.data!.logAssistanceRequest.id)).size).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM assistance_request`)).toBe(before + 1);

    const { rows } = await sql.query(
      `SELECT w.id, p.state_iso3 FROM workshop w JOIN workshop_participant p ON p.workshop_id = w.id
        WHERE w.starts_on < now() AND w.status <> 'CANCELLED' ORDER BY w.starts_on LIMIT 1`,
    );
    const [{ id: workshopId, state_iso3: stateIso3 }] = rows;
    const outcomeKey = `drill-${randomUUID()}`;
    const requestsBefore = await count(`SELECT count(*) AS n FROM assistance_request`);
    const outcomesBefore = await count(`SELECT count(*) AS n FROM workshop_outcome_submission`);
    const record = () =>
      gql<{ recordWorkshopOutcome: { id: string; version: number } }>(
        a.url,
        `mutation($w: ID!, $input: WorkshopOutcomeInput!) { recordWorkshopOutcome(workshopId: $w, input: $input) { id version } }`,
        {
          w: workshopId,
          input: {
            checklistsCompleted: 3,
            conclusions: 'Recorded from a queue that sent it twenty times',
            followUps: [{ stateIso3, kind: 'TRAINING', topics: ['cybercrime'] }],
            idempotencyKey: outcomeKey,
          },
        },
        { token },
      );
    const recorded = await Promise.all(Array.from({ length: 20 }, record));
    expect(recorded.map((r) => r.errors ?? null)).toEqual(Array(20).fill(null));
    expect(new Set(recorded.map((r) => JSON.stringify(r.data!.recordWorkshopOutcome))).size).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM workshop_outcome_submission`)).toBe(outcomesBefore + 1);
    // One follow-up, logged once.
    expect(await count(`SELECT count(*) AS n FROM assistance_request`)).toBe(requestsBefore + 1);
  });

  it('40 simultaneous sign-ins on one account (39 wrong, then the right one): the throttle holds', async () => {
    const attempt = (password: string, i: number) =>
      gql(
        a.url,
        `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
        { e: 'viewer@demo.local', p: password },
        // Spread over addresses, so the account's own limit is what is tested.
        { ip: `10.1.${Math.floor(i / 4)}.${i % 4}` },
      );
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(i === 39 ? 'demo' : 'wrong', i)));
    const reasons = answers.map((r) => (r.data?.login ? 'SIGNED_IN' : r.errors![0].extensions!.reason));
    const checked = reasons.filter((r) => r !== 'THROTTLED');
    // Five failures lock the account: at most five attempts ever reach the password check.
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(reasons.filter((r) => r === 'THROTTLED').length).toBeGreaterThanOrEqual(35);
    expect(answers.every((r) => r.status < 500)).toBe(true);
  });

  it('kill -9 of the API in the middle of an import line, then a restart: each row once, the counters true', async () => {
    const before = await count(`SELECT count(*) AS n FROM assistance_request`);
    const id = await startImport(a.url, token, 'Crash drill');
    const t0 = Date.now();
    const cut = await killMidLine(db.url, id, 'Crash drill', () => killHard(a));
    const t1 = Date.now();
    await restart('10.0.0.2');
    await expectImportedOnce(db.url, id, 'Crash drill', before);
    console.log(
      `Import drill: killed after ${t1 - t0} ms with ${cut} of ${CRASH_ROWS} rows in (one more logged, not ` +
        `committed); the restarted API finished the import ${Date.now() - t1} ms later`,
    );
  });

  it('kill -9 of the API while it makes a report, then a restart: the report is made once, whole', async () => {
    const reportsBefore = await count(`SELECT count(*) AS n FROM report`);
    const { rows: expected } = await sql.query<{ id: string }>(`SELECT id FROM assistance_request ORDER BY id`);
    // The report's job marks it running, then reads the requests: it waits there on this lock, and is killed.
    const lock = await holdLock(db.url, 'LOCK TABLE assistance_request IN ACCESS EXCLUSIVE MODE');
    let reportId: string;
    try {
      const asked = await gql<{ requestReport: { id: string } }>(
        a.url,
        `mutation { requestReport(kind: ASSISTANCE_REQUESTS) { id } }`,
        {},
        { token },
      );
      expect(asked.errors).toBeUndefined();
      reportId = asked.data!.requestReport.id;
      await lock.blocks('%assistance_request%');
      expect((await sql.query(`SELECT status, progress FROM report WHERE id = $1`, [reportId])).rows[0]).toEqual({
        status: 'RUNNING',
        progress: 1,
      });
      await killHard(a);
    } finally {
      await lock.release();
    }
    const t1 = Date.now();
    await restart('10.0.0.3');
    await until('the report to be made after the restart', async () => {
      const n = await count(`SELECT count(*) AS n FROM report WHERE id = $1 AND status IN ('DONE', 'FAILED')`, [
        reportId,
      ]);
      return n === 1;
    });
    console.log(`Report drill: the restarted API made the report ${Date.now() - t1} ms after the kill`);
    const { rows } = await sql.query(
      `SELECT status, progress, rows, error, convert_from(content, 'UTF8') AS content FROM report WHERE id = $1`,
      [reportId],
    );
    expect(rows[0]).toMatchObject({ status: 'DONE', progress: 100, error: null, rows: expected.length });
    // One report, one file: every request in it once, none missing, none twice.
    expect(await count(`SELECT count(*) AS n FROM report`)).toBe(reportsBefore + 1);
    const file = parse(rows[0].content as string, { columns: true, bom: true }) as Array<{ id: string }>;
    expect(file.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id));
  });

  it('two API processes on one database: a session valid on both, each job run once', async () => {
    const b = await startApi(env(db));
    try {
      const me = `{ me { email } }`;
      expect((await gql(a.url, me, {}, { token })).data).toEqual({ me: { email: 'secretariat@demo.local' } });
      expect((await gql(b.url, me, {}, { token })).data).toEqual({ me: { email: 'secretariat@demo.local' } });

      const before = await count(`SELECT count(*) AS n FROM assistance_request`);
      const ids = await Promise.all(
        [a, b, a, b].map(async (server, i) => {
          const res = await gql<{ importAssistanceRequests: { id: string } }>(
            server.url,
            IMPORT,
            { csv: importCsv(50, `Twin drill ${i}`), f: `twin-${i}.csv` },
            { token },
          );
          return res.data!.importAssistanceRequests.id;
        }),
      );
      for (const id of ids) {
        await until('each import to finish', async () => {
          const n = await count(`SELECT count(*) AS n FROM request_import WHERE id = $1 AND status = 'DONE'`, [id]);
          return n === 1;
        });
      }
      expect(await count(`SELECT count(*) AS n FROM assistance_request`)).toBe(before + 200);
      expect(await count(`SELECT sum(imported_rows) AS n FROM request_import WHERE id = ANY($1)`, [ids])).toBe(200);

      const report = await gql<{ requestReport: { id: string } }>(
        b.url,
        `mutation { requestReport(kind: ASSISTANCE_REQUESTS) { id } }`,
        {},
        { token },
      );
      const reportId = report.data!.requestReport.id;
      await until('the report to be made', async () => {
        const n = await count(`SELECT count(*) AS n FROM report WHERE id = $1 AND status = 'DONE'`, [reportId]);
        return n === 1;
      });
    } finally {
      await stopProcess(b);
    }
  });
});
