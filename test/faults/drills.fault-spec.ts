import { randomUUID } from 'node:crypto';
import { ASSISTANCE_KINDS, TOPICS } from '@ta/domain';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startProcess, type RunningServer } from '../support/server.js';

/**
 * Fault drills against the built system as `npm start` runs it (needs `npm run build`; npm test builds first):
 * real API processes on one PostgreSQL, killed hard, run side by side, raced. Each drill says what must hold.
 */
type Answer<T = Record<string, unknown>> = {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
};

async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  opts: { token?: string; ip?: string } = {},
): Promise<Answer<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      // The API trusts the loopback proxy's address: each drill signs in from an address of its own.
      ...(opts.ip ? { 'x-forwarded-for': opts.ip } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

async function signIn(url: string, email: string, ip: string): Promise<string> {
  const res = await gql<{ login: { token: string } }>(
    url,
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
    { e: email, p: 'demo' },
    { ip },
  );
  if (!res.data?.login) throw new Error(`Could not sign in as ${email}: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}

const env = (db: TestDatabase) => ({
  DATABASE_URL: db.url,
  SEED_DEMO: '1',
  NODE_ENV: 'test',
  JWT_SECRET: 'fault-drills-secret-of-at-least-thirty-two-characters',
  MUTATIONS_PER_MINUTE: '100000',
  REDIS_URL: undefined,
});

/** kill -9 of the launcher's whole process group (the launcher and the API it runs), as a crash would. */
function killHard(server: RunningServer): Promise<void> {
  return new Promise((resolveKill) => {
    if (server.process.exitCode !== null) return resolveKill();
    server.process.once('exit', () => resolveKill());
    process.kill(-server.process.pid!, 'SIGKILL');
  });
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const STATES = ['KEN', 'NGA', 'SEN', 'THA', 'BRA', 'MEX', 'IND', 'FRA', 'PER', 'GHA', 'ZAF', 'EGY', 'COL', 'VNM'];
/**
 * Rows spread over States and topics as a real file's are (the same State, kind and topic still open is flagged
 * as a possible duplicate, and checking a thousand of one kind is not what this drill measures).
 */
function importCsv(rows: number, tag: string): string {
  const lines = ['state,kind,topics,priority_area,received_on,channel,description'];
  for (let i = 1; i <= rows; i++) {
    const state = STATES[i % STATES.length];
    const topic = TOPICS[Math.floor(i / STATES.length) % TOPICS.length];
    const kind = ASSISTANCE_KINDS[Math.floor(i / (STATES.length * TOPICS.length)) % ASSISTANCE_KINDS.length];
    lines.push(`${state},${kind.toLowerCase()},${topic},B,2009-02-01,letter,${tag} row ${i}`);
  }
  return lines.join('\n');
}

const IMPORT = `mutation($csv: String!, $f: String!) { importAssistanceRequests(csv: $csv, fileName: $f) { id status } }`;
const IMPORT_STATE = `query($id: ID!) { requestImport(id: $id) { status importedRows totalRows progress errors { line } } }`;

describe('fault drills on real processes', () => {
  let db: TestDatabase;
  let a: RunningServer;
  let sql: pg.Client;
  let token: string;
  const count = async (query: string, params: unknown[] = []) => Number((await sql.query(query, params)).rows[0].n);

  beforeAll(async () => {
    db = await createTestDatabase();
    a = await startProcess(env(db));
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    token = await signIn(a.url, 'secretariat@demo.local', '10.0.0.1');
  }, 180_000);

  afterAll(async () => {
    await sql?.end();
    await a?.stop();
    await db?.drop();
  });

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

  it('kill -9 of the API mid-import (2,000 rows), then a restart: each row once, the counters true', async () => {
    const before = await count(`SELECT count(*) AS n FROM assistance_request`);
    const started = await gql<{ importAssistanceRequests: { id: string } }>(
      a.url,
      IMPORT,
      { csv: importCsv(2000, 'Crash drill'), f: 'crash-drill.csv' },
      { token },
    );
    const id = started.data!.importAssistanceRequests.id;
    const t0 = Date.now();
    await until('the import to be under way', async () => {
      const n = await count(`SELECT imported_rows AS n FROM request_import WHERE id = $1`, [id]);
      return n >= 50;
    });
    await killHard(a);
    const cut = await count(`SELECT count(*) AS n FROM assistance_request WHERE description LIKE 'Crash drill row %'`);
    expect(cut).toBeLessThan(2000);
    const t1 = Date.now();

    a = await startProcess(env(db));
    token = await signIn(a.url, 'secretariat@demo.local', '10.0.0.2');
    const done = await until(
      'the import to finish after the restart',
      async () => {
        const res = await gql<{ requestImport: { status: string; importedRows: number; totalRows: number } }>(
          a.url,
          IMPORT_STATE,
          { id },
          { token },
        );
        const imp = res.data?.requestImport;
        return imp && ['DONE', 'FAILED'].includes(imp.status) ? imp : null;
      },
      240_000,
    );
    console.log(
      `Import drill: killed after ${t1 - t0} ms with ${cut} of 2,000 rows in; ` +
        `the restarted API finished the import ${Date.now() - t1} ms later`,
    );
    expect(done).toMatchObject({ status: 'DONE', importedRows: 2000, totalRows: 2000 });
    expect(await count(`SELECT count(*) AS n FROM assistance_request`)).toBe(before + 2000);
    expect(
      await count(
        `SELECT count(*) AS n FROM (SELECT description FROM assistance_request WHERE description LIKE 'Crash drill row %'
          GROUP BY description HAVING count(*) > 1) twice`,
      ),
    ).toBe(0);
  }, 400_000);

  it('two API processes on one database: a session valid on both, each job run once', async () => {
    const b = await startProcess(env(db));
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
      await b.stop();
    }
  }, 300_000);
});
