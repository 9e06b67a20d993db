import { sessionFetch } from './session-fetch';

/** A stand-in for the API's /graphql: answers each operation by name, and counts what it was asked. */
function api(answers: Record<string, Array<{ status?: number; body: unknown }>>, renews: boolean) {
  const asked: string[] = [];
  const fake = async (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const name = String((JSON.parse(String(init?.body)) as { operationName: string }).operationName);
    asked.push(name);
    if (name === 'RefreshSession') {
      return Response.json({ data: renews ? { refreshSession: { expiresAt: '2030-01-01T00:00:00Z' } } : null });
    }
    const next = answers[name]?.shift();
    if (!next) throw new Error(`No answer left for ${name}`);
    return Response.json(next.body, { status: next.status ?? 200 });
  };
  return { asked, fake };
}

const request = (operationName: string): RequestInit => ({
  method: 'POST',
  body: JSON.stringify({ operationName, query: `query ${operationName} { x }` }),
});
const unauthenticated = { errors: [{ message: 'Sign in.', extensions: { code: 'UNAUTHENTICATED' } }] };

describe('sessionFetch (the GraphQL client’s session)', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('renews an expired token once and sends the operation again', async () => {
    const { asked, fake } = api({ Requests: [{ body: unauthenticated }, { body: { data: { x: 1 } } }] }, true);
    globalThis.fetch = fake as typeof fetch;
    let signedOut = 0;
    const response = await sessionFetch(() => (signedOut += 1), fake as typeof fetch)('/graphql', request('Requests'));
    expect(await response.json()).toEqual({ data: { x: 1 } });
    expect(asked).toEqual(['Requests', 'RefreshSession', 'Requests']);
    expect(signedOut).toBe(0);
  });

  it('signs the user out when the session cannot be renewed (also on a bare 401), and hands over the refusal', async () => {
    const { asked, fake } = api({ Requests: [{ status: 401, body: unauthenticated }] }, false);
    globalThis.fetch = fake as typeof fetch;
    let signedOut = 0;
    const response = await sessionFetch(() => (signedOut += 1), fake as typeof fetch)('/graphql', request('Requests'));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(unauthenticated);
    expect(asked).toEqual(['Requests', 'RefreshSession']);
    expect(signedOut).toBe(1);
  });

  it('asks `me` again after a renewal when it answered null (a reload after the token expired)', async () => {
    const me = { id: 'u1' };
    const { asked, fake } = api({ Me: [{ body: { data: { me: null } } }, { body: { data: { me } } }] }, true);
    globalThis.fetch = fake as typeof fetch;
    const response = await sessionFetch(() => undefined, fake as typeof fetch)('/graphql', request('Me'));
    expect(await response.json()).toEqual({ data: { me } });
    expect(asked).toEqual(['Me', 'RefreshSession', 'Me']);
  });

  it('leaves `me: null` as it is when nothing can be renewed (nobody is signed in), without signing out', async () => {
    const { asked, fake } = api({ Me: [{ body: { data: { me: null } } }] }, false);
    globalThis.fetch = fake as typeof fetch;
    let signedOut = 0;
    const response = await sessionFetch(() => (signedOut += 1), fake as typeof fetch)('/graphql', request('Me'));
    expect(await response.json()).toEqual({ data: { me: null } });
    expect(asked).toEqual(['Me', 'RefreshSession']);
    expect(signedOut).toBe(0);
  });

  it('never renews around Login, and leaves other answers untouched', async () => {
    const { asked, fake } = api(
      { Login: [{ body: unauthenticated }], Requests: [{ status: 400, body: { errors: [{ message: 'Bad.' }] } }] },
      true,
    );
    globalThis.fetch = fake as typeof fetch;
    const send = sessionFetch(() => undefined, fake as typeof fetch);
    expect(await (await send('/graphql', request('Login'))).json()).toEqual(unauthenticated);
    expect((await send('/graphql', request('Requests'))).status).toBe(400);
    expect(asked).toEqual(['Login', 'Requests']);
  });
});
