import { createTestDatabase } from '../support/database.js';
import {
  gqlAt,
  ownPostgres,
  signIn,
  startApi,
  stopProcess,
  type OwnServer,
  type RunningServer,
} from '../support/server.js';

/**
 * PostgreSQL stops under a running API: every answer is 503 with Retry-After and SERVICE_UNAVAILABLE (never
 * 500 INTERNAL), readiness says the database is down, the process stays up; PostgreSQL starts again and the
 * same process serves again, the same session still valid, without a restart.
 */
describe('the database stops and starts again under a running API', () => {
  let db: OwnServer;
  let api: RunningServer;

  beforeAll(async () => {
    db = await ownPostgres();
    const { url } = await createTestDatabase(db.url('postgres'));
    api = await startApi({ DATABASE_URL: url, SEED_DEMO: '1', JWT_SECRET: 'o'.repeat(40), DATABASE_POOL_SIZE: '4' });
  });
  afterAll(async () => {
    if (api) await stopProcess(api);
    await db?.destroy();
  });

  const me = (token?: string) =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
  const login = () =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        variables: { e: 'admin@demo.local', p: 'demo' },
      }),
    });

  it('answers 503 with Retry-After while it is down, and serves again once it is back', async () => {
    const token = await signIn(api.url);
    expect((await fetch(`${api.url}/health/ready`)).status).toBe(200);

    await db.stop();
    // Signed in (the session is read first), signed out (a sign-in), a download, and readiness: all 503.
    for (let round = 0; round < 3; round++) {
      for (const res of [await me(token), await login()]) {
        expect(res.status).toBe(503);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        const body = (await res.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
        expect(body.errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'SERVICE_UNAVAILABLE' });
        expect(body.errors[0].message).not.toMatch(/ECONNREFUSED|terminat|postgres|57P/i);
      }
    }
    const download = await fetch(`${api.url}/api/reports/00000000-0000-4000-8000-000000000000/download`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(download.status).toBe(503);
    expect(download.headers.get('retry-after')).toBeTruthy();
    const ready = await fetch(`${api.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBeTruthy();
    expect(await ready.json()).toMatchObject({ status: 'down', down: expect.arrayContaining(['database']) });
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
    expect(api.process.exitCode).toBeNull();

    await db.start();
    let status = 0;
    for (let i = 0; i < 60 && status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 500));
      status = (await fetch(`${api.url}/health/ready`)).status;
    }
    expect(status).toBe(200);
    const again = await me(token);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ data: { me: { email: 'secretariat@demo.local' } } });
    expect((await login()).status).toBe(200);
    // The job workers came back too: a report asked for now is made.
    const asked = await gqlAt(api.url, `mutation { requestReport(kind: FUNDING_GAPS) { id } }`, {}, token);
    const id = asked.data!.requestReport.id as string;
    let report: { status: string } = { status: 'QUEUED' };
    for (let i = 0; i < 120 && !['DONE', 'FAILED'].includes(report.status); i++) {
      await new Promise((r) => setTimeout(r, 250));
      report = (await gqlAt(api.url, `query($id: ID!) { report(id: $id) { status } }`, { id }, token)).data!.report;
    }
    expect(report.status).toBe('DONE');
    expect(api.process.exitCode).toBeNull();
    // Nothing was reported as an internal error while it was down.
    expect(api.output()).not.toMatch(/Unexpected error/);
  });
});
