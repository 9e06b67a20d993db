import { randomUUID } from 'node:crypto';
import { createTestDatabase, withClient, type TestDatabase } from '../support/database.js';
import {
  gqlAt,
  killHard,
  ownRedis,
  signIn,
  startApi,
  stopProcess,
  until,
  type GraphQLAnswer,
  type OwnServer,
  type RunningServer,
} from '../support/server.js';

/**
 * The job queue on Redis (REDIS_URL) failing under a running API: Redis refusing connections (its server stopped:
 * a private redis-server on a port of its own, never the machine's 6379), and Redis paused (it takes connections
 * and never answers). Asking for a job fails within seconds with a plain SERVICE_UNAVAILABLE, leaves nothing
 * half-written and nothing to run behind the caller's back; reads go on; readiness says the queue is down; the
 * same request succeeds once Redis is back; and a SIGTERM still stops the API within its bound.
 */
const REPORT = `mutation($k: String) { requestReport(kind: FUNDING_GAPS, idempotencyKey: $k) { id status } }`;
const IMPORT = `mutation($c: String!, $k: String) {
  importAssistanceRequests(csv: $c, fileName: "queue-drill.csv", idempotencyKey: $k) { id status } }`;
const CSV =
  'state,kind,topics,priority_area,received_on,channel,description\nKEN,training,cybercrime,B,2009-02-01,letter,Queue drill';
const SHUTDOWN_TIMEOUT_MS = 3000;
const SHUTDOWN_DRAIN_MS = 200;

function expectRefusedPlainly(answer: GraphQLAnswer<unknown>) {
  expect(answer.status).toBeLessThan(500);
  expect(answer.data ?? null).toBeNull();
  expect(answer.errors![0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'QUEUE_UNAVAILABLE' });
  expect(answer.errors![0].message).toMatch(/not answering, so nothing was started/);
  expect(answer.errors![0].message).not.toMatch(/redis|ECONN|at \w+ \(|\/work\//i);
}

describe('the job queue (Redis) refusing connections, then paused', () => {
  let db: TestDatabase;
  let redis: OwnServer & { pid(): number };
  let api: RunningServer;
  let token: string;
  const sql = <T>(query: string, params: unknown[] = []) =>
    withClient(db.url, async (c) => (await c.query(query, params)).rows as T[]);
  const ask = async (query: string, variables: Record<string, unknown> = {}) => {
    const started = Date.now();
    const answer = await gqlAt(api.url, query, variables, token);
    return { ms: Date.now() - started, answer };
  };

  beforeAll(async () => {
    [db, redis] = await Promise.all([createTestDatabase(), ownRedis()]);
    api = await startApi({
      DATABASE_URL: db.url,
      REDIS_URL: redis.url(),
      SEED_DEMO: '1',
      JWT_SECRET: 'queue-outage-drill-secret-of-thirty-two-characters',
      SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
      SHUTDOWN_DRAIN_MS: String(SHUTDOWN_DRAIN_MS),
    });
    token = await signIn(api.url);
  });

  afterAll(async () => {
    if (api) await killHard(api);
    if (redis) {
      process.kill(redis.pid(), 'SIGCONT');
      await redis.destroy();
    }
    await db?.drop();
  });

  it('refused connections: asking fails fast and plainly, nothing half-written, reads go on; then it works again', async () => {
    await redis.stop();
    const reportKey = `queue-drill-${randomUUID()}`;
    const importKey = `queue-drill-${randomUUID()}`;
    const report = await ask(REPORT, { k: reportKey });
    const imported = await ask(IMPORT, { c: CSV, k: importKey });
    for (const { ms, answer } of [report, imported]) {
      expect(ms).toBeLessThan(8_000);
      expectRefusedPlainly(answer);
    }
    // Nothing waits to run, the refused rows say why, and the keys are free to be sent again.
    expect(await sql(`SELECT status, error FROM report`)).toEqual([
      { status: 'FAILED', error: 'The report could not be queued; ask again in a moment.' },
    ]);
    expect(await sql(`SELECT status, failure FROM request_import`)).toEqual([
      { status: 'FAILED', failure: 'The import could not be queued; try again in a moment.' },
    ]);
    expect(await sql(`SELECT key FROM idempotency_key WHERE key = ANY($1)`, [[reportKey, importKey]])).toEqual([]);
    expect(await sql(`SELECT count(*)::int AS n FROM assistance_request WHERE description = 'Queue drill'`)).toEqual([
      { n: 0 },
    ]);

    // Reads go on; readiness says what is down.
    const reads = await ask(`{ me { email } assistanceRequests(first: 3) { totalCount } }`);
    expect(reads.answer.errors).toBeUndefined();
    expect(reads.answer.data).toMatchObject({ me: { email: 'secretariat@demo.local' } });
    const ready = await fetch(`${api.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ checks: { database: 'up', queue: 'down' }, down: ['queue'] });

    // Redis back: the same requests, same keys, are taken and done, once.
    await redis.start();
    await until('readiness to see the queue again', async () => (await fetch(`${api.url}/health/ready`)).ok, 30_000);
    const again = await ask(REPORT, { k: reportKey });
    const againImport = await ask(IMPORT, { c: CSV, k: importKey });
    expect(again.answer.errors).toBeUndefined();
    expect(againImport.answer.errors).toBeUndefined();
    await until(
      'the report and the import to be done',
      async () => {
        const [{ n }] = await sql<{ n: number }>(
          `SELECT (SELECT count(*) FROM report WHERE status = 'DONE' AND id = $1)::int +
                  (SELECT count(*) FROM request_import WHERE status = 'DONE' AND id = $2)::int AS n`,
          [
            (again.answer.data as { requestReport: { id: string } }).requestReport.id,
            (againImport.answer.data as { importAssistanceRequests: { id: string } }).importAssistanceRequests.id,
          ],
        );
        return n === 2;
      },
      30_000,
    );
    expect(await sql(`SELECT count(*)::int AS n FROM assistance_request WHERE description = 'Queue drill'`)).toEqual([
      { n: 1 },
    ]);
  });

  it('paused: asking fails within seconds, and a SIGTERM stops the API within its bound instead of hanging', async () => {
    process.kill(redis.pid(), 'SIGSTOP');
    const report = await ask(REPORT, { k: `queue-drill-${randomUUID()}` });
    expect(report.ms).toBeLessThan(8_000);
    expectRefusedPlainly(report.answer);

    const started = Date.now();
    const code = await stopProcess(api, 30_000);
    const ms = Date.now() - started;
    console.log(`SIGTERM with Redis paused: exit ${code} after ${ms} ms`);
    // Drain, then requests (none), then jobs and connections: each step bounded.
    expect(ms).toBeLessThan(SHUTDOWN_DRAIN_MS + 2 * SHUTDOWN_TIMEOUT_MS + 2_000);
    expect(code).toBe(1);
    expect(api.output()).toMatch(/did not close within 3000 ms/);
  });
});
