import request from 'supertest';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';

describe('a query refused whatever its content', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await bootApp();
    token = await t.login('admin@demo.local');
  });
  afterAll(() => t.close());

  const post = (query: string, variables?: Record<string, unknown>) =>
    request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${token}`)
      .send({ query, variables });

  it('answers HTTP 400 (the caller’s mistake), not 500, when it would cost too much', async () => {
    const res = await post(
      `{ assistanceRequests(first: 200) { nodes { duplicates { duplicates { duplicates { state { iso3 } } } } } } }`,
    );
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', maxCost: 20000 });
    expect(res.body.errors[0].extensions.http).toBeUndefined();
    expect(res.status).toBe(400);
  });

  it('answers HTTP 400 when too deep, with too many aliases, or with text that cannot be stored', async () => {
    const deep = await post(
      `{ assistanceRequests { nodes { duplicates { duplicates { duplicates { duplicates { duplicates { duplicates { duplicates { duplicates { id } } } } } } } } } } }`,
    );
    expect(deep.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(deep.status).toBe(400);
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: topics`).join(' ');
    const many = await post(`{ ${aliases} }`);
    expect(many.status).toBe(400);
    const text = await post(`query($s: String) { activities(filter: { search: $s }) { totalCount } }`, { s: '\u0000' });
    expect(text.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TEXT' });
    expect(text.status).toBe(400);
  });
});
