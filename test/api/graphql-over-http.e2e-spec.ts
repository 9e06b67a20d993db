import { serverAudits } from 'graphql-http';
import { gqlAt, signIn, startServer } from '../support/server.js';

/** The GraphQL-over-HTTP spec, through graphql-http's own server audit suite, against the running system. */
describe('/graphql follows the GraphQL-over-HTTP spec', () => {
  let server: { url: string; stop(): Promise<void> };
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.stop());

  const audits = serverAudits({ url: () => `${server.url}/graphql`, fetchFn: fetch });
  const musts = audits.filter((a) => a.name.startsWith('MUST'));

  it('has MUST audits to run', () => {
    expect(musts.length).toBeGreaterThan(10);
  });

  it.each(musts.map((a) => [a.name, a]))('%s', async (_name, audit) => {
    const result = await audit.fn();
    expect({ status: result.status, reason: result.status === 'ok' ? undefined : result.reason }).toEqual({
      status: 'ok',
      reason: undefined,
    });
  });

  it('serves the web client at / and refuses a GET mutation', async () => {
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<div id="root">/);
    const getMutation = await fetch(`${server.url}/graphql?query=${encodeURIComponent('mutation { __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(getMutation.status).toBe(405);
  });

  it('asks who you are before anything else', async () => {
    const res = await gqlAt(server.url, `{ assistanceRequests { totalCount } }`);
    expect(res.errors![0]).toMatchObject({ message: 'Sign in to do this.', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('answers errors without internals: no SQL, no stack', async () => {
    const token = await signIn(server.url);
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `{ assistanceRequests(after: "Wyd4JywnJ10") { totalCount } }` }),
    });
    const body = JSON.stringify(await res.json());
    expect(body).toMatch(/BAD_USER_INPUT/);
    expect(body).not.toMatch(/SELECT|stack|at .*\.js/);
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
