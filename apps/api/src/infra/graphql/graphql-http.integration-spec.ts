import request from 'supertest';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';

/**
 * `POST /graphql` with a JSON body takes the short way (graphql-http.ts), every other request Express's stack: both
 * answer with the same headers, the same compression, the same session (bearer or cookie) and the same refusals.
 */
describe('the GraphQL endpoint’s short way', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await bootApp({ demo: true, env: { NODE_ENV: 'production' } });
    token = await t.login('secretariat@demo.local');
  });
  afterAll(() => t.close());

  const PAGE = '{ assistanceRequests(first: 30) { nodes { id description state { name } } } }';
  const post = (path = '/graphql') => request(t.app.getHttpServer()).post(path).set('authorization', `Bearer ${token}`);
  it('sends the headers the long way sends (helmet’s, the request id, Vary)', async () => {
    const short = await post().set('content-type', 'application/json').send({ query: '{ topics }' });
    expect(short.status).toBe(200);
    // A body that is not JSON goes the long way (and Apollo refuses it).
    const long = await post()
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ query: '{ topics }' }));
    expect(long.status).toBe(400);
    const security = Object.keys(long.headers).filter((h) =>
      /^(content-security-policy|cross-origin-|origin-agent|referrer-policy|strict-transport|x-(content-type|dns|download|frame|permitted|xss))/.test(
        h,
      ),
    );
    expect(security.length).toBeGreaterThanOrEqual(10);
    for (const header of security) expect([header, short.headers[header]]).toEqual([header, long.headers[header]]);
    expect(short.headers['x-request-id']).toMatch(/^[\w-]{8,}$/);
    expect(short.headers.vary).toMatch(/Accept-Encoding/i);
    expect(short.headers['x-powered-by']).toBeUndefined();
  });

  it('compresses a large answer as the client accepts (brotli, gzip), and sends it as is otherwise', async () => {
    const plain = await post().set('content-type', 'application/json').set('accept-encoding', 'identity').send({
      query: PAGE,
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.data.assistanceRequests.nodes).toHaveLength(30);
    const br = await post()
      .set('content-type', 'application/json')
      .set('accept-encoding', 'br, gzip')
      .send({ query: PAGE });
    // supertest decompresses what it receives: the answer decoded is the plain one.
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body).toEqual(plain.body);
    const gzip = await post()
      .set('content-type', 'application/json')
      .set('accept-encoding', 'gzip')
      .send({ query: PAGE });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.body).toEqual(plain.body);
    // A small answer is not worth compressing.
    const small = await post()
      .set('content-type', 'application/json')
      .set('accept-encoding', 'br')
      .send({ query: '{ me { email } }' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.data.me.email).toBe('secretariat@demo.local');
  });

  it('reads the session from its cookie as from the bearer header', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', `ta_session=${token}`)
      .send({ query: '{ me { email } }' });
    expect(res.body.data.me.email).toBe('secretariat@demo.local');
  });

  it('answers with a query string in the path, and refuses malformed JSON plainly (no stack, nothing changed)', async () => {
    const withSearch = await post('/graphql?from=test')
      .set('content-type', 'application/json')
      .send({ query: '{ topics }' });
    expect(withSearch.body.data.topics.length).toBeGreaterThan(0);
    const malformed = await post().set('content-type', 'application/json').send('{"query": "{ topics }"');
    expect(malformed.status).toBe(400);
    expect(malformed.text).not.toMatch(/at .*\.js|node_modules/);
    expect(malformed.headers['content-security-policy']).toMatch(/default-src 'self'/);
    const mutation = 'mutation { logout }';
    const unfinished = await post().set('content-type', 'application/json').send(`{"query": "${mutation}"`);
    expect(unfinished.status).toBe(400);
    const still = await post().set('content-type', 'application/json').send({ query: '{ me { email } }' });
    expect(still.body.data.me.email).toBe('secretariat@demo.local');
  });
});
