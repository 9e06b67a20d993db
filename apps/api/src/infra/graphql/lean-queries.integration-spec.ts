import type { ApolloServer } from '@apollo/server';
import type { ApolloDriver } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import request from 'supertest';
import { bootApp } from '../../../../../test/support/app.js';

/**
 * Compiled queries Apollo has answered once are answered again without its pipeline (lean-queries.ts): the same
 * bytes, status and content type as Apollo's, and every request that Apollo would refuse, or whose run has any error,
 * still answered by Apollo.
 */
const PAGE = `query Page($s: [String!], $first: Int) {
  assistanceRequests(first: $first, filter: { stateIso3: $s }) { totalCount nodes { id kind state { name } } } }`;
const SEARCH = `query Search($q: String) { assistanceRequests(first: 5, filter: { search: $q }) { nodes { id } } }`;

interface Answer {
  status: number;
  type: string | undefined;
  text: string;
}

async function booted(env: Record<string, string> = {}) {
  const t = await bootApp({ demo: true, env });
  const apollo = (t.app.get(GraphQLModule<ApolloDriver>, { strict: false }).graphQlAdapter as ApolloDriver)
    .instance as ApolloServer;
  // How many requests Apollo itself answered (its HTTP entry point, which the short way skips).
  const calls = { n: 0 };
  const execute = apollo.executeHTTPGraphQLRequest.bind(apollo);
  apollo.executeHTTPGraphQLRequest = (args) => {
    calls.n += 1;
    return execute(args);
  };
  const token = await t.login('secretariat@demo.local');
  const send = async (
    body: Record<string, unknown>,
    options: { token?: string | null; accept?: string } = {},
  ): Promise<Answer> => {
    const req = request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    const bearer = options.token === undefined ? token : options.token;
    if (bearer) req.set('authorization', `Bearer ${bearer}`);
    if (options.accept) req.set('accept', options.accept);
    const res = await req.send(body);
    return { status: res.status, type: res.headers['content-type'], text: res.text };
  };
  return { t, calls, send };
}

describe('compiled queries answered without Apollo’s pipeline', () => {
  let lean: Awaited<ReturnType<typeof booted>>;

  beforeAll(async () => {
    lean = await booted();
  });
  afterAll(() => lean.t.close());

  it('answers a query Apollo answered once with the same bytes, status and content type, without Apollo', async () => {
    const body = { query: PAGE, variables: { s: ['KEN', 'SEN'], first: 5 } };
    const before = lean.calls.n;
    const first = await lean.send(body);
    expect(lean.calls.n - before).toBe(1);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.text).data.assistanceRequests.nodes.length).toBeGreaterThan(0);
    const again = [await lean.send(body), await lean.send(body)];
    expect(lean.calls.n - before).toBe(1);
    expect(again).toEqual([first, first]);
    // Other variables of the same query take the short way too, and answer what Apollo answers.
    const other = { query: PAGE, variables: { s: ['NGA'], first: 3 } };
    const short = await lean.send(other);
    expect(lean.calls.n - before).toBe(1);
    expect(short.status).toBe(200);
    expect(JSON.parse(short.text).data.assistanceRequests.nodes.every((n: { id: string }) => n.id)).toBe(true);
  });

  it('negotiates each accept header through Apollo once, then answers with its content type', async () => {
    const accept = 'application/graphql-response+json, application/json;q=0.9';
    const body = { query: PAGE, variables: { s: ['SEN'], first: 2 } };
    const before = lean.calls.n;
    const first = await lean.send(body, { accept });
    expect(first.type).toMatch(/^application\/graphql-response\+json/);
    const again = await lean.send(body, { accept });
    expect(again).toEqual(first);
    expect(lean.calls.n - before).toBe(1);
  });

  it.each([
    ['variables that do not fit their types', { query: PAGE, variables: { s: 12, first: 5 } }, 'BAD_USER_INPUT'],
    ['a page past the cost limit', { query: PAGE, variables: { s: null, first: 100000 } }, 'BAD_USER_INPUT'],
    ['a text PostgreSQL cannot store', { query: SEARCH, variables: { q: 'a\u0000b' } }, 'BAD_USER_INPUT'],
  ])('leaves %s to Apollo, which refuses it as before', async (_what, body, code) => {
    // The query is known (answered once without an error) before the refused request comes.
    await lean.send({ query: body.query, variables: body.query === PAGE ? { s: ['KEN'], first: 1 } : { q: 'law' } });
    const before = lean.calls.n;
    const refused = await lean.send(body);
    expect(lean.calls.n - before).toBe(1);
    const answer = JSON.parse(refused.text) as { errors: Array<{ extensions: { code: string } }> };
    expect(answer.errors[0].extensions.code).toBe(code);
  });

  it('leaves to Apollo a caller whose run has an error (not signed in), and a body with extensions', async () => {
    const body = { query: PAGE, variables: { s: ['KEN'], first: 1 } };
    await lean.send(body);
    const before = lean.calls.n;
    const anonymous = await lean.send(body, { token: null });
    expect(lean.calls.n - before).toBe(1);
    expect(JSON.parse(anonymous.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const withExtensions = await lean.send({ ...body, extensions: { tag: 'x' } });
    expect(lean.calls.n - before).toBe(2);
    expect(withExtensions.status).toBe(200);
  });

  it('never answers a mutation the short way', async () => {
    const body = { query: 'mutation { logout }' };
    const tokens = [await lean.t.login('viewer@demo.local'), await lean.t.login('viewer@demo.local')];
    const before = lean.calls.n;
    for (const token of tokens)
      expect(JSON.parse((await lean.send(body, { token })).text)).toEqual({ data: { logout: true } });
    expect(lean.calls.n - before).toBe(2);
  });

  it('sends every request through Apollo when GRAPHQL_LEAN_QUERIES=0', async () => {
    const off = await booted({ GRAPHQL_LEAN_QUERIES: '0' });
    try {
      const body = { query: PAGE, variables: { s: ['KEN'], first: 5 } };
      const before = off.calls.n;
      const answers = [await off.send(body), await off.send(body), await off.send(body)];
      expect(off.calls.n - before).toBe(3);
      expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    } finally {
      await off.t.close();
    }
  });
});
