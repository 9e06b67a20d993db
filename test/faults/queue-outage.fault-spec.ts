import { createServer, type Server, type Socket } from 'node:net';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { signIn, startProcess, type RunningServer } from '../support/server.js';

/**
 * Redis paused (it takes the connection and never answers) while the API runs with REDIS_URL: asking for a
 * report or an import fails within seconds with a plain QUEUE_UNAVAILABLE (no hang, no internals), and leaves
 * no job waiting to run behind the caller's back.
 */
type Body = {
  data?: { me?: { email: string } } | null;
  errors: Array<{ message: string; extensions?: Record<string, unknown> }>;
};

describe('the job queue paused', () => {
  let db: TestDatabase;
  let api: RunningServer;
  let blackHole: Server;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    blackHole = createServer((socket) => {
      sockets.push(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((r) => blackHole.listen(0, '127.0.0.1', () => r()));
    const port = (blackHole.address() as { port: number }).port;
    db = await createTestDatabase();
    api = await startProcess({
      DATABASE_URL: db.url,
      SEED_DEMO: '1',
      NODE_ENV: 'test',
      JWT_SECRET: 'queue-outage-drill-secret-of-thirty-two-characters',
      REDIS_URL: `redis://127.0.0.1:${port}`,
    });
  }, 180_000);

  afterAll(async () => {
    // Stopped hard: a graceful stop would wait on the paused queue (what the service does then is another drill's).
    if (api && api.process.exitCode === null) {
      const exited = new Promise((r) => api.process.once('exit', r));
      process.kill(-api.process.pid!, 'SIGKILL');
      await exited;
    }
    for (const s of sockets) s.destroy();
    await new Promise((r) => blackHole?.close(r));
    await db?.drop();
  });

  it('refuses a report and an import within seconds, saying why, with nothing left queued', async () => {
    const token = await signIn(api.url);
    const ask = async (query: string, variables: Record<string, unknown> = {}) => {
      const started = Date.now();
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return { ms: Date.now() - started, status: res.status, body: (await res.json()) as Body };
    };
    const report = await ask(`mutation { requestReport(kind: FUNDING_GAPS) { id } }`);
    const imported = await ask(
      `mutation($c: String!) { importAssistanceRequests(csv: $c, fileName: "a.csv") { id } }`,
      {
        c: 'state,kind,topics,priority_area,received_on,channel,description\nKEN,training,cybercrime,B,2009-02-01,letter,Queue drill',
      },
    );
    for (const answer of [report, imported]) {
      expect(answer.ms).toBeLessThan(15_000);
      expect(answer.status).toBeLessThan(500);
      expect(answer.body.errors[0].extensions).toMatchObject({ reason: 'QUEUE_UNAVAILABLE' });
      expect(answer.body.errors[0].message).toMatch(/not answering/);
      expect(answer.body.errors[0].message).not.toMatch(/redis|ECONN|at \w+ \(|\/work\//i);
    }
    const sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    try {
      const { rows } = await sql.query(
        `SELECT (SELECT count(*) FROM report WHERE status IN ('QUEUED', 'RUNNING'))::int +
                (SELECT count(*) FROM request_import WHERE status IN ('QUEUED', 'RUNNING'))::int AS waiting`,
      );
      expect(rows[0].waiting).toBe(0);
      // The API still answers everything else.
      expect((await ask(`{ me { email } }`)).body.data?.me?.email).toBe('secretariat@demo.local');
    } finally {
      await sql.end();
    }
  });
});
