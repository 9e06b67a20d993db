import { request as httpRequest, Agent } from 'node:http';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { jsonLines, signIn, startApi, stopProcess, until, type RunningServer } from '../support/server.js';

const PASSWORD = 'Drill-Pa55word-never-logged';
const CLIENTS = 30;

type Outcome = 'complete' | 'refused' | 'cut';

/** One GraphQL POST on a keep-alive agent; says whether it got a whole answer, was refused, or was cut. */
function post(agent: Agent, url: string, body: string, token: string): Promise<{ outcome: Outcome; detail: string }> {
  return new Promise((resolveOutcome) => {
    const req = httpRequest(
      `${url}/graphql`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('error', (e) => resolveOutcome({ outcome: 'cut', detail: `response broke: ${e.message}` }));
        res.on('end', () => {
          try {
            const json = JSON.parse(text) as { data?: unknown; errors?: unknown };
            if (res.statusCode === 200 && json.data && !json.errors)
              resolveOutcome({ outcome: 'complete', detail: '' });
            else resolveOutcome({ outcome: 'cut', detail: `HTTP ${res.statusCode}: ${text.slice(0, 200)}` });
          } catch {
            resolveOutcome({
              outcome: 'cut',
              detail: `HTTP ${res.statusCode}, incomplete body: ${text.slice(0, 200)}`,
            });
          }
        });
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => {
      // A new connection the stopping server no longer accepts (refused, or reset from the listen queue before
      // the server ever saw it) is allowed; an error on a connection that had already been served is a cut.
      const fresh = !req.reusedSocket;
      const refused = e.code === 'ECONNREFUSED' || (fresh && e.code === 'ECONNRESET');
      resolveOutcome({
        outcome: refused ? 'refused' : 'cut',
        detail: `${e.code ?? ''} ${e.message} reused=${req.reusedSocket}`,
      });
    });
    req.end(body);
  });
}

/**
 * SIGTERM to an API under 30 concurrent clients: every request it took gets a whole answer, new connections
 * are refused once it stops listening, it exits 0 within its bound. Its log is one JSON line per request,
 * with the request id it sent back, and never a password or a token.
 */
describe('an API process stopping under load, and its log', () => {
  let db: TestDatabase;
  let api: RunningServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi({
      DATABASE_URL: db.url,
      SEED_DEMO: '1',
      DEMO_PASSWORD: PASSWORD,
      JWT_SECRET: 's'.repeat(40),
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'log',
      MUTATIONS_PER_MINUTE: '100000',
    });
  });
  afterAll(async () => {
    if (api) await stopProcess(api);
    await db?.drop();
  });

  it('logs one JSON line per request with its id, and no password or token', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'drill-login-0001' },
      body: JSON.stringify({
        query: 'mutation SignIn($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        variables: { e: 'admin@demo.local', p: PASSWORD },
      }),
    });
    expect(res.headers.get('x-request-id')).toBe('drill-login-0001');
    const token = ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
    const generated = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query Who { me { email } }' }),
    });
    const generatedId = generated.headers.get('x-request-id');
    expect(generatedId).toMatch(/^[0-9a-f-]{36}$/);
    // Each request is logged once its answer is sent: until both lines are there (not "after 300 ms"). Counted
    // exactly below: waiting for them never hides a second line.
    await until(
      'the two requests logged',
      async () =>
        jsonLines(api.output()).filter((l) => [generatedId, 'drill-login-0001'].includes(l.message?.requestId))
          .length >= 2,
      60_000,
    );

    const lines = jsonLines(api.output());
    const login = lines.filter((l) => l.message?.requestId === 'drill-login-0001');
    expect(login).toHaveLength(1);
    expect(login[0]).toMatchObject({
      level: 'log',
      context: 'HTTP',
      message: { method: 'POST', path: '/graphql', operationName: 'SignIn', status: 200 },
    });
    expect(typeof login[0].message.durationMs).toBe('number');
    expect(lines.filter((l) => l.message?.requestId === generatedId)[0]?.message).toMatchObject({
      operationName: 'Who',
      status: 200,
    });
    expect(api.output()).not.toContain(PASSWORD);
    expect(api.output()).not.toContain(token);
    expect(api.output()).not.toMatch(/"variables"|authorization|cookie/i);
  });

  it('answers every request it took when told to stop, and exits 0', async () => {
    const token = await signIn(api.url, 'secretariat@demo.local', PASSWORD);
    const bodies = [
      JSON.stringify({ query: 'query Me { me { email } }' }),
      JSON.stringify({ query: 'query List { assistanceRequests(first: 20) { totalCount nodes { id status } } }' }),
      JSON.stringify({ query: 'query Gaps { fundingGaps(groupBy: [PRIORITY_AREA]) { gap pledged } }' }),
    ];
    const outcomes: Record<Outcome, number> = { complete: 0, refused: 0, cut: 0 };
    const cuts: string[] = [];
    let stopping = false;
    const client = async (n: number) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      // Until the server refuses it: then the client has nowhere to go.
      for (let i = 0; ; i++) {
        const { outcome, detail } = await post(agent, api.url, bodies[(n + i) % bodies.length], token);
        outcomes[outcome] += 1;
        if (outcome === 'cut') cuts.push(detail);
        if (outcome === 'refused' || (stopping && api.process.exitCode !== null)) break;
      }
      agent.destroy();
    };
    const clients = Array.from({ length: CLIENTS }, (_, n) => client(n));
    // Under way: every client answered at least once (on a busy machine that takes longer than on a quiet one).
    await until('each client to be answered', async () => outcomes.complete > CLIENTS, 60_000);
    const beforeSignal = outcomes.complete;
    stopping = true;
    const startedStopping = Date.now();
    api.kill('SIGTERM');
    const code = await api.exited;
    const stopMs = Date.now() - startedStopping;
    await Promise.all(clients);

    expect(cuts).toEqual([]);
    expect(code).toBe(0);
    expect(beforeSignal).toBeGreaterThan(CLIENTS);
    // It kept answering while it drained, then refused new connections (a client whose last answer came just
    // before the exit ends without trying again).
    expect(outcomes.complete).toBeGreaterThan(beforeSignal);
    expect(outcomes.refused).toBeGreaterThan(0);
    expect(outcomes.refused).toBeLessThanOrEqual(CLIENTS);
    expect(stopMs).toBeLessThan(15_000);
    expect(api.output()).toMatch(/Stopped cleanly/);
    console.log(`SIGTERM under ${CLIENTS} clients: ${JSON.stringify(outcomes)}, exit ${code} after ${stopMs} ms`);
  });
});
