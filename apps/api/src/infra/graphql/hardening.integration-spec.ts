import request from 'supertest';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';

describe('the API in production mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => t.close());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set(headers)
      .send(body as object);

  it('hides the schema: no introspection, no "did you mean" hints', async () => {
    const res = await t.gql(`{ __schema { types { name } } }`);
    expect(res.errors![0].message).toMatch(/introspection/i);
    const typo = await t.gql(`{ assistanceRequest { id } states { isoo3 } }`);
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
  });

  it('serves no sandbox page', async () => {
    const res = await request(t.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(res.status).not.toBe(200);
    expect(res.text).not.toMatch(/sandbox|<html/i);
  });

  it('refuses batched operations and oversized bodies', async () => {
    const batch = await post([{ query: '{ topics }' }, { query: '{ channels }' }]);
    expect(batch.status).toBe(400);
    const huge = await post({ query: `{ topics }`, variables: { filler: 'x'.repeat(300_000) } });
    expect(huge.status).toBe(413);
  });

  it('blocks cross-site requests that skip CORS preflight (Apollo CSRF prevention)', async () => {
    const res = await request(t.app.getHttpServer()).get('/graphql').query({ query: '{ topics }' });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF/i);
  });

  it('sends security headers', async () => {
    const res = await post({ query: '{ topics }' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['strict-transport-security']).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toMatch(/^[\w-]{8,}$/);
  });
});
